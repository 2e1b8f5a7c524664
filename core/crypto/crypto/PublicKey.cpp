// EVP_PKEY public keys and EVP_DigestVerify.
#include "crypto/PublicKey.h"

#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <utility>

namespace guichet::crypto {

namespace {

constexpr const char *kNamedCurves[] = {"prime256v1",      "secp384r1",       "secp521r1",
                                        "brainpoolP224r1", "brainpoolP256r1", "brainpoolP320r1",
                                        "brainpoolP384r1", "brainpoolP512r1"};

struct CurveParameters {
    BigNumPtr p{BN_new()};
    BigNumPtr a{BN_new()};
    BigNumPtr b{BN_new()};
    BigNumPtr order{BN_new()};
    BigNumPtr cofactor{BN_new()};
    QByteArray generator;
};

bool readParameters(const EC_GROUP *group, CurveParameters &out, BN_CTX *context)
{
    if (!out.p || !out.a || !out.b || !out.order || !out.cofactor ||
        EC_GROUP_get_curve(group, out.p.get(), out.a.get(), out.b.get(), context) != 1 ||
        !BN_copy(out.order.get(), EC_GROUP_get0_order(group)))
        return false;
    const BIGNUM *cofactor = EC_GROUP_get0_cofactor(group);
    if (!cofactor || !BN_copy(out.cofactor.get(), cofactor))
        return false;
    const EC_POINT *generator = EC_GROUP_get0_generator(group);
    if (!generator)
        return false;
    const std::size_t size =
        EC_POINT_point2oct(group, generator, POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, context);
    out.generator.resize(static_cast<qsizetype>(size));
    return size > 0 && EC_POINT_point2oct(group, generator, POINT_CONVERSION_UNCOMPRESSED,
                                          reinterpret_cast<unsigned char *>(out.generator.data()),
                                          size, context) == size;
}

bool sameParameters(const CurveParameters &x, const CurveParameters &y)
{
    return BN_cmp(x.p.get(), y.p.get()) == 0 && BN_cmp(x.a.get(), y.a.get()) == 0 &&
           BN_cmp(x.b.get(), y.b.get()) == 0 && BN_cmp(x.order.get(), y.order.get()) == 0 &&
           BN_cmp(x.cofactor.get(), y.cofactor.get()) == 0 && x.generator == y.generator;
}

// Many eMRTD certificates and chip-authentication keys spell their curve out as explicit
// parameters, which OpenSSL 3 accepts in keys but trusts blindly (a missing or false cofactor,
// a modified generator...) and rejects in certificate chains (X509_V_ERR_EC_KEY_EXPLICIT_PARAMS,
// error 94). Guichet's rule: explicit parameters are accepted only when their DER is canonical and
// they equal a supported named curve in every field; the key is then rebuilt on that named curve.
// Anything else is refused. The same rule serves passive authentication (core/card).
Result<EvpPkeyPtr> normaliseExplicitCurve(EvpPkeyPtr key, QByteArrayView originalDer)
{
    const auto refuse = [](const QString &why) {
        clearOpenSslErrors();
        return fail(FailureCode::CryptoMalformedInput,
                    QStringLiteral("explicit EC parameters refused: ") + why,
                    QStringLiteral("public_key"), QStringLiteral("explicit_ec_parameters"));
    };
    // Canonical DER: OpenSSL re-encodes what it understood; any difference (an omitted cofactor,
    // non-minimal integers) means the input was not what it claims.
    const int size = i2d_PUBKEY(key.get(), nullptr);
    QByteArray reencoded(size > 0 ? size : 0, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(reencoded.data());
    if (size <= 0 || i2d_PUBKEY(key.get(), &cursor) != size || reencoded != originalDer)
        return refuse(QStringLiteral("non-canonical encoding"));

    BnCtxPtr context(BN_CTX_new());
    std::size_t groupSize = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0,
                                        &groupSize) != 1)
        return refuse(QStringLiteral("no public point"));
    QByteArray point(static_cast<qsizetype>(groupSize), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(point.data()), groupSize,
                                        &groupSize) != 1)
        return refuse(QStringLiteral("no public point"));

