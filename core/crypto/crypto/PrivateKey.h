// Software private keys: EC key generation, ECDH key agreement and signing.
#pragma once

#include "common/Result.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PublicKey.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QString>

namespace guichet::crypto {

// Keys that live in process memory: ephemeral keys (PACE, chip authentication), test PKIs and
// the workstation key. Agent keys never come here: they stay on the token (core/identity).
class PrivateKey
{
public:
    // A fresh key on a named curve ("prime256v1"/"P-256", "brainpoolP256r1", ...).
    [[nodiscard]] static Result<PrivateKey> generateEc(const QString &curve);
    // A fresh RSA key of `bits` bits (e = 65537).
    [[nodiscard]] static Result<PrivateKey> generateRsa(int bits);
    // An EC key from its big-endian private scalar (the public point is computed).
    [[nodiscard]] static Result<PrivateKey> fromEcScalar(const QString &curve,
                                                         QByteArrayView scalar);
    // PKCS#8 or traditional PEM, optionally encrypted with `passphrase`.
    [[nodiscard]] static Result<PrivateKey> fromPem(QByteArrayView pem,
                                                    QByteArrayView passphrase = {});

    PrivateKey(PrivateKey &&) noexcept = default;
    PrivateKey &operator=(PrivateKey &&) noexcept = default;
    PrivateKey(const PrivateKey &) = delete;
    PrivateKey &operator=(const PrivateKey &) = delete;
    ~PrivateKey() = default;

    [[nodiscard]] PublicKey publicKey() const;
    // ECDH (the x-coordinate of d·Q, as in BSI TR-03111 and X9.63). The peer key is validated
    // (on the curve, same group) before use.
    [[nodiscard]] Result<SecureBuffer> agree(const PublicKey &peer) const;
    [[nodiscard]] Result<QByteArray> sign(const SignatureScheme &scheme,
                                          QByteArrayView message) const;
    // Unencrypted PKCS#8 PEM in a zeroising buffer (for tests and key files the caller
    // protects); an empty passphrase is refused in production paths by the caller.
    [[nodiscard]] Result<SecureBuffer> toPem(QByteArrayView passphrase = {}) const;

    [[nodiscard]] EVP_PKEY *native() const noexcept { return m_key.get(); }

private:
    explicit PrivateKey(EvpPkeyPtr key);
    EvpPkeyPtr m_key;
};

} // namespace guichet::crypto
