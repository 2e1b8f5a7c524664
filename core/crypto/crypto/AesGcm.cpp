// EVP AES-GCM wrapper.
#include "crypto/AesGcm.h"

#include "crypto/OpenSslError.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace guichet::crypto {

namespace {

const EVP_CIPHER *cipherForKey(qsizetype keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

constexpr std::size_t kMaxChunk = static_cast<std::size_t>(std::numeric_limits<int>::max() / 2);

Failure stateFailure(const char *what)
{
    return fail(FailureCode::CryptoStateError,
                QStringLiteral("AES-GCM call out of order: %1").arg(QLatin1String(what)),
                QStringLiteral("aes_gcm"), QStringLiteral("state"));
}

Result<void> checkTagSize(std::size_t tagSize)
{
    if (tagSize < AesGcm::kMinTagSize || tagSize > AesGcm::kTagSize)
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("AES-GCM tag must be 12 to 16 bytes, got %1").arg(tagSize),
                    QStringLiteral("aes_gcm.tag"), QStringLiteral("length"));
    return success();
}

} // namespace

AesGcm::AesGcm(EvpCipherCtxPtr context, bool encrypting)
    : m_context(std::move(context)), m_encrypting(encrypting)
{ }

Result<AesGcm> AesGcm::create(QByteArrayView key, QByteArrayView iv, bool encrypting)
{
    const EVP_CIPHER *cipher = cipherForKey(key.size());
    if (!cipher)
        return fail(FailureCode::CryptoInvalidKey,
                    QStringLiteral("AES key must be 16, 24 or 32 bytes, got %1").arg(key.size()),
                    QStringLiteral("aes_gcm.key"), QStringLiteral("length"));
    if (iv.isEmpty() || iv.size() > 1024)
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("AES-GCM IV must be 1 to 1024 bytes, got %1").arg(iv.size()),
                    QStringLiteral("aes_gcm.iv"), QStringLiteral("length"));

    EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    if (!context)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CIPHER_CTX_new"));
    const int enc = encrypting ? 1 : 0;
    if (EVP_CipherInit_ex(context.get(), cipher, nullptr, nullptr, nullptr, enc) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                            nullptr) != 1 ||
        EVP_CipherInit_ex(context.get(), nullptr, nullptr,
                          reinterpret_cast<const unsigned char *>(key.data()),
                          reinterpret_cast<const unsigned char *>(iv.data()), enc) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CipherInit"),
                              QStringLiteral("aes_gcm"));
    return AesGcm(std::move(context), encrypting);
}

Result<AesGcm> AesGcm::encryptor(QByteArrayView key, QByteArrayView iv)
{
    return create(key, iv, true);
}

Result<AesGcm> AesGcm::decryptor(QByteArrayView key, QByteArrayView iv)
{
    return create(key, iv, false);
}

Result<void> AesGcm::addAad(QByteArrayView aad)
{
    if (m_stage != Stage::Aad)
        return stateFailure("AAD after data");
    while (!aad.isEmpty()) {
        const auto chunk = std::min(static_cast<std::size_t>(aad.size()), kMaxChunk);
        int written = 0;
        if (EVP_CipherUpdate(m_context.get(), nullptr, &written,
                             reinterpret_cast<const unsigned char *>(aad.data()),
                             static_cast<int>(chunk)) != 1)
            return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CipherUpdate"),
                                  QStringLiteral("aes_gcm.aad"));
        aad = aad.sliced(static_cast<qsizetype>(chunk));
    }
    return success();
}

Result<void> AesGcm::update(QByteArrayView input, std::span<std::uint8_t> output)
{
    if (m_stage == Stage::Finished)
        return stateFailure("data after finish");
    if (output.size() < static_cast<std::size_t>(input.size()))
        return fail(FailureCode::CryptoInvalidLength, QStringLiteral("output buffer too small"),
                    QStringLiteral("aes_gcm.output"), QStringLiteral("length"));
    m_stage = Stage::Data;
    std::size_t offset = 0;
    while (!input.isEmpty()) {
        const auto chunk = std::min(static_cast<std::size_t>(input.size()), kMaxChunk);
        int written = 0;
        if (EVP_CipherUpdate(m_context.get(), output.data() + offset, &written,
                             reinterpret_cast<const unsigned char *>(input.data()),
                             static_cast<int>(chunk)) != 1)
            return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CipherUpdate"),
                                  QStringLiteral("aes_gcm.data"));
        // GCM is a stream mode: OpenSSL writes exactly what it reads.
        offset += static_cast<std::size_t>(written);
        input = input.sliced(static_cast<qsizetype>(chunk));
    }
    return success();
}