    // The group as decoded: rebuild it from the key's parameters.
    EcGroupPtr group;
    OSSL_PARAM *exported = nullptr;
    if (EVP_PKEY_todata(key.get(), EVP_PKEY_KEY_PARAMETERS, &exported) != 1)
        return refuse(QStringLiteral("parameters unreadable"));
    OsslParamPtr keyParams(exported);
    group.reset(EC_GROUP_new_from_params(keyParams.get(), nullptr, nullptr));
    CurveParameters decoded;
    if (!group || !context || !readParameters(group.get(), decoded, context.get()))
        return refuse(QStringLiteral("parameters unreadable"));

    for (const char *name : kNamedCurves) {
        EcGroupPtr named(EC_GROUP_new_by_curve_name(OBJ_sn2nid(name)));
        CurveParameters reference;
        if (!named || !readParameters(named.get(), reference, context.get()))
            continue;
        if (!sameParameters(decoded, reference))
            continue;
        auto rebuilt = PublicKey::fromEcPoint(QString::fromLatin1(name), point);
        if (!rebuilt)
            return fail(rebuilt.error());
        EVP_PKEY *raw = rebuilt->native();
        EVP_PKEY_up_ref(raw);
        return EvpPkeyPtr(raw);
    }
    return refuse(QStringLiteral("no supported named curve has these parameters"));
}

bool hasExplicitParameters(const EVP_PKEY *key)
{
    char encoding[32] = {};
    std::size_t size = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding,
                                       &size) != 1) {
        clearOpenSslErrors();
        return true; // unknown: treat as explicit, the strict path decides
    }
    return qstrcmp(encoding, OSSL_PKEY_EC_ENCODING_EXPLICIT) == 0;
}

Failure invalidSignature(const QString &check)
{
    clearOpenSslErrors();
    return fail(FailureCode::CryptoSignatureInvalid, QStringLiteral("signature does not verify"),
                QStringLiteral("signature"), check);
}

} // namespace

QString openSslCurveName(const QString &curve)
{
    const QString key = curve.trimmed();
    if (key.compare(QLatin1String("P-256"), Qt::CaseInsensitive) == 0 ||
        key.compare(QLatin1String("secp256r1"), Qt::CaseInsensitive) == 0 ||
        key == QLatin1String("prime256v1"))
        return QStringLiteral("prime256v1");
    if (key.compare(QLatin1String("P-384"), Qt::CaseInsensitive) == 0 ||
        key == QLatin1String("secp384r1"))
        return QStringLiteral("secp384r1");
    if (key.compare(QLatin1String("P-521"), Qt::CaseInsensitive) == 0 ||
        key == QLatin1String("secp521r1"))
        return QStringLiteral("secp521r1");
    static const char *const kBrainpool[] = {"brainpoolP224r1", "brainpoolP256r1",
                                             "brainpoolP320r1", "brainpoolP384r1",
                                             "brainpoolP512r1"};
    for (const char *name : kBrainpool) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(name);
    }
    return {};
}

PublicKey::PublicKey(EvpPkeyPtr key) : m_key(std::move(key)) { }

PublicKey::PublicKey(const PublicKey &other)
{
    *this = other;
}

PublicKey &PublicKey::operator=(const PublicKey &other)
{
    if (this != &other) {
        if (other.m_key)
            EVP_PKEY_up_ref(other.m_key.get());
        m_key.reset(other.m_key.get());
    }
    return *this;
}

