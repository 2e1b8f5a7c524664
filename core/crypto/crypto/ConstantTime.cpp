// CRYPTO_memcmp-based comparison.
#include "crypto/ConstantTime.h"

#include <openssl/crypto.h>

namespace guichet::crypto {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace guichet::crypto
