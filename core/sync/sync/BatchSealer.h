// Seals the day's finalised applications into one signed, end-to-end encrypted batch file.
#pragma once

#include "common/Result.h"
#include "crypto/PrivateKey.h"
#include "sync/Batch.h"

#include <QByteArray>
#include <QString>

#include <functional>

#include <openssl/evp.h>

namespace guichet::vault {
class Vault;
}

namespace guichet::sync {

struct SealParameters {
    QString workstation; // workstation id (from its certificate)
    qint64 sequence = 0; // per-workstation batch counter, from 1
    QByteArray processingCertificate; // DER: the agency's processing key (recipient)
    EVP_PKEY *agentKey = nullptr; // inner signer: the agent's token key (or a software key)
    QByteArray agentCertificate; // DER
    const crypto::PrivateKey *workstationKey = nullptr; // outer signer (manifest)
    QByteArray workstationCertificate; // DER
    QString outputDirectory; // the outbox
};

struct SealedBatch {
    BatchManifest manifest;
    QString ciphertextPath;
    QString manifestPath;
};

// Streams every finalised (or approved) application, one at a time, through
//   canonical JSON lines → CMS SignedData (agent key, attached) → CMS AuthEnvelopedData
//   (AES-256-GCM, key transport RSA-OAEP-SHA-256 to the processing certificate) → file,
// hashing the ciphertext on the way; then signs the manifest with the workstation key and marks
// the applications sealed. Memory stays flat whatever the batch size: nothing is buffered
// beyond one application. Plaintext never touches the disk.
class BatchSealer
{
public:
    using Progress = std::function<void(int done, int total, qint64 plaintextBytes)>;
    [[nodiscard]] static Result<SealedBatch>
    seal(vault::Vault &vault, const SealParameters &parameters, const Progress &progress = {});
};

} // namespace guichet::sync