Result<QByteArray> PublicKey::encryptRsaOaep(QByteArrayView plaintext) const
{
    if (type() != KeyType::Rsa)
        return fail(FailureCode::CryptoInvalidKey, QStringLiteral("RSA-OAEP needs an RSA key"),
                    QStringLiteral("public_key"), QStringLiteral("type"));
    // OAEP with SHA-256 carries 2 * 32 + 2 bytes of overhead.
    constexpr qsizetype kOverhead = 2 * 32 + 2;
    const qsizetype capacity = static_cast<qsizetype>((bits() + 7) / 8) - kOverhead;
    if (plaintext.isEmpty() || plaintext.size() > capacity)
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("the plaintext does not fit RSA-OAEP with this key"),
                    QStringLiteral("rsa_oaep.plaintext"), QStringLiteral("length"));
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
    if (!context || EVP_PKEY_encrypt_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md_name(context.get(), "SHA256", nullptr) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(context.get(), "SHA256", nullptr) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_PKEY_encrypt_init"));
    std::size_t size = 0;
    if (EVP_PKEY_encrypt(context.get(), nullptr, &size, bytesOf(plaintext),
                         static_cast<std::size_t>(plaintext.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_PKEY_encrypt"));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(context.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                         bytesOf(plaintext), static_cast<std::size_t>(plaintext.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_PKEY_encrypt"));
    out.resize(static_cast<qsizetype>(size));
    return out;
}

PublicKey PublicKey::fromNative(EVP_PKEY *key)
{
    EVP_PKEY_up_ref(key);
    return PublicKey(EvpPkeyPtr(key));
}

Result<PublicKey> PublicKey::fromDer(QByteArrayView subjectPublicKeyInfo)
{
    const unsigned char *cursor = bytesOf(subjectPublicKeyInfo);
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(subjectPublicKeyInfo.size())));
    if (!key)
        return opensslFailure(FailureCode::CryptoMalformedInput, QStringLiteral("d2i_PUBKEY"),
                              QStringLiteral("public_key"));
    if (cursor != bytesOf(subjectPublicKeyInfo) + subjectPublicKeyInfo.size())
        return fail(FailureCode::CryptoMalformedInput,
                    QStringLiteral("trailing bytes after SubjectPublicKeyInfo"),
                    QStringLiteral("public_key"), QStringLiteral("der"));
    const PublicKey decoded(std::move(key));
    if (decoded.type() == KeyType::Ec && hasExplicitParameters(decoded.native())) {
        EVP_PKEY_up_ref(decoded.native());
        auto named = normaliseExplicitCurve(EvpPkeyPtr(decoded.native()), subjectPublicKeyInfo);
        if (!named)
            return fail(named.error());
        return PublicKey(std::move(named).value());
    }
    return decoded;
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("BIO_new_mem_buf"));
    EvpPkeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return opensslFailure(FailureCode::CryptoMalformedInput,
                              QStringLiteral("PEM_read_bio_PUBKEY"), QStringLiteral("public_key"));
    return PublicKey(std::move(key));
}

Result<PublicKey> PublicKey::fromEcPoint(const QString &curve, QByteArrayView point)
{
    const QByteArray group = openSslCurveName(curve).toLatin1();
    if (group.isEmpty())
        return fail(FailureCode::CryptoUnsupportedAlgorithm, QStringLiteral("unknown curve"),
                    QStringLiteral("curve"), QStringLiteral("name"));
    OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        group.constData(), 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                         static_cast<std::size_t>(point.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("OSSL_PARAM_BLD"));
    OsslParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return opensslFailure(FailureCode::CryptoMalformedInput,
                              QStringLiteral("EVP_PKEY_fromdata"), QStringLiteral("ec_point"));
    EvpPkeyPtr key(raw);
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return opensslFailure(FailureCode::CryptoMalformedInput,
                              QStringLiteral("EVP_PKEY_public_check"), QStringLiteral("ec_point"));
    return PublicKey(std::move(key));
}

KeyType PublicKey::type() const
{
    if (EVP_PKEY_is_a(m_key.get(), "RSA") || EVP_PKEY_is_a(m_key.get(), "RSA-PSS"))
        return KeyType::Rsa;
    if (EVP_PKEY_is_a(m_key.get(), "EC"))
        return KeyType::Ec;
    return KeyType::Other;
}

int PublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

QString PublicKey::curveName() const
{
    if (type() != KeyType::Ec)
        return {};
    char name[64] = {};
    std::size_t size = 0;
    if (EVP_PKEY_get_utf8_string_param(m_key.get(), OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name,
                                       &size) != 1) {
        clearOpenSslErrors();
        return {}; // explicit parameters: no name
    }
    return QString::fromLatin1(name, static_cast<qsizetype>(size));
}

Result<QByteArray> PublicKey::toDer() const
{
    const int size = i2d_PUBKEY(m_key.get(), nullptr);
    if (size <= 0)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("i2d_PUBKEY"));
    QByteArray out(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    i2d_PUBKEY(m_key.get(), &cursor);
    return out;
}

Result<QByteArray> PublicKey::ecPoint() const
{
    if (type() != KeyType::Ec)
        return fail(FailureCode::CryptoInvalidKey, QStringLiteral("not an EC key"),
                    QStringLiteral("public_key"), QStringLiteral("type"));
    std::size_t size = 0;
    if (EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &size) !=
        1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("get pub key"));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(out.data()), size,
                                        &size) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("get pub key"));
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

