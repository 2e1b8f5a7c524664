// EVP_PKEY private keys: generation, import, ECDH and signing.
#include "crypto/PrivateKey.h"

#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <utility>

namespace guichet::crypto {

namespace {

// The public point d·G, uncompressed.
Result<QByteArray> publicPointFor(const QByteArray &group, const BIGNUM *scalar)
{
    EcGroupPtr ecGroup(EC_GROUP_new_by_curve_name(OBJ_sn2nid(group.constData())));
    BnCtxPtr bnContext(BN_CTX_secure_new());
    if (!ecGroup || !bnContext)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EC_GROUP_new"));
    EcPointPtr point(EC_POINT_new(ecGroup.get()));
    if (!point ||
        EC_POINT_mul(ecGroup.get(), point.get(), scalar, nullptr, nullptr, bnContext.get()) != 1)
        return opensslFailure(FailureCode::CryptoInvalidKey, QStringLiteral("EC_POINT_mul"),
                              QStringLiteral("private_key"));
    const std::size_t size = EC_POINT_point2oct(
        ecGroup.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, bnContext.get());
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (size == 0 || EC_POINT_point2oct(ecGroup.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED,
                                        reinterpret_cast<unsigned char *>(out.data()), size,
                                        bnContext.get()) != size)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EC_POINT_point2oct"));
    return out;
}

} // namespace

PrivateKey::PrivateKey(EvpPkeyPtr key) : m_key(std::move(key)) { }

Result<PrivateKey> PrivateKey::generateEc(const QString &curve)
{
    const QByteArray group = openSslCurveName(curve).toLatin1();
    if (group.isEmpty())
        return fail(FailureCode::CryptoUnsupportedAlgorithm, QStringLiteral("unknown curve"),
                    QStringLiteral("curve"), QStringLiteral("name"));
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group.constData());
    if (!raw)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_EC_gen"));
    return PrivateKey(EvpPkeyPtr(raw));
}

Result<PrivateKey> PrivateKey::generateRsa(int bits)
{
    if (bits < 2048)
        return fail(FailureCode::CryptoInvalidKey, QStringLiteral("RSA keys below 2048 bits"),
                    QStringLiteral("rsa.bits"), QStringLiteral("minimum"));
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(bits));
    if (!raw)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_RSA_gen"));
    return PrivateKey(EvpPkeyPtr(raw));
}

Result<PrivateKey> PrivateKey::fromEcScalar(const QString &curve, QByteArrayView scalar)
{
    const QByteArray group = openSslCurveName(curve).toLatin1();
    if (group.isEmpty())
        return fail(FailureCode::CryptoUnsupportedAlgorithm, QStringLiteral("unknown curve"),
                    QStringLiteral("curve"), QStringLiteral("name"));
    BigNumPtr d(BN_secure_new());
    if (!d || !BN_bin2bn(bytesOf(scalar), static_cast<int>(scalar.size()), d.get()))
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("BN_bin2bn"));
    if (BN_is_zero(d.get()))
        return fail(FailureCode::CryptoInvalidKey, QStringLiteral("private scalar is zero"),
                    QStringLiteral("private_key"), QStringLiteral("range"));
    auto point = publicPointFor(group, d.get());
    if (!point)
        return fail(point.error());

    OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        group.constData(), 0) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point->constData(),
                                         static_cast<std::size_t>(point->size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("OSSL_PARAM_BLD"));
    OsslParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return opensslFailure(FailureCode::CryptoInvalidKey, QStringLiteral("EVP_PKEY_fromdata"),
                              QStringLiteral("private_key"));
    return PrivateKey(EvpPkeyPtr(raw));
}

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("BIO_new_mem_buf"));
    // An empty passphrase must not make OpenSSL prompt on the terminal.
    QByteArray pass = passphrase.toByteArray();
    pass.append('\0');
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
    OPENSSL_cleanse(pass.data(), static_cast<std::size_t>(pass.size()));
    if (!key)
        return opensslFailure(FailureCode::CryptoInvalidKey,
                              QStringLiteral("PEM_read_bio_PrivateKey"),
                              QStringLiteral("private_key"));
    return PrivateKey(std::move(key));
}

PublicKey PrivateKey::publicKey() const
{
    return PublicKey::fromNative(m_key.get());
}

Result<SecureBuffer> PrivateKey::agree(const PublicKey &peer) const
{
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
    if (!context || EVP_PKEY_derive_init(context.get()) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_PKEY_derive_init"));
    if (EVP_PKEY_derive_set_peer_ex(context.get(), peer.native(), 1) != 1)
        return opensslFailure(FailureCode::CryptoKeyAgreementFailed,
                              QStringLiteral("EVP_PKEY_derive_set_peer"),
                              QStringLiteral("peer_public_key"));
    std::size_t size = 0;
    if (EVP_PKEY_derive(context.get(), nullptr, &size) != 1)
        return opensslFailure(FailureCode::CryptoKeyAgreementFailed,
                              QStringLiteral("EVP_PKEY_derive"));
    SecureBuffer secret(size);
    if (EVP_PKEY_derive(context.get(), secret.data(), &size) != 1)
        return opensslFailure(FailureCode::CryptoKeyAgreementFailed,
                              QStringLiteral("EVP_PKEY_derive"));
    secret.resize(size);
    return secret;
}

Result<QByteArray> PrivateKey::sign(const SignatureScheme &scheme, QByteArrayView message) const
{
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), &keyContext, digestOpenSslName(scheme.digest), nullptr,
                              nullptr, m_key.get(), nullptr) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestSignInit"));
    if (auto ok = configureSignatureScheme(keyContext, scheme); !ok)
        return fail(ok.error());
    std::size_t size = 0;
    if (EVP_DigestSign(context.get(), nullptr, &size, bytesOf(message),
                       static_cast<std::size_t>(message.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestSign"));
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       bytesOf(message), static_cast<std::size_t>(message.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestSign"));
    signature.truncate(static_cast<qsizetype>(size));
    if (scheme.kind == SignatureScheme::Kind::EcdsaPlain)
        return ecdsaDerToPlain(signature,
                               static_cast<std::size_t>((EVP_PKEY_get_bits(m_key.get()) + 7) / 8));
    return signature;
}

Result<SecureBuffer> PrivateKey::toPem(QByteArrayView passphrase) const
{
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("BIO_new"));
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), cipher, passphrase.data(),
                                      static_cast<int>(passphrase.size()), nullptr, nullptr) != 1)
        return opensslFailure(FailureCode::CryptoBackend,
                              QStringLiteral("PEM_write_bio_PKCS8PrivateKey"));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return SecureBuffer(reinterpret_cast<const std::uint8_t *>(data),
                        static_cast<std::size_t>(size));
}

} // namespace guichet::crypto
