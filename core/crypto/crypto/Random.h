// Cryptographically secure random bytes from OpenSSL's DRBG (seeded by the kernel).
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <cstdint>
#include <span>

namespace guichet::crypto {

// Public randomness: nonces, IVs, identifiers.
[[nodiscard]] Result<QByteArray> randomBytes(std::size_t count);
// Secret randomness (keys): drawn from OpenSSL's private DRBG into a zeroising buffer.
[[nodiscard]] Result<SecureBuffer> randomSecret(std::size_t count);
// Fills the span in place from the private DRBG.
[[nodiscard]] Result<void> fillRandom(std::span<std::uint8_t> out);

} // namespace guichet::crypto
