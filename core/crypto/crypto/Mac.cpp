// EVP_MAC wrappers for HMAC and CMAC.
#include "crypto/Mac.h"

#include "crypto/ConstantTime.h"
#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>

#include <array>
#include <utility>

namespace guichet::crypto {

namespace {

constexpr qsizetype kMinimumTagSize = 8;

const char *cmacCipherForKey(qsizetype keySize)
{
    switch (keySize) {
    case 16:
        return "AES-128-CBC";
    case 24:
        return "AES-192-CBC";
    case 32:
        return "AES-256-CBC";
    default:
        return nullptr;
    }
}

Result<EvpMacCtxPtr> newContext(const char *algorithm, const OSSL_PARAM *params, QByteArrayView key)
{
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, algorithm, nullptr));
    if (!mac)
        return opensslFailure(FailureCode::CryptoUnsupportedAlgorithm,
                              QStringLiteral("EVP_MAC_fetch"));
    EvpMacCtxPtr context(EVP_MAC_CTX_new(mac.get()));
    if (!context)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_MAC_CTX_new"));
    // HMAC accepts an empty key; OpenSSL wants a non-null pointer for it.
    static const unsigned char kEmpty = 0;
    const auto *keyData =
        key.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char *>(key.data());
    if (EVP_MAC_init(context.get(), keyData, static_cast<std::size_t>(key.size()), params) != 1)
        return opensslFailure(FailureCode::CryptoInvalidKey, QStringLiteral("EVP_MAC_init"),
                              QStringLiteral("mac.key"));
    return context;
}

} // namespace

Mac::Mac(EvpMacCtxPtr context) : m_context(std::move(context)) { }

Result<Mac> Mac::hmac(DigestAlgorithm digest, QByteArrayView key)
{
    std::array params{
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char *>(digestOpenSslName(digest)), 0),
        OSSL_PARAM_construct_end(),
    };
    auto context = newContext("HMAC", params.data(), key);
    if (!context)
        return fail(context.error());
    return Mac(std::move(context).value());
}

Result<Mac> Mac::cmac(QByteArrayView key)
{
    const char *cipher = cmacCipherForKey(key.size());
    if (!cipher)
        return fail(
            FailureCode::CryptoInvalidKey,
            QStringLiteral("AES-CMAC key must be 16, 24 or 32 bytes, got %1").arg(key.size()),
            QStringLiteral("cmac.key"), QStringLiteral("length"));
    std::array params{
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char *>(cipher), 0),
        OSSL_PARAM_construct_end(),
    };
    auto context = newContext("CMAC", params.data(), key);
    if (!context)
        return fail(context.error());
    return Mac(std::move(context).value());
}

Result<void> Mac::update(QByteArrayView data)
{
    if (m_finished)
        return fail(FailureCode::CryptoStateError, QStringLiteral("MAC already finished"));
    if (!data.isEmpty() &&
        EVP_MAC_update(m_context.get(), reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<std::size_t>(data.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_MAC_update"));
    return success();
}

Result<QByteArray> Mac::finish()
{
    if (m_finished)
        return fail(FailureCode::CryptoStateError, QStringLiteral("MAC already finished"));
    m_finished = true;
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    std::size_t size = 0;
    if (EVP_MAC_final(m_context.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                      static_cast<std::size_t>(out.size())) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_MAC_final"));
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

Result<void> Mac::verify(QByteArrayView expected)
{
    auto tag = finish();
    if (!tag)
        return fail(tag.error());
    if (expected.size() < kMinimumTagSize || expected.size() > tag->size())
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("MAC tag of %1 bytes is not acceptable").arg(expected.size()),
                    QStringLiteral("mac.tag"), QStringLiteral("length"));
    if (!constantTimeEquals(QByteArrayView(*tag).first(expected.size()), expected))
        return fail(FailureCode::CryptoAuthenticationFailed, QStringLiteral("MAC mismatch"),
                    QStringLiteral("mac.tag"), QStringLiteral("mac"));
    return success();
}

Result<QByteArray> hmac(DigestAlgorithm digest, QByteArrayView key, QByteArrayView data)
{
    auto mac = Mac::hmac(digest, key);
    if (!mac)
        return fail(mac.error());
    if (auto ok = mac->update(data); !ok)
        return fail(ok.error());
    return mac->finish();
}

Result<QByteArray> aesCmac(QByteArrayView key, QByteArrayView data)
{
    auto mac = Mac::cmac(key);
    if (!mac)
        return fail(mac.error());
    if (auto ok = mac->update(data); !ok)
        return fail(ok.error());
    return mac->finish();
}

} // namespace guichet::crypto
