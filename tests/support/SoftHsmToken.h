// Test support: a real SoftHSM2 token directory per test executable, and a small agent PKI.
#pragma once

#include "crypto/OpenSslPtr.h"
#include "crypto/PrivateKey.h"

#include <openssl/x509v3.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <utility>

namespace guichet::testing {

inline constexpr auto kSoftHsmModule = "/usr/lib/softhsm/libsofthsm2.so";

// Every test token's user PIN is 1234 (SO PIN 5678).
inline crypto::SecureBuffer pin(const char *text)
{
    return crypto::SecureBuffer(QByteArrayView(text));
}

// Runs a tool; false (and its output in `log`) when it fails.
inline bool runTool(const QString &program, const QStringList &arguments, QString *log)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *log = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) +
               QStringLiteral(": ") + output;
        return false;
    }
    return true;
}

// SOFTHSM2_CONF and a token directory under this executable's own temporary directory; the
// environment it sets (SOFTHSM2_CONF, GUICHET_PKCS11_MODULE) is inherited by child processes.
// Tokens must be created before the module is first loaded: SoftHSM2 reads its token
// directory in C_Initialize.
class SoftHsm
{
public:
    bool setUp(QString *log)
    {
        if (!m_dir.isValid()) {
            *log = QStringLiteral("no temporary directory");
            return false;
        }
        const QString tokens = m_dir.filePath(QStringLiteral("tokens"));
        const QString conf = m_dir.filePath(QStringLiteral("softhsm2.conf"));
        QDir().mkpath(tokens);
        QFile file(conf);
        if (!file.open(QIODevice::WriteOnly)) {
            *log = QStringLiteral("cannot write ") + conf;
            return false;
        }
        file.write("directories.tokendir = " + tokens.toUtf8() +
                   "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n");
        file.close();
        qputenv("SOFTHSM2_CONF", conf.toLocal8Bit());
        qputenv("GUICHET_PKCS11_MODULE", kSoftHsmModule);
        return true;
    }

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString tokensDirectory() const
    {
        return m_dir.filePath(QStringLiteral("tokens"));
    }

