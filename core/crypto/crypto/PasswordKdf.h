// Memory-hard passphrase key derivation (scrypt, RFC 7914) with calibration to a time target.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>

#include <chrono>
#include <cstdint>

namespace guichet::crypto {

struct ScryptParameters {
    std::uint64_t n = std::uint64_t{1} << 16; // CPU/memory cost, a power of two
    std::uint32_t r = 8; // block size (memory = 128 · n · r bytes)
    std::uint32_t p = 1; // parallelism

    friend bool operator==(const ScryptParameters &, const ScryptParameters &) = default;
};

// Refuses parameters below n = 2^14 (and above 2^22 or 1 GiB of memory), so that a keyring
// file cannot be edited into a cheap derivation or a memory exhaustion.
[[nodiscard]] Result<void> checkScryptParameters(const ScryptParameters &parameters);

[[nodiscard]] Result<SecureBuffer> scrypt(QByteArrayView passphrase, QByteArrayView salt,
                                          const ScryptParameters &parameters, std::size_t length);

// The smallest n (r = 8, p = 1, n ≥ 2^16) whose derivation takes at least `target` on this
// machine, measured by doubling from 2^15. Used once when a passphrase is enrolled.
[[nodiscard]] Result<ScryptParameters> calibrateScrypt(std::chrono::milliseconds target);

} // namespace guichet::crypto
