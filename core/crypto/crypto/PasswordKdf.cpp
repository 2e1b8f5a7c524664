// EVP_KDF "SCRYPT" wrapper and its calibration.
#include "crypto/PasswordKdf.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>

#include <array>
#include <bit>

namespace guichet::crypto {

namespace {

constexpr std::uint64_t kMinimumN = std::uint64_t{1} << 14;
constexpr std::uint64_t kMaximumN = std::uint64_t{1} << 22;
constexpr std::uint64_t kMaximumMemory = std::uint64_t{1} << 30;
constexpr std::uint64_t kCalibrationFloor = std::uint64_t{1} << 16;

std::uint64_t memoryFor(const ScryptParameters &parameters)
{
    return 128 * parameters.n * parameters.r * parameters.p + 128 * parameters.n * parameters.r;
}

} // namespace

Result<void> checkScryptParameters(const ScryptParameters &parameters)
{
    const bool powerOfTwo = std::has_single_bit(parameters.n);
    if (!powerOfTwo || parameters.n < kMinimumN || parameters.n > kMaximumN || parameters.r == 0 ||
        parameters.r > 32 || parameters.p == 0 || parameters.p > 16 ||
        memoryFor(parameters) > kMaximumMemory)
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("scrypt parameters outside the accepted range"),
                    QStringLiteral("scrypt"), QStringLiteral("parameters"));
    return success();
}

Result<SecureBuffer> scrypt(QByteArrayView passphrase, QByteArrayView salt,
                            const ScryptParameters &parameters, std::size_t length)
{
    if (auto ok = checkScryptParameters(parameters); !ok)
        return fail(ok.error());
    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return opensslFailure(FailureCode::CryptoUnsupportedAlgorithm,
                              QStringLiteral("EVP_KDF_fetch(SCRYPT)"));
    EvpKdfCtxPtr context(EVP_KDF_CTX_new(kdf.get()));
    if (!context)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_KDF_CTX_new"));

    std::uint64_t n = parameters.n;
    std::uint32_t r = parameters.r;
    std::uint32_t p = parameters.p;
    std::uint64_t maxMemory = kMaximumMemory + (std::uint64_t{1} << 20);
    std::array params{
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD,
            const_cast<char *>(passphrase.isEmpty() ? "" : passphrase.data()),
            static_cast<std::size_t>(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                          static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(length);
    if (EVP_KDF_derive(context.get(), out.data(), out.size(), params.data()) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_KDF_derive(SCRYPT)"),
                              QStringLiteral("scrypt"));
    return out;
}

Result<ScryptParameters> calibrateScrypt(std::chrono::milliseconds target)
{
    const QByteArray salt(16, '\x5a');
    ScryptParameters parameters;
    parameters.n = kCalibrationFloor / 2;
    for (;;) {
        const auto start = std::chrono::steady_clock::now();
        if (auto derived = scrypt("calibration", salt, parameters, 32); !derived)
            return fail(derived.error());
        const auto spent = std::chrono::steady_clock::now() - start;
        if (spent >= target && parameters.n >= kCalibrationFloor)
            return parameters;
        if (parameters.n * 2 > kMaximumN || memoryFor({parameters.n * 2, 8, 1}) > kMaximumMemory)
            return parameters; // as strong as the limits allow
        parameters.n *= 2;
    }
}

} // namespace guichet::crypto
