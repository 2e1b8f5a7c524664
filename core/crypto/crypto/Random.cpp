// RAND_bytes / RAND_priv_bytes wrappers.
#include "crypto/Random.h"

#include "crypto/OpenSslError.h"

#include <openssl/rand.h>

#include <limits>

namespace guichet::crypto {

namespace {

Result<void> checkCount(std::size_t count)
{
    if (count > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return fail(FailureCode::CryptoInvalidLength, QStringLiteral("too many random bytes"),
                    QStringLiteral("random.count"), QStringLiteral("length"));
    return success();
}

} // namespace

Result<QByteArray> randomBytes(std::size_t count)
{
    if (auto ok = checkCount(count); !ok)
        return fail(ok.error());
    QByteArray out(static_cast<qsizetype>(count), Qt::Uninitialized);
    if (count > 0 &&
        RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(count)) != 1)
        return opensslFailure(FailureCode::CryptoRandomUnavailable, QStringLiteral("RAND_bytes"));
    return out;
}

Result<SecureBuffer> randomSecret(std::size_t count)
{
    SecureBuffer out(count);
    if (auto ok = fillRandom(out.span()); !ok)
        return fail(ok.error());
    return out;
}

Result<void> fillRandom(std::span<std::uint8_t> out)
{
    if (auto ok = checkCount(out.size()); !ok)
        return ok;
    if (!out.empty() && RAND_priv_bytes(out.data(), static_cast<int>(out.size())) != 1)
        return opensslFailure(FailureCode::CryptoRandomUnavailable,
                              QStringLiteral("RAND_priv_bytes"));
    return success();
}

} // namespace guichet::crypto