    // Initialises a token in the first free slot; returns its directory (for "removal").
    QString addToken(const QString &label, const QString &pin, QString *log) const
    {
        const QStringList before =
            QDir(tokensDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (!runTool(QStringLiteral("softhsm2-util"),
                     {QStringLiteral("--init-token"), QStringLiteral("--free"),
                      QStringLiteral("--label"), label, QStringLiteral("--pin"), pin,
                      QStringLiteral("--so-pin"), QStringLiteral("5678")},
                     log))
            return {};
        for (const QString &entry :
             QDir(tokensDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!before.contains(entry))
                return QDir(tokensDirectory()).filePath(entry);
        }
        *log = QStringLiteral("no new token directory");
        return {};
    }

    // Imports a private key (softhsm2-util) and its certificate (OpenSC's pkcs11-tool) under
    // the same CKA_ID.
    bool importKeyAndCertificate(const QString &label, const QString &pin,
                                 const crypto::PrivateKey &key, const QByteArray &certificateDer,
                                 const QString &idHex, QString *log) const
    {
        const QString keyFile = path(label + QStringLiteral("-") + idHex + QStringLiteral(".pem"));
        const QString certFile = path(label + QStringLiteral("-") + idHex + QStringLiteral(".der"));
        QFile pem(keyFile);
        QFile cert(certFile);
        if (!pem.open(QIODevice::WriteOnly) || !cert.open(QIODevice::WriteOnly)) {
            *log = QStringLiteral("cannot write key files");
            return false;
        }
        pem.write(key.toPem().value().view().toByteArray());
        pem.close();
        cert.write(certificateDer);
        cert.close();
        const bool ok = runTool(QStringLiteral("softhsm2-util"),
                                {QStringLiteral("--import"), keyFile, QStringLiteral("--token"),
                                 label, QStringLiteral("--label"), label, QStringLiteral("--id"),
                                 idHex, QStringLiteral("--pin"), pin},
                                log) &&
                        runTool(QStringLiteral("pkcs11-tool"),
                                {QStringLiteral("--module"), QLatin1String(kSoftHsmModule),
                                 QStringLiteral("--token-label"), label, QStringLiteral("--login"),
                                 QStringLiteral("--pin"), pin, QStringLiteral("--write-object"),
                                 certFile, QStringLiteral("--type"), QStringLiteral("cert"),
                                 QStringLiteral("--id"), idHex, QStringLiteral("--label"), label},
                                log);
        QFile::remove(keyFile);
        return ok;
    }

private:
    QTemporaryDir m_dir;
};

// A test agency: an agent CA and the certificates it issues.
struct CertificateRequest {
    QString commonName;
    QString userId; // empty: none
    QStringList units; // OU values
    qint64 notBeforeDays = -1;
    qint64 notAfterDays = 365;
    bool ca = false;
};

inline bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool ok = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// DER certificate for `subjectKey`, signed by `issuerKey` (self-signed when `issuerDer` is
// empty).
inline QByteArray issueCertificate(const CertificateRequest &request,
                                   const crypto::PublicKey &subjectKey,
                                   const crypto::PrivateKey &issuerKey,
                                   const QByteArray &issuerDer = {})
{
    crypto::X509Ptr certificate(X509_new());
    crypto::X509Ptr issuer;
    if (!issuerDer.isEmpty()) {
        const unsigned char *cursor = crypto::bytesOf(issuerDer);
        issuer.reset(d2i_X509(nullptr, &cursor, static_cast<long>(issuerDer.size())));
    }
    X509 *x = certificate.get();
    X509_set_version(x, 2);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(x), QDateTime::currentMSecsSinceEpoch());
    X509_NAME *name = X509_get_subject_name(x);
    const auto add = [name](const char *field, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, crypto::bytesOf(utf8),
                                   static_cast<int>(utf8.size()), -1, 0);
    };
    add("O", QStringLiteral("Test agency"));
    for (const QString &unit : request.units)
        add("OU", unit);
    if (!request.userId.isEmpty())
        add("UID", request.userId);
    add("CN", request.commonName);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer.get()) : name);
    X509_gmtime_adj(X509_getm_notBefore(x), static_cast<long>(request.notBeforeDays * 86400));
    X509_gmtime_adj(X509_getm_notAfter(x), static_cast<long>(request.notAfterDays * 86400));
    X509_set_pubkey(x, subjectKey.native());
    X509 *issuerCert = issuer ? issuer.get() : x;
    if (request.ca) {
        addExtension(x, issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(x, issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(x, issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(x, issuerCert, NID_key_usage,
                     "critical,digitalSignature,keyEncipherment,dataEncipherment");
    }
    if (X509_sign(x, issuerKey.native(), EVP_sha256()) <= 0)
        return {};
    const int size = i2d_X509(x, nullptr);
    QByteArray der(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(x, &cursor);
    return der;
}

// The test agency's agent CA: a P-256 key and its self-signed certificate (10 years).
struct AgentCa {
    crypto::PrivateKey key;
    QByteArray der;
};

inline AgentCa makeAgentCa()
{
    auto key = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    QByteArray der = issueCertificate({QStringLiteral("Test agent CA"), {}, {}, -1, 3650, true},
                                      key.publicKey(), key);
    return AgentCa{std::move(key), std::move(der)};
}

// A token `label` (PIN 1234) holding a fresh RSA-2048 key and its certificate (CN `agentId`,
// OU "agent") issued by the test agent CA, under the CKA_ID `idHex`. Returns the certificate
// (empty on failure, with the tool's output in `log`).
inline QByteArray addAgentToken(const SoftHsm &hsm, const QString &label, const QString &agentId,
                                const crypto::PrivateKey &caKey, const QByteArray &caDer,
                                const QString &idHex, QString *log)
{
    auto key = crypto::PrivateKey::generateRsa(2048);
    if (!key)
        return {};
    QByteArray certificate =
        issueCertificate({agentId, {}, {QStringLiteral("agent")}}, key->publicKey(), caKey, caDer);
    if (hsm.addToken(label, QStringLiteral("1234"), log).isEmpty() ||
        !hsm.importKeyAndCertificate(label, QStringLiteral("1234"), *key, certificate, idHex, log))
        return {};
    return certificate;
}

} // namespace guichet::testing