Result<QByteArray> AesGcm::update(QByteArrayView input)
{
    QByteArray out(input.size(), Qt::Uninitialized);
    if (auto ok = update(input, std::span(reinterpret_cast<std::uint8_t *>(out.data()),
                                          static_cast<std::size_t>(out.size())));
        !ok)
        return fail(ok.error());
    return out;
}

Result<QByteArray> AesGcm::finishEncrypt(std::size_t tagSize)
{
    if (!m_encrypting)
        return stateFailure("finishEncrypt on a decryptor");
    if (m_stage == Stage::Finished)
        return stateFailure("finished twice");
    if (auto ok = checkTagSize(tagSize); !ok)
        return fail(ok.error());
    m_stage = Stage::Finished;
    unsigned char scratch[16];
    int written = 0;
    if (EVP_CipherFinal_ex(m_context.get(), scratch, &written) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CipherFinal"),
                              QStringLiteral("aes_gcm"));
    QByteArray tag(static_cast<qsizetype>(tagSize), Qt::Uninitialized);
    if (EVP_CIPHER_CTX_ctrl(m_context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(tagSize),
                            tag.data()) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CTRL_GCM_GET_TAG"),
                              QStringLiteral("aes_gcm.tag"));
    return tag;
}

Result<void> AesGcm::finishDecrypt(QByteArrayView tag)
{
    if (m_encrypting)
        return stateFailure("finishDecrypt on an encryptor");
    if (m_stage == Stage::Finished)
        return stateFailure("finished twice");
    if (auto ok = checkTagSize(static_cast<std::size_t>(tag.size())); !ok)
        return ok;
    m_stage = Stage::Finished;
    QByteArray tagCopy = tag.toByteArray();
    if (EVP_CIPHER_CTX_ctrl(m_context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tagCopy.size()),
                            tagCopy.data()) != 1)
        return opensslFailure(FailureCode::CryptoBackend, QStringLiteral("EVP_CTRL_GCM_SET_TAG"),
                              QStringLiteral("aes_gcm.tag"));
    unsigned char scratch[16];
    int written = 0;
    if (EVP_CipherFinal_ex(m_context.get(), scratch, &written) != 1) {
        clearOpenSslErrors();
        return fail(FailureCode::CryptoAuthenticationFailed,
                    QStringLiteral("AES-GCM tag does not authenticate the data"),
                    QStringLiteral("aes_gcm.tag"), QStringLiteral("tag"));
    }
    return success();
}

Result<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                              QByteArrayView plaintext, std::size_t tagSize)
{
    auto gcm = AesGcm::encryptor(key, iv);
    if (!gcm)
        return fail(gcm.error());
    if (auto ok = gcm->addAad(aad); !ok)
        return fail(ok.error());
    auto ciphertext = gcm->update(plaintext);
    if (!ciphertext)
        return fail(ciphertext.error());
    auto tag = gcm->finishEncrypt(tagSize);
    if (!tag)
        return fail(tag.error());
    return QByteArray(ciphertext.value() + tag.value());
}

Result<SecureBuffer> aesGcmOpen(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                                QByteArrayView sealed, std::size_t tagSize)
{
    if (auto ok = checkTagSize(tagSize); !ok)
        return fail(ok.error());
    if (static_cast<std::size_t>(sealed.size()) < tagSize)
        return fail(FailureCode::CryptoInvalidLength,
                    QStringLiteral("sealed data shorter than its tag"),
                    QStringLiteral("aes_gcm.sealed"), QStringLiteral("length"));
    const auto ciphertextSize = sealed.size() - static_cast<qsizetype>(tagSize);
    auto gcm = AesGcm::decryptor(key, iv);
    if (!gcm)
        return fail(gcm.error());
    if (auto ok = gcm->addAad(aad); !ok)
        return fail(ok.error());
    SecureBuffer plaintext(static_cast<std::size_t>(ciphertextSize));
    if (auto ok = gcm->update(sealed.first(ciphertextSize), plaintext.span()); !ok)
        return fail(ok.error());
    if (auto ok = gcm->finishDecrypt(sealed.sliced(ciphertextSize)); !ok)
        return fail(ok.error()); // plaintext is wiped as it goes out of scope
    return plaintext;
}

} // namespace guichet::crypto
