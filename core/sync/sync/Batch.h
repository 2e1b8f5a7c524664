// The batch: what a desk sends at closing time, and the manifest the intake can check unopened.
#pragma once

#include "vault/AuditChain.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::sync {

// The outer, unencrypted description of a sealed batch (no personal data: ids, counts,
// hashes). Signed by the workstation key over its canonical bytes, so the intake can
// authenticate and deduplicate a batch without being able to read it (docs/protocol.md).
struct BatchManifest {
    QString batchId;
    QString workstation;
    qint64 sequence = 0;
    QDateTime created;
    QStringList applicationIds;
    qint64 ciphertextBytes = 0;
    QByteArray ciphertextSha256;
    QByteArray workstationCertificate; // DER
    QByteArray signature; // ECDSA P-256 SHA-256 (DER) over signedBytes()

    // Canonical JSON of every field but the signature (keys sorted, compact).
    [[nodiscard]] QByteArray signedBytes() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BatchManifest> fromJson(const QByteArray &json);
};

// What the agency finds inside once it has decrypted and verified a batch.
struct OpenedBatch {
    QJsonObject header;
    QList<QJsonObject> applications; // {"id", "document_type", "status", ..., "document"}
    QList<vault::AuditRecord> audit;
    QString agentSubject; // the inner signer (agent certificate subject)
};

} // namespace guichet::sync
