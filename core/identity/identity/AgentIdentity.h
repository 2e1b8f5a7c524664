// The agent behind a token: id and role from the certificate, checked against the agency's CA.
#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace guichet::identity {

enum class AgentRole { Agent, Supervisor };
[[nodiscard]] QString roleName(AgentRole role);

// Rule (docs/identity.md): the role is the subject's organisationalUnitName, "agent" or
// "supervisor" (case-insensitive); exactly one of them must appear. The agent id is the
// subject's userId (UID) when present, else its commonName; it must be 1-64 characters of
// [A-Za-z0-9._@-] because it is written into the audit chain (an id, never a person's name).
class AgentIdentity
{
public:
    // Parses the DER certificate and applies the rule; IdentityCertificateInvalid otherwise.
    [[nodiscard]] static Result<AgentIdentity> fromCertificate(QByteArrayView der);

    // Validity at `at` and the chain to the agency's agent CA (X509_verify_cert, the CA as the
    // only trust anchor): IdentityCertificateExpired, IdentityCertificateNotYetValid or
    // IdentityCertificateUntrusted (the check names OpenSSL's reason).
    [[nodiscard]] Result<void> verify(QByteArrayView agentCaDer,
                                      const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    [[nodiscard]] QString agentId() const { return m_agentId; }
    [[nodiscard]] AgentRole role() const { return m_role; }
    [[nodiscard]] QDateTime notBefore() const { return m_notBefore; }
    [[nodiscard]] QDateTime notAfter() const { return m_notAfter; }
    [[nodiscard]] QByteArray certificateDer() const { return m_der; }
    [[nodiscard]] const crypto::PublicKey &publicKey() const { return m_publicKey; }

private:
    AgentIdentity(QByteArray der, crypto::PublicKey publicKey);
    QByteArray m_der;
    crypto::PublicKey m_publicKey;
    QString m_agentId;
    AgentRole m_role = AgentRole::Agent;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace guichet::identity
