// AES-GCM authenticated encryption (NIST SP 800-38D), one-shot and streaming.
#pragma once

#include "common/Result.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <span>

namespace guichet::crypto {

// Streaming AES-GCM. Keys of 16, 24 or 32 bytes; the IV should be 12 random or counter bytes
// and must never repeat under one key (other non-empty lengths are accepted for
// interoperability). Tags of 12 to 16 bytes. Order: addAad* → update* → finish.
//
// Decryption streams plaintext out before the tag is checked: callers must discard everything
// they received when finishDecrypt() fails (the sync and vault code write to a temporary file
// and rename only after success).
class AesGcm
{
public:
    static constexpr std::size_t kIvSize = 12;
    static constexpr std::size_t kTagSize = 16;
    static constexpr std::size_t kMinTagSize = 12;

    [[nodiscard]] static Result<AesGcm> encryptor(QByteArrayView key, QByteArrayView iv);
    [[nodiscard]] static Result<AesGcm> decryptor(QByteArrayView key, QByteArrayView iv);

    [[nodiscard]] Result<void> addAad(QByteArrayView aad);
    // Writes exactly input.size() bytes to output (which must be at least that large).
    [[nodiscard]] Result<void> update(QByteArrayView input, std::span<std::uint8_t> output);
    // Convenience for public data (ciphertext, or plaintext that is not secret).
    [[nodiscard]] Result<QByteArray> update(QByteArrayView input);
    // Encryption: the tag of `tagSize` bytes.
    [[nodiscard]] Result<QByteArray> finishEncrypt(std::size_t tagSize = kTagSize);
    // Decryption: succeeds only when `tag` authenticates the AAD and the ciphertext.
    [[nodiscard]] Result<void> finishDecrypt(QByteArrayView tag);

private:
    enum class Stage { Aad, Data, Finished };
    AesGcm(EvpCipherCtxPtr context, bool encrypting);
    [[nodiscard]] static Result<AesGcm> create(QByteArrayView key, QByteArrayView iv,
                                               bool encrypting);

    EvpCipherCtxPtr m_context;
    bool m_encrypting;
    Stage m_stage = Stage::Aad;
};

// ciphertext || tag
[[nodiscard]] Result<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView iv,
                                            QByteArrayView aad, QByteArrayView plaintext,
                                            std::size_t tagSize = AesGcm::kTagSize);
// Input is ciphertext || tag; the plaintext comes back in a zeroising buffer.
[[nodiscard]] Result<SecureBuffer> aesGcmOpen(QByteArrayView key, QByteArrayView iv,
                                              QByteArrayView aad, QByteArrayView sealed,
                                              std::size_t tagSize = AesGcm::kTagSize);

} // namespace guichet::crypto
