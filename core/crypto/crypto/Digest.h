// SHA-1 and SHA-2 hashing, one-shot and streaming.
#pragma once

#include "common/Result.h"
#include "crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace guichet::crypto {

// SHA-1 only for legacy eMRTD protocols (BAC key derivation, old SODs), never for new data.
enum class DigestAlgorithm { Sha1, Sha224, Sha256, Sha384, Sha512 };

[[nodiscard]] QString digestName(DigestAlgorithm algorithm);
[[nodiscard]] std::size_t digestSize(DigestAlgorithm algorithm);
// The OpenSSL object for the algorithm (static, never freed).
[[nodiscard]] const EVP_MD *evpDigest(DigestAlgorithm algorithm);
// The name OpenSSL's parameters take, e.g. "SHA256".
[[nodiscard]] const char *digestOpenSslName(DigestAlgorithm algorithm);
// From names as they appear in test vectors and OIDs' short names: "SHA-256", "sha256".
[[nodiscard]] Result<DigestAlgorithm> digestFromName(const QString &name);

[[nodiscard]] Result<QByteArray> hash(DigestAlgorithm algorithm, QByteArrayView data);

// Streaming hash: create, update any number of times, finish once.
class Digest
{
public:
    [[nodiscard]] static Result<Digest> create(DigestAlgorithm algorithm);

    [[nodiscard]] Result<void> update(QByteArrayView data);
    [[nodiscard]] Result<QByteArray> finish();

    [[nodiscard]] DigestAlgorithm algorithm() const noexcept { return m_algorithm; }

private:
    Digest(DigestAlgorithm algorithm, EvpMdCtxPtr context);

    DigestAlgorithm m_algorithm;
    EvpMdCtxPtr m_context;
    bool m_finished = false;
};

} // namespace guichet::crypto
