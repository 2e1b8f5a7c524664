// Streaming CMS sealing of batches.
#include "sync/BatchSealer.h"

#include "common/Log.h"
#include "crypto/Certificate.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <openssl/cms.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace guichet::sync {

namespace {

using CmsPtr = crypto::OpenSslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The streaming chain, torn down in the order OpenSSL's own i2d_CMS_bio_stream uses.
class CmsStream
{
public:
    CmsStream() = default;
    CmsStream(const CmsStream &) = delete;
    CmsStream &operator=(const CmsStream &) = delete;
    CmsStream(CmsStream &&) = delete;
    CmsStream &operator=(CmsStream &&) = delete;
    ~CmsStream()
    {
        // On an error path, free whatever filters are still stacked on the file.
        if (m_head)
            BIO_free_all(m_head);
        else if (m_hashed)
            BIO_free_all(m_hashed);
    }

    Result<void> open(const QString &path, CMS_ContentInfo *envelope, CMS_ContentInfo *signedData)
    {
        const QByteArray name = QFile::encodeName(path);
        BIO *file = BIO_new_file(name.constData(), "wb");
        if (!file)
            return fail(FailureCode::IoError, QStringLiteral("cannot create the batch file"),
                        QStringLiteral("outbox"), QStringLiteral("write"));
        BIO *md = BIO_new(BIO_f_md());
        if (!md || BIO_set_md(md, EVP_sha256()) != 1) {
            BIO_free(md);
            BIO_free(file);
            return crypto::opensslFailure(FailureCode::CryptoBackend, QStringLiteral("BIO_f_md"));
        }
        m_hashed = BIO_push(md, file);
        BIO *envelopeBio = BIO_new_CMS(m_hashed, envelope);
        if (!envelopeBio)
            return crypto::opensslFailure(FailureCode::SyncSealFailed,
                                          QStringLiteral("BIO_new_CMS(envelope)"));
        m_head = BIO_new_CMS(envelopeBio, signedData);
        if (!m_head) {
            m_head = envelopeBio;
            return crypto::opensslFailure(FailureCode::SyncSealFailed,
                                          QStringLiteral("BIO_new_CMS(signed)"));
        }
        return success();
    }

    Result<void> write(const QByteArray &bytes)
    {
        if (BIO_write(m_head, bytes.constData(), static_cast<int>(bytes.size())) != bytes.size())
            return crypto::opensslFailure(FailureCode::SyncSealFailed, QStringLiteral("BIO_write"));
        return success();
    }

    // Writes both CMS trailers (signature, GCM tag) and returns the ciphertext's SHA-256.
    Result<QByteArray> finish(qint64 *bytes)
    {
        if (BIO_flush(m_head) != 1)
            return crypto::opensslFailure(FailureCode::SyncSealFailed, QStringLiteral("BIO_flush"));
        while (m_head != m_hashed) {
            BIO *next = BIO_pop(m_head);
            BIO_free(m_head);
            m_head = next;
        }
        m_head = nullptr;
        char digest[EVP_MAX_MD_SIZE];
        const int size = BIO_gets(m_hashed, digest, sizeof digest);
        BIO *file = BIO_next(m_hashed);
        *bytes = static_cast<qint64>(BIO_number_written(file));
        if (BIO_flush(file) != 1 || size != 32)
            return fail(FailureCode::IoError, QStringLiteral("cannot finish the batch file"),
                        QStringLiteral("outbox"), QStringLiteral("write"));
        BIO_free_all(m_hashed);
        m_hashed = nullptr;
        return QByteArray(digest, size);
    }

private:
    BIO *m_hashed = nullptr; // md filter → file
    BIO *m_head = nullptr; // signed-data filters → envelope filters → m_hashed
};

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

Result<SealedBatch> BatchSealer::seal(vault::Vault &vault, const SealParameters &p,
                                      const Progress &progress)
{
    if (!p.agentKey || !p.workstationKey || p.sequence < 1 || p.workstation.isEmpty())
        return fail(FailureCode::InvalidArgument, QStringLiteral("incomplete seal parameters"),
                    QStringLiteral("seal"), QStringLiteral("parameters"));
    auto recipient = crypto::certificateFromDer(p.processingCertificate,
                                                QStringLiteral("processing_certificate"));
    if (!recipient)
        return fail(recipient.error());
    auto agent =
        crypto::certificateFromDer(p.agentCertificate, QStringLiteral("agent_certificate"));
    if (!agent)
        return fail(agent.error());

    auto all = vault.applications();
    if (!all)
        return fail(all.error());
    QList<vault::ApplicationSummary> selected;
    for (const auto &summary : std::as_const(*all)) {
        if (summary.status == vault::ApplicationStatus::Finalised ||
            summary.status == vault::ApplicationStatus::Approved)
            selected.append(summary);
    }
    if (selected.isEmpty())
        return fail(FailureCode::SyncNothingToSeal,
                    QStringLiteral("no finalised application to send"),
                    QStringLiteral("applications"), QStringLiteral("finalised"));

    // Inner: SignedData by the agent, attached content, streamed.
    CmsPtr signedData(
        CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_BINARY | CMS_PARTIAL | CMS_STREAM));
    if (!signedData ||
        !CMS_add1_signer(signedData.get(), agent->get(), p.agentKey, EVP_sha256(), CMS_BINARY))
        return crypto::opensslFailure(FailureCode::SyncSealFailed,
                                      QStringLiteral("CMS_add1_signer"),
                                      QStringLiteral("agent_key"));
    // Outer: AuthEnvelopedData, AES-256-GCM, key transport with RSA-OAEP (SHA-256).
    CmsPtr envelope(CMS_AuthEnvelopedData_create(EVP_aes_256_gcm()));
    CMS_RecipientInfo *recipientInfo =
        envelope ? CMS_add1_recipient_cert(envelope.get(), recipient->get(), CMS_KEY_PARAM)
                 : nullptr;
    EVP_PKEY_CTX *keyContext =
        recipientInfo ? CMS_RecipientInfo_get0_pkey_ctx(recipientInfo) : nullptr;
    if (!keyContext || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(keyContext, EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) != 1)
        return crypto::opensslFailure(FailureCode::SyncSealFailed, QStringLiteral("CMS recipient"),
                                      QStringLiteral("processing_certificate"));

