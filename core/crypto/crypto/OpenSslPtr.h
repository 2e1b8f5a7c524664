// std::unique_ptr aliases that free each OpenSSL type with its own function.
#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <QByteArrayView>

#include <memory>

namespace guichet::crypto {

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *pointer) const noexcept
    {
        FreeFunction(pointer);
    }
};

template <typename T, auto FreeFunction>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFunction>>;

using BigNumPtr = OpenSslPtr<BIGNUM, BN_clear_free>;
using BnCtxPtr = OpenSslPtr<BN_CTX, BN_CTX_free>;
using EcGroupPtr = OpenSslPtr<EC_GROUP, EC_GROUP_free>;
using EcPointPtr = OpenSslPtr<EC_POINT, EC_POINT_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using EcdsaSigPtr = OpenSslPtr<ECDSA_SIG, ECDSA_SIG_free>;
using EvpCipherCtxPtr = OpenSslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;
using EvpCipherPtr = OpenSslPtr<EVP_CIPHER, EVP_CIPHER_free>;
using EvpKdfCtxPtr = OpenSslPtr<EVP_KDF_CTX, EVP_KDF_CTX_free>;
using EvpKdfPtr = OpenSslPtr<EVP_KDF, EVP_KDF_free>;
using EvpMacCtxPtr = OpenSslPtr<EVP_MAC_CTX, EVP_MAC_CTX_free>;
using EvpMacPtr = OpenSslPtr<EVP_MAC, EVP_MAC_free>;
using EvpMdCtxPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using EvpMdPtr = OpenSslPtr<EVP_MD, EVP_MD_free>;
using EvpPkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpPkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using OsslParamBldPtr = OpenSslPtr<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using OsslParamPtr = OpenSslPtr<OSSL_PARAM, OSSL_PARAM_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;

// OpenSSL takes unsigned bytes; Qt hands out char.
inline const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace guichet::crypto
