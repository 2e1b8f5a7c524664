// Public keys (RSA, EC) and signature verification.
#pragma once

#include "common/Result.h"
#include "crypto/Digest.h"
#include "crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace guichet::crypto {

enum class KeyType { Rsa, Ec, Other };

struct SignatureScheme {
    enum class Kind {
        EcdsaDer, // X9.62 DER SEQUENCE {r, s} (X.509, CMS)
        EcdsaPlain, // r || s, each the size of the group order (BSI TR-03111, 2D-Doc)
        RsaPkcs1v15,
        RsaPss, // MGF1 with the same digest
    };
    Kind kind = Kind::EcdsaDer;
    DigestAlgorithm digest = DigestAlgorithm::Sha256;
    int pssSaltLength = -1; // -1: the digest length

    [[nodiscard]] static SignatureScheme ecdsa(DigestAlgorithm d) { return {Kind::EcdsaDer, d}; }
    [[nodiscard]] static SignatureScheme ecdsaPlain(DigestAlgorithm d)
    {
        return {Kind::EcdsaPlain, d};
    }
    [[nodiscard]] static SignatureScheme rsaPkcs1(DigestAlgorithm d)
    {
        return {Kind::RsaPkcs1v15, d};
    }
    [[nodiscard]] static SignatureScheme rsaPss(DigestAlgorithm d, int saltLength = -1)
    {
        return {Kind::RsaPss, d, saltLength};
    }
};

class PublicKey
{
public:
    // DER SubjectPublicKeyInfo.
    [[nodiscard]] static Result<PublicKey> fromDer(QByteArrayView subjectPublicKeyInfo);
    // PEM "PUBLIC KEY".
    [[nodiscard]] static Result<PublicKey> fromPem(QByteArrayView pem);
    // An EC point (uncompressed 04||X||Y or compressed) on a named curve such as "prime256v1",
    // "P-256", "brainpoolP256r1", "secp384r1"; the point is checked to lie on the curve.
    [[nodiscard]] static Result<PublicKey> fromEcPoint(const QString &curve, QByteArrayView point);
    // Takes a reference to an existing key (the caller keeps its own).
    [[nodiscard]] static PublicKey fromNative(EVP_PKEY *key);

    PublicKey(const PublicKey &other);
    PublicKey &operator=(const PublicKey &other);
    PublicKey(PublicKey &&) noexcept = default;
    PublicKey &operator=(PublicKey &&) noexcept = default;
    ~PublicKey() = default;

    [[nodiscard]] KeyType type() const;
    [[nodiscard]] int bits() const;
    // OpenSSL's group name for EC keys ("prime256v1", "brainpoolP256r1"); empty otherwise.
    [[nodiscard]] QString curveName() const;
    [[nodiscard]] Result<QByteArray> toDer() const;
    // Uncompressed point for EC keys.
    [[nodiscard]] Result<QByteArray> ecPoint() const;

    // Ok when `signature` is a valid signature of `message` under `scheme`; otherwise
    // CryptoSignatureInvalid (or CryptoInvalidKey when the scheme does not fit the key).
    [[nodiscard]] Result<void> verify(const SignatureScheme &scheme, QByteArrayView message,
                                      QByteArrayView signature) const;
    // RSA-OAEP with SHA-256 and MGF1-SHA-256, no label: wraps a secret for the holder of the
    // private key (a vault key for an agent token). CryptoInvalidKey for a non-RSA key,
    // CryptoInvalidLength when the plaintext does not fit the modulus.
    [[nodiscard]] Result<QByteArray> encryptRsaOaep(QByteArrayView plaintext) const;

    [[nodiscard]] EVP_PKEY *native() const noexcept { return m_key.get(); }

private:
    explicit PublicKey(EvpPkeyPtr key);
    EvpPkeyPtr m_key;
};

// Sets RSA padding (PKCS#1 v1.5 or PSS with MGF1 and the salt length) on a signing or verifying
// context; nothing for ECDSA. Shared by PublicKey::verify and PrivateKey::sign.
[[nodiscard]] Result<void> configureSignatureScheme(EVP_PKEY_CTX *context,
                                                    const SignatureScheme &scheme);

// Normalises a curve name ("P-256" → "prime256v1"); empty when unknown.
[[nodiscard]] QString openSslCurveName(const QString &curve);
// r||s (each `halfSize` bytes) → DER ECDSA-Sig-Value, and back.
[[nodiscard]] Result<QByteArray> ecdsaPlainToDer(QByteArrayView plain);
[[nodiscard]] Result<QByteArray> ecdsaDerToPlain(QByteArrayView der, std::size_t halfSize);

} // namespace guichet::crypto
