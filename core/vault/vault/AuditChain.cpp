// Canonical encoding and hashing of audit records.
#include "vault/AuditChain.h"

#include "crypto/Digest.h"

#include <QtEndian>

namespace guichet::vault {

namespace {

void appendInt(QByteArray &out, std::int64_t value)
{
    char bytes[8];
    qToBigEndian(static_cast<quint64>(value), bytes);
    out.append(bytes, 8);
}

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendInt(out, utf8.size());
    out.append(utf8);
}

} // namespace

Result<QByteArray> auditRecordHash(const AuditRecord &record)
{
    QByteArray encoded("guichet-audit/v1");
    encoded.append('\0');
    appendInt(encoded, record.sequence);
    appendInt(encoded, record.timeMs);
    appendText(encoded, record.agent);
    appendText(encoded, record.action);
    appendText(encoded, record.object);
    encoded.append(record.previousHash);
    return crypto::hash(crypto::DigestAlgorithm::Sha256, encoded);
}

Result<QByteArray> auditGenesisHash(const QString &vaultId)
{
    QByteArray encoded("guichet-audit-genesis/v1");
    encoded.append('\0');
    appendText(encoded, vaultId);
    return crypto::hash(crypto::DigestAlgorithm::Sha256, encoded);
}

} // namespace guichet::vault
