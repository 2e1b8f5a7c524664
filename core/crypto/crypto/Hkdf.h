// HKDF (RFC 5869): extract-and-expand key derivation.
#pragma once

#include "common/Result.h"
#include "crypto/Digest.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>

namespace guichet::crypto {

// Full HKDF; `length` at most 255 × the digest size.
[[nodiscard]] Result<SecureBuffer> hkdf(DigestAlgorithm digest, QByteArrayView inputKeyMaterial,
                                        QByteArrayView salt, QByteArrayView info,
                                        std::size_t length);
// The two halves, for protocols that keep the PRK.
[[nodiscard]] Result<SecureBuffer>
hkdfExtract(DigestAlgorithm digest, QByteArrayView inputKeyMaterial, QByteArrayView salt);
[[nodiscard]] Result<SecureBuffer> hkdfExpand(DigestAlgorithm digest, QByteArrayView prk,
                                              QByteArrayView info, std::size_t length);

} // namespace guichet::crypto