    BatchManifest manifest;
    manifest.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.workstation = p.workstation;
    manifest.sequence = p.sequence;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.workstationCertificate = p.workstationCertificate;

    QDir().mkpath(p.outputDirectory);
    const QString finalPath =
        QDir(p.outputDirectory).filePath(manifest.batchId + QStringLiteral(".cms"));
    const QString partPath = finalPath + QStringLiteral(".part");
    qint64 plaintextBytes = 0;
    {
        CmsStream stream;
        if (auto ok = stream.open(partPath, envelope.get(), signedData.get()); !ok)
            return fail(ok.error());
        const auto writeLine = [&stream,
                                &plaintextBytes](const QJsonObject &object) -> Result<void> {
            const QByteArray bytes = line(object);
            plaintextBytes += bytes.size();
            return stream.write(bytes);
        };
        if (auto ok = writeLine(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("header")},
                {QStringLiteral("format"), QStringLiteral("guichet-batch")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("batch_id"), manifest.batchId},
                {QStringLiteral("workstation"), p.workstation},
                {QStringLiteral("sequence"), p.sequence},
                {QStringLiteral("vault_id"), vault.id()},
                {QStringLiteral("created"), manifest.created.toString(Qt::ISODateWithMs)}});
            !ok)
            return fail(ok.error());
        int done = 0;
        for (const auto &summary : std::as_const(selected)) {
            auto stored = vault.application(summary.id);
            if (!stored)
                return fail(stored.error());
            // The stored document is already validated JSON: it follows its record line as is,
            // without a parse and re-serialisation (the vault stores it in canonical form).
            if (auto ok = writeLine(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("application")},
                                {QStringLiteral("id"), summary.id},
                                {QStringLiteral("document_type"), summary.documentType},
                                {QStringLiteral("status"), vault::statusName(summary.status)},
                                {QStringLiteral("revision"), summary.revision},
                                {QStringLiteral("created"), iso(summary.createdMs)},
                                {QStringLiteral("updated"), iso(summary.updatedMs)},
                                {QStringLiteral("document_bytes"), stored->document.size()}});
                !ok)
                return fail(ok.error());
            plaintextBytes += stored->document.size() + 1;
            if (auto ok = stream.write(stored->document + '\n'); !ok)
                return fail(ok.error());
            manifest.applicationIds << summary.id;
            if (progress)
                progress(++done, static_cast<int>(selected.size()), plaintextBytes);
        }
        auto audit = vault.auditRecords();
        if (!audit)
            return fail(audit.error());
        for (const auto &record : std::as_const(*audit)) {
            if (auto ok = writeLine(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("audit")},
                    {QStringLiteral("seq"), static_cast<qint64>(record.sequence)},
                    {QStringLiteral("at"), static_cast<qint64>(record.timeMs)},
                    {QStringLiteral("agent"), record.agent},
                    {QStringLiteral("action"), record.action},
                    {QStringLiteral("object"), record.object},
                    {QStringLiteral("prev_hash"), QString::fromLatin1(record.previousHash.toHex())},
                    {QStringLiteral("hash"), QString::fromLatin1(record.hash.toHex())}});
                !ok)
                return fail(ok.error());
        }
        if (auto ok = writeLine(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("trailer")},
                            {QStringLiteral("applications"), static_cast<qint64>(selected.size())},
                            {QStringLiteral("audit_records"), static_cast<qint64>(audit->size())}});
            !ok)
            return fail(ok.error());
        auto digest = stream.finish(&manifest.ciphertextBytes);
        if (!digest)
            return fail(digest.error());
        manifest.ciphertextSha256 = *digest;
    }

    auto signature = p.workstationKey->sign(
        crypto::SignatureScheme::ecdsa(crypto::DigestAlgorithm::Sha256), manifest.signedBytes());
    if (!signature)
        return fail(signature.error());
    manifest.signature = *signature;
    const QString manifestPath =
        QDir(p.outputDirectory).filePath(manifest.batchId + QStringLiteral(".manifest.json"));
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(manifest.toJson()) < 0 ||
        !manifestFile.flush())
        return fail(FailureCode::IoError, QStringLiteral("cannot write the manifest"),
                    QStringLiteral("outbox"), QStringLiteral("write"));
    manifestFile.close();
    if (!QFile::rename(partPath, finalPath))
        return fail(FailureCode::IoError, QStringLiteral("cannot finish the batch file"),
                    QStringLiteral("outbox"), QStringLiteral("rename"));
    for (const QString &id : std::as_const(manifest.applicationIds)) {
        if (auto sealed = vault.transition(id, vault::ApplicationStatus::Sealed); !sealed)
            return fail(sealed.error());
    }
    qCInfo(lcSync) << "sealed batch" << manifest.batchId << "with" << manifest.applicationIds.size()
                   << "applications," << manifest.ciphertextBytes << "bytes";
    return SealedBatch{manifest, finalPath, manifestPath};
}

} // namespace guichet::sync