Result<void> PublicKey::verify(const SignatureScheme &scheme, QByteArrayView message,
                               QByteArrayView signature) const
{
    const bool rsaScheme = scheme.kind == SignatureScheme::Kind::RsaPkcs1v15 ||
                           scheme.kind == SignatureScheme::Kind::RsaPss;
    const KeyType keyType = type();
    if ((rsaScheme && keyType != KeyType::Rsa) || (!rsaScheme && keyType != KeyType::Ec))
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("signature scheme does not match the key type"),
                    QStringLiteral("public_key"), QStringLiteral("type"));

    QByteArray derSignature;
    if (scheme.kind == SignatureScheme::Kind::EcdsaPlain) {
        // The plain form must be exactly twice the order size.
        const auto orderBytes = static_cast<qsizetype>((bits() + 7) / 8);
        if (signature.size() != 2 * orderBytes)
            return invalidSignature(QStringLiteral("length"));
        auto der = ecdsaPlainToDer(signature);
        if (!der)
            return invalidSignature(QStringLiteral("encoding"));
        derSignature = std::move(der).value();
        signature = derSignature;
    }

    EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    if (!context ||
        EVP_DigestVerifyInit_ex(context.get(), &keyContext, digestOpenSslName(scheme.digest),
                                nullptr, nullptr, m_key.get(), nullptr) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_DigestVerifyInit"));

    if (auto ok = configureSignatureScheme(keyContext, scheme); !ok)
        return ok;

    const int verdict = EVP_DigestVerify(
        context.get(), bytesOf(signature), static_cast<std::size_t>(signature.size()),
        bytesOf(message), static_cast<std::size_t>(message.size()));
    if (verdict != 1)
        return invalidSignature(verdict == 0 ? QStringLiteral("signature")
                                             : QStringLiteral("encoding"));
    return success();
}

Result<void> configureSignatureScheme(EVP_PKEY_CTX *context, const SignatureScheme &scheme)
{
    if (scheme.kind == SignatureScheme::Kind::RsaPss) {
        const int saltLength = scheme.pssSaltLength >= 0
                                   ? scheme.pssSaltLength
                                   : static_cast<int>(digestSize(scheme.digest));
        if (EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(context, saltLength) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(context, digestOpenSslName(scheme.digest), nullptr) !=
                1)
            return opensslFailure(FailureCode::CryptoInvalidKey,
                                  QStringLiteral("RSA-PSS parameters"));
    } else if (scheme.kind == SignatureScheme::Kind::RsaPkcs1v15) {
        if (EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) != 1)
            return opensslFailure(FailureCode::CryptoInvalidKey, QStringLiteral("RSA padding"));
    }
    return success();
}

Result<QByteArray> ecdsaPlainToDer(QByteArrayView plain)
{
    if (plain.isEmpty() || plain.size() % 2 != 0)
        return fail(FailureCode::CryptoMalformedInput, QStringLiteral("odd plain ECDSA signature"),
                    QStringLiteral("signature"), QStringLiteral("length"));
    const auto half = static_cast<int>(plain.size() / 2);
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytesOf(plain), half, nullptr);
    BIGNUM *s = BN_bin2bn(bytesOf(plain) + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("ECDSA_SIG_set0"));
    }
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("i2d_ECDSA_SIG"));
    QByteArray out(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    i2d_ECDSA_SIG(sig.get(), &cursor);
    return out;
}

Result<QByteArray> ecdsaDerToPlain(QByteArrayView der, std::size_t halfSize)
{
    const unsigned char *cursor = bytesOf(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!sig || cursor != bytesOf(der) + der.size())
        return opensslFailure(FailureCode::CryptoMalformedInput, QStringLiteral("d2i_ECDSA_SIG"),
                              QStringLiteral("signature"));
    const BIGNUM *r = ECDSA_SIG_get0_r(sig.get());
    const BIGNUM *s = ECDSA_SIG_get0_s(sig.get());
    const auto half = static_cast<int>(halfSize);
    QByteArray out(static_cast<qsizetype>(2 * halfSize), Qt::Uninitialized);
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    if (BN_bn2binpad(r, target, half) != half || BN_bn2binpad(s, target + half, half) != half)
        return fail(FailureCode::CryptoMalformedInput,
                    QStringLiteral("ECDSA component larger than the curve"),
                    QStringLiteral("signature"), QStringLiteral("length"));
    return out;
}

} // namespace guichet::crypto
