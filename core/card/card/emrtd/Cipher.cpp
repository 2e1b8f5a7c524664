// OpenSSL EVP calls behind the eMRTD block-cipher primitives (default provider only).
#include "card/emrtd/Cipher.h"

#include "crypto/Mac.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/evp.h>

#include <span>

namespace guichet::card::emrtd {

namespace {

using crypto::bytesOf;

constexpr std::size_t kDesBlock = 8;
constexpr std::size_t kAesBlock = 16;
constexpr std::size_t kTripleDesKey = 16;
constexpr qsizetype kSmMacSize = 8;
constexpr char kPadMarker = '\x80';

Failure lengthFailure(const QString &field, const QString &what)
{
    return fail(FailureCode::CryptoInvalidLength, what, field, QStringLiteral("length"));
}

const EVP_CIPHER *cbcCipher(CipherAlgorithm algorithm)
{
    switch (algorithm) {
    case CipherAlgorithm::TripleDes:
        return EVP_des_ede_cbc();
    case CipherAlgorithm::Aes128:
        return EVP_aes_128_cbc();
    case CipherAlgorithm::Aes192:
        return EVP_aes_192_cbc();
    case CipherAlgorithm::Aes256:
        return EVP_aes_256_cbc();
    }
    return nullptr;
}

const EVP_CIPHER *ecbCipher(CipherAlgorithm algorithm)
{
    switch (algorithm) {
    case CipherAlgorithm::TripleDes:
        return EVP_des_ede_ecb();
    case CipherAlgorithm::Aes128:
        return EVP_aes_128_ecb();
    case CipherAlgorithm::Aes192:
        return EVP_aes_192_ecb();
    case CipherAlgorithm::Aes256:
        return EVP_aes_256_ecb();
    }
    return nullptr;
}

Result<void> checkInputs(CipherAlgorithm algorithm, QByteArrayView key, QByteArrayView iv,
                         QByteArrayView data, bool needsIv)
{
    const std::size_t block = cipherBlockSize(algorithm);
    if (static_cast<std::size_t>(key.size()) != cipherKeySize(algorithm))
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("key of %1 bytes, %2 expected")
                        .arg(key.size())
                        .arg(cipherKeySize(algorithm)),
                    QStringLiteral("cipher.key"), QStringLiteral("length"));
    if (needsIv && static_cast<std::size_t>(iv.size()) != block)
        return lengthFailure(
            QStringLiteral("cipher.iv"),
            QStringLiteral("IV of %1 bytes, %2 expected").arg(iv.size()).arg(block));
    if (data.isEmpty() || static_cast<std::size_t>(data.size()) % block != 0)
        return lengthFailure(
            QStringLiteral("cipher.data"),
            QStringLiteral("%1 bytes are not whole %2-byte blocks").arg(data.size()).arg(block));
    return success();
}

// Runs one cipher pass with padding off; output has the input's length.
Result<void> runCipher(const EVP_CIPHER *cipher, QByteArrayView key, QByteArrayView iv,
                       QByteArrayView data, bool encrypt, std::span<std::uint8_t> out)
{
    crypto::EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    if (!context)
        return crypto::opensslFailure(FailureCode::CryptoBackend,
                                      QStringLiteral("EVP_CIPHER_CTX_new"));
    if (EVP_CipherInit_ex(context.get(), cipher, nullptr, bytesOf(key),
                          iv.isEmpty() ? nullptr : bytesOf(iv), encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_set_padding(context.get(), 0) != 1)
        return crypto::opensslFailure(FailureCode::CryptoBackend,
                                      QStringLiteral("EVP_CipherInit_ex"));
    int written = 0;
    int finalWritten = 0;
    if (EVP_CipherUpdate(context.get(), out.data(), &written, bytesOf(data),
                         static_cast<int>(data.size())) != 1 ||
        EVP_CipherFinal_ex(context.get(), out.data() + written, &finalWritten) != 1)
        return crypto::opensslFailure(FailureCode::CryptoBackend,
                                      QStringLiteral("EVP_CipherUpdate"));
    if (static_cast<std::size_t>(written) + static_cast<std::size_t>(finalWritten) != out.size())
        return fail(FailureCode::CryptoBackend, QStringLiteral("cipher output size mismatch"));
    return success();
}

Result<QByteArray> runPublic(const EVP_CIPHER *cipher, QByteArrayView key, QByteArrayView iv,
                             QByteArrayView data, bool encrypt)
{
    QByteArray out(data.size(), Qt::Uninitialized);
    std::span<std::uint8_t> span(reinterpret_cast<std::uint8_t *>(out.data()),
                                 static_cast<std::size_t>(out.size()));
    if (auto ok = runCipher(cipher, key, iv, data, encrypt, span); !ok)
        return fail(ok.error());
    return out;
}

} // namespace

std::size_t cipherBlockSize(CipherAlgorithm algorithm) noexcept
{
    return algorithm == CipherAlgorithm::TripleDes ? kDesBlock : kAesBlock;
}

std::size_t cipherKeySize(CipherAlgorithm algorithm) noexcept
{
    switch (algorithm) {
    case CipherAlgorithm::TripleDes:
    case CipherAlgorithm::Aes128:
        return 16;
    case CipherAlgorithm::Aes192:
        return 24;
    case CipherAlgorithm::Aes256:
        return 32;
    }
    return 0;
}

QByteArray padIso9797(QByteArrayView data, std::size_t blockSize)
{
    QByteArray out = data.toByteArray();
    out.append(kPadMarker);
    while (static_cast<std::size_t>(out.size()) % blockSize != 0)
        out.append('\0');
    return out;
}

Result<QByteArray> unpadIso9797(QByteArrayView data, std::size_t blockSize)
{
    if (data.isEmpty() || static_cast<std::size_t>(data.size()) % blockSize != 0)
        return fail(FailureCode::CardSecureMessagingMalformed,
                    QStringLiteral("padded data of %1 bytes is not whole blocks").arg(data.size()),
                    QStringLiteral("padding"), QStringLiteral("length"));
    qsizetype end = data.size() - 1;
    // At most one block of padding: 80 followed by fewer than blockSize - 1 zeros.
    const qsizetype floor = data.size() - static_cast<qsizetype>(blockSize);
    while (end > floor && data[end] == '\0')
        --end;
    if (data[end] != kPadMarker)
        return fail(FailureCode::CardSecureMessagingMalformed,
                    QStringLiteral("no ISO 9797-1 method 2 padding marker"),
                    QStringLiteral("padding"), QStringLiteral("padding"));
    return data.first(end).toByteArray();
}

Result<QByteArray> cbcEncrypt(CipherAlgorithm algorithm, QByteArrayView key, QByteArrayView iv,
                              QByteArrayView data)
{
    if (auto ok = checkInputs(algorithm, key, iv, data, true); !ok)
        return fail(ok.error());
    return runPublic(cbcCipher(algorithm), key, iv, data, true);
}

Result<crypto::SecureBuffer> cbcDecrypt(CipherAlgorithm algorithm, QByteArrayView key,
                                        QByteArrayView iv, QByteArrayView data)
{
    if (auto ok = checkInputs(algorithm, key, iv, data, true); !ok)
        return fail(ok.error());
    crypto::SecureBuffer out(static_cast<std::size_t>(data.size()));
    if (auto ok = runCipher(cbcCipher(algorithm), key, iv, data, false, out.span()); !ok)
        return fail(ok.error());
    return out;
}

Result<QByteArray> encryptBlock(CipherAlgorithm algorithm, QByteArrayView key, QByteArrayView block)
{
    if (auto ok = checkInputs(algorithm, key, {}, block, false); !ok)
        return fail(ok.error());
    if (static_cast<std::size_t>(block.size()) != cipherBlockSize(algorithm))
        return lengthFailure(QStringLiteral("cipher.data"), QStringLiteral("not one block"));
    return runPublic(ecbCipher(algorithm), key, {}, block, true);
}

Result<QByteArray> retailMac(QByteArrayView key, QByteArrayView paddedData)
{
    if (static_cast<std::size_t>(key.size()) != kTripleDesKey)
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("retail MAC key of %1 bytes, 16 expected").arg(key.size()),
                    QStringLiteral("retail_mac.key"), QStringLiteral("length"));
    if (paddedData.isEmpty() || static_cast<std::size_t>(paddedData.size()) % kDesBlock != 0)
        return lengthFailure(
            QStringLiteral("retail_mac.data"),
            QStringLiteral("%1 bytes are not whole DES blocks").arg(paddedData.size()));
    const auto block = static_cast<qsizetype>(kDesBlock);
    const QByteArrayView k1 = key.first(block);
    // Single DES under K1 is EDE with K1 = K2 (E_K1(D_K1(E_K1(x))) = E_K1(x)).
    crypto::SecureBuffer singleKey(k1);
    singleKey.append(k1);
    QByteArray chain(block, '\0');
    const qsizetype head = paddedData.size() - block;
    if (head > 0) {
        auto cbc =
            cbcEncrypt(CipherAlgorithm::TripleDes, singleKey.view(), chain, paddedData.first(head));
        if (!cbc)
            return cbc;
        chain = cbc->right(block);
    }
    // The last block goes through the full 2-key EDE: E_K1(D_K2(E_K1(x_n XOR H_{n-1}))).
    QByteArray last = paddedData.sliced(head).toByteArray();
    for (qsizetype i = 0; i < block; ++i)
        last[i] = static_cast<char>(last[i] ^ chain[i]);
    return encryptBlock(CipherAlgorithm::TripleDes, key, last);
}

Result<QByteArray> smMac(CipherAlgorithm algorithm, QByteArrayView key, QByteArrayView paddedData)
{
    if (algorithm == CipherAlgorithm::TripleDes)
        return retailMac(key, paddedData);
    auto tag = crypto::aesCmac(key, paddedData);
    if (!tag)
        return tag;
    return tag->first(kSmMacSize);
}

} // namespace guichet::card::emrtd
