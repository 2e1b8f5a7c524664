// Checks a sealed batch: its manifest without decrypting (intake), or everything (back office).
#pragma once

#include "common/Result.h"
#include "crypto/PrivateKey.h"
#include "sync/Batch.h"

#include <QByteArray>
#include <QString>

namespace guichet::sync {

// What the intake can check without the processing key: the workstation's signature over the
// manifest, the certificate's chain to the agency CA (when given), and the ciphertext's size
// and SHA-256 against the manifest. Streams the file: memory does not grow with its size.
[[nodiscard]] Result<void> verifyManifest(const BatchManifest &manifest,
                                          const QString &ciphertextPath,
                                          const QByteArray &workstationCaCertificate = {});

struct OpenParameters {
    const crypto::PrivateKey *processingKey = nullptr;
    QByteArray processingCertificate; // DER
    QByteArray agentCaCertificate; // DER; empty: the agent signature is checked, not its chain
    QByteArray workstationCaCertificate;
};

// Decrypts with the processing key, verifies the agent's inner signature, then parses and
// checks the canonical content (header matches the manifest, counts match the trailer).
[[nodiscard]] Result<OpenedBatch> openBatch(const BatchManifest &manifest,
                                            const QString &ciphertextPath,
                                            const OpenParameters &parameters);

} // namespace guichet::sync
