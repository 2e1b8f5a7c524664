// EVP_KDF "HKDF" wrapper.
#include "crypto/Hkdf.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>

#include <vector>

namespace guichet::crypto {

namespace {

OSSL_PARAM octets(const char *key, QByteArrayView data)
{
    return OSSL_PARAM_construct_octet_string(key,
                                             const_cast<char *>(data.isEmpty() ? "" : data.data()),
                                             static_cast<std::size_t>(data.size()));
}

Result<SecureBuffer> derive(int mode, DigestAlgorithm digest, QByteArrayView key,
                            QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    if (length == 0)
        return fail(FailureCode::CryptoInvalidLength, QStringLiteral("HKDF length is zero"),
                    QStringLiteral("hkdf.length"), QStringLiteral("length"));
    if (mode != EVP_KDF_HKDF_MODE_EXTRACT_ONLY && length > 255 * digestSize(digest))
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("HKDF output longer than 255 hash blocks"),
                    QStringLiteral("hkdf.length"), QStringLiteral("length"));

    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return opensslFailure(FailureCode::CryptoUnsupportedAlgorithm,
                              QStringLiteral("EVP_KDF_fetch"));
    EvpKdfCtxPtr context(EVP_KDF_CTX_new(kdf.get()));
    if (!context)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_KDF_CTX_new"));

    std::vector<OSSL_PARAM> params;
    params.push_back(OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode));
    params.push_back(OSSL_PARAM_construct_utf8_string(
        OSSL_KDF_PARAM_DIGEST, const_cast<char *>(digestOpenSslName(digest)), 0));
    params.push_back(octets(OSSL_KDF_PARAM_KEY, key));
    if (mode != EVP_KDF_HKDF_MODE_EXPAND_ONLY && !salt.isEmpty())
        params.push_back(octets(OSSL_KDF_PARAM_SALT, salt));
    if (mode != EVP_KDF_HKDF_MODE_EXTRACT_ONLY)
        params.push_back(octets(OSSL_KDF_PARAM_INFO, info));
    params.push_back(OSSL_PARAM_construct_end());

    SecureBuffer out(length);
    if (EVP_KDF_derive(context.get(), out.data(), out.size(), params.data()) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_KDF_derive"),
                              QStringLiteral("hkdf"));
    return out;
}

} // namespace

Result<SecureBuffer> hkdf(DigestAlgorithm digest, QByteArrayView inputKeyMaterial,
                          QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    return derive(EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND, digest, inputKeyMaterial, salt, info,
                  length);
}

Result<SecureBuffer> hkdfExtract(DigestAlgorithm digest, QByteArrayView inputKeyMaterial,
                                 QByteArrayView salt)
{
    return derive(EVP_KDF_HKDF_MODE_EXTRACT_ONLY, digest, inputKeyMaterial, salt, {},
                  digestSize(digest));
}

Result<SecureBuffer> hkdfExpand(DigestAlgorithm digest, QByteArrayView prk, QByteArrayView info,
                                std::size_t length)
{
    return derive(EVP_KDF_HKDF_MODE_EXPAND_ONLY, digest, prk, {}, info, length);
}

} // namespace guichet::crypto
