// Block-cipher primitives of eMRTD protocols: 3DES/AES-CBC, retail MAC, AES-CMAC, ISO 9797-1
// padding.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace guichet::card::emrtd {

// The ciphers ICAO 9303-11 secure messaging uses: 2-key 3DES (BAC, PACE-3DES) and AES (PACE).
enum class CipherAlgorithm { TripleDes, Aes128, Aes192, Aes256 };

[[nodiscard]] std::size_t cipherBlockSize(CipherAlgorithm algorithm) noexcept;
[[nodiscard]] std::size_t cipherKeySize(CipherAlgorithm algorithm) noexcept;

// ISO 9797-1 padding method 2: 80 then 00 up to a multiple of `blockSize`; always adds a byte.
[[nodiscard]] QByteArray padIso9797(QByteArrayView data, std::size_t blockSize);
// Removes method-2 padding; anything else is GU-515 card.secure_messaging_malformed "padding".
[[nodiscard]] Result<QByteArray> unpadIso9797(QByteArrayView data, std::size_t blockSize);

// CBC without padding; `data` must be a whole number of blocks.
[[nodiscard]] Result<QByteArray> cbcEncrypt(CipherAlgorithm algorithm, QByteArrayView key,
                                            QByteArrayView iv, QByteArrayView data);
// The plaintext may be a key (BAC's K.ICC): it comes back in a zeroising buffer.
[[nodiscard]] Result<crypto::SecureBuffer> cbcDecrypt(CipherAlgorithm algorithm, QByteArrayView key,
                                                      QByteArrayView iv, QByteArrayView data);
// One block in ECB mode (AES secure messaging derives its IV as E(KSenc, SSC)).
[[nodiscard]] Result<QByteArray> encryptBlock(CipherAlgorithm algorithm, QByteArrayView key,
                                              QByteArrayView block);

// ISO 9797-1 MAC algorithm 3 ("retail MAC") with DES and a 16-byte key K1||K2 over data that is
// already padded: single-DES CBC under K1, then the last block decrypted under K2 and
// encrypted under K1. Single DES is 3DES-EDE with K1 = K2, so no legacy provider is needed.
[[nodiscard]] Result<QByteArray> retailMac(QByteArrayView key, QByteArrayView paddedData);

// The 8-byte secure-messaging MAC over padded data: retail MAC for 3DES, AES-CMAC truncated to
// 8 bytes for AES (BSI TR-03110-3 §F.2).
[[nodiscard]] Result<QByteArray> smMac(CipherAlgorithm algorithm, QByteArrayView key,
                                       QByteArrayView paddedData);

} // namespace guichet::card::emrtd
