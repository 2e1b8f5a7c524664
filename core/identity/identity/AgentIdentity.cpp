// Agent certificate parsing (id, role, validity) and chain verification with OpenSSL.
#include "identity/AgentIdentity.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/x509_vfy.h>

#include <QRegularExpression>
#include <QTimeZone>

#include <ctime>

namespace guichet::identity {

namespace {

using X509StorePtr = crypto::OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = crypto::OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;

Failure invalidCertificate(const QString &message, const QString &check)
{
    crypto::clearOpenSslErrors();
    return fail(FailureCode::IdentityCertificateInvalid, message,
                QStringLiteral("agent_certificate"), check);
}

Result<crypto::X509Ptr> parse(QByteArrayView der, const QString &field)
{
    const unsigned char *cursor = crypto::bytesOf(der);
    crypto::X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!certificate || cursor != crypto::bytesOf(der) + der.size()) {
        crypto::clearOpenSslErrors();
        return fail(FailureCode::IdentityCertificateInvalid,
                    QStringLiteral("not a DER X.509 certificate"), field, QStringLiteral("der"));
    }
    return certificate;
}

// Every value of one attribute type in the subject, as UTF-8.
QStringList subjectValues(const X509 *certificate, int nid)
{
    QStringList values;
    const X509_NAME *subject = X509_get_subject_name(certificate);
    for (int index = X509_NAME_get_index_by_NID(subject, nid, -1); index >= 0;
         index = X509_NAME_get_index_by_NID(subject, nid, index)) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length >= 0)
            values.append(QString::fromUtf8(reinterpret_cast<const char *>(utf8), length));
        OPENSSL_free(utf8);
    }
    return values;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return {QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
            QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc()};
}

} // namespace

QString roleName(AgentRole role)
{
    return role == AgentRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent");
}

AgentIdentity::AgentIdentity(QByteArray der, crypto::PublicKey publicKey)
    : m_der(std::move(der)), m_publicKey(std::move(publicKey))
{ }

Result<AgentIdentity> AgentIdentity::fromCertificate(QByteArrayView der)
{
    auto certificate = parse(der, QStringLiteral("agent_certificate"));
    if (!certificate)
        return fail(certificate.error());
    X509 *x509 = certificate->get();
    EVP_PKEY *key = X509_get0_pubkey(x509);
    if (!key)
        return invalidCertificate(QStringLiteral("the certificate's public key cannot be read"),
                                  QStringLiteral("public_key"));
    AgentIdentity identity(der.toByteArray(), crypto::PublicKey::fromNative(key));

    bool agent = false;
    bool supervisor = false;
    for (const QString &unit : subjectValues(x509, NID_organizationalUnitName)) {
        agent = agent || unit.compare(QLatin1String("agent"), Qt::CaseInsensitive) == 0;
        supervisor =
            supervisor || unit.compare(QLatin1String("supervisor"), Qt::CaseInsensitive) == 0;
    }
    if (agent == supervisor)
        return invalidCertificate(
            QStringLiteral("the subject needs exactly one OU, \"agent\" or \"supervisor\""),
            QStringLiteral("role"));
    identity.m_role = supervisor ? AgentRole::Supervisor : AgentRole::Agent;

    QStringList ids = subjectValues(x509, NID_userId);
    if (ids.isEmpty())
        ids = subjectValues(x509, NID_commonName);
    static const QRegularExpression kIdPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (ids.size() != 1 || !kIdPattern.match(ids.constFirst()).hasMatch())
        return invalidCertificate(
            QStringLiteral("the subject needs one UID (or CN) of 1-64 characters [A-Za-z0-9._@-]"),
            QStringLiteral("agent_id"));
    identity.m_agentId = ids.constFirst();
    identity.m_notBefore = toDateTime(X509_get0_notBefore(x509));
    identity.m_notAfter = toDateTime(X509_get0_notAfter(x509));
    return identity;
}

Result<void> AgentIdentity::verify(QByteArrayView agentCaDer, const QDateTime &at) const
{
    auto certificate = parse(m_der, QStringLiteral("agent_certificate"));
    auto authority = parse(agentCaDer, QStringLiteral("agent_ca"));
    if (!certificate)
        return fail(certificate.error());
    if (!authority)
        return fail(authority.error());
    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context || X509_STORE_add_cert(store.get(), authority->get()) != 1 ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate->get(), nullptr) != 1)
        return crypto::opensslFailure(FailureCode::CryptoBackend,
                                      QStringLiteral("X509_STORE_CTX_init"));
    // The agency's agent CA may itself be an intermediate: it is the only anchor either way.
    X509_STORE_CTX_set_flags(context.get(), X509_V_FLAG_PARTIAL_CHAIN);
    X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1)
        return success();
    const int error = X509_STORE_CTX_get_error(context.get());
    const QString field = X509_STORE_CTX_get_error_depth(context.get()) == 0
                              ? QStringLiteral("agent_certificate")
                              : QStringLiteral("agent_ca");
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
    crypto::clearOpenSslErrors();
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return fail(FailureCode::IdentityCertificateExpired,
                    QStringLiteral("the certificate has expired"), field, reason);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return fail(FailureCode::IdentityCertificateNotYetValid,
                    QStringLiteral("the certificate is not valid yet"), field, reason);
    default:
        return fail(FailureCode::IdentityCertificateUntrusted,
                    QStringLiteral("the certificate does not chain to the agency's agent CA"),
                    field, reason);
    }
}

} // namespace guichet::identity
