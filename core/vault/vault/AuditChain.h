// The audit log's hash chain: each record commits to the one before it.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace guichet::vault {

// What happened, by whom, to which object. Ids only: never personal data.
struct AuditRecord {
    std::int64_t sequence = 0; // 1, 2, 3... without gaps
    std::int64_t timeMs = 0; // UTC, milliseconds since the epoch
    QString agent; // agent id (from the agent certificate), or "system"
    QString action; // create, change, finalise, ..., login, lock, failed_attempt
    QString object; // application id or empty
    QByteArray previousHash; // 32 bytes
    QByteArray hash; // 32 bytes
};

// SHA-256 over a length-prefixed, versioned encoding of every field and the previous hash.
[[nodiscard]] Result<QByteArray> auditRecordHash(const AuditRecord &record);
// The chain's anchor: SHA-256 of a fixed label and the vault id (a chain cannot be moved from
// one vault to another).
[[nodiscard]] Result<QByteArray> auditGenesisHash(const QString &vaultId);

struct AuditVerification {
    bool ok = false;
    std::int64_t records = 0;
    std::int64_t firstBad = 0; // sequence of the first record that fails, 0 when ok
    QString reason; // which check failed, e.g. "hash", "link", "gap", "head"
};

} // namespace guichet::vault
