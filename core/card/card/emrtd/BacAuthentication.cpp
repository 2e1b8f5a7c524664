// BAC mutual authentication computations: cryptogram, chip answer check, session keys.
#include "card/emrtd/BacAuthentication.h"

#include "card/emrtd/Cipher.h"
#include "crypto/ConstantTime.h"
#include "crypto/Random.h"

#include <utility>

namespace guichet::card::emrtd {

namespace {

constexpr std::uint8_t kInsGetChallenge = 0x84;
constexpr std::uint8_t kInsExternalAuthenticate = 0x82;
constexpr qsizetype kEncryptedSize = 32;
constexpr qsizetype kSscHalf = 4;

Failure bacFailure(const QString &check, const QString &message)
{
    return fail(FailureCode::CardBacFailed, message, QStringLiteral("bac"), check);
}

const QByteArray &zeroIv()
{
    static const QByteArray kZero(8, '\0');
    return kZero;
}

} // namespace

BacAuthentication::BacAuthentication(BacKeys keys, QByteArray rndIfd, crypto::SecureBuffer kIfd)
    : m_keys(std::move(keys)), m_rndIfd(std::move(rndIfd)), m_kIfd(std::move(kIfd))
{ }

Result<BacAuthentication> BacAuthentication::create(const BacKeys &keys)
{
    auto rnd = crypto::randomBytes(kNonceSize);
    if (!rnd)
        return fail(rnd.error());
    auto kIfd = crypto::randomSecret(kKeyMaterialSize);
    if (!kIfd)
        return fail(kIfd.error());
    return createWith(keys, *rnd, std::move(kIfd).value());
}

Result<BacAuthentication> BacAuthentication::createWith(const BacKeys &keys, QByteArrayView rndIfd,
                                                        crypto::SecureBuffer kIfd)
{
    if (rndIfd.size() != kNonceSize || kIfd.size() != static_cast<std::size_t>(kKeyMaterialSize))
        return fail(FailureCode::InvalidArgument,
                    QStringLiteral("RND.IFD must be 8 bytes and K.IFD 16 bytes"),
                    QStringLiteral("bac.terminal_random"), QStringLiteral("length"));
    return BacAuthentication(keys.copy(), rndIfd.toByteArray(), std::move(kIfd));
}

iso7816::CommandApdu BacAuthentication::getChallengeCommand()
{
    return {0x00, kInsGetChallenge, 0x00, 0x00, {}, static_cast<std::size_t>(kNonceSize)};
}

Result<iso7816::CommandApdu> BacAuthentication::externalAuthenticateCommand(QByteArrayView rndIcc)
{
    if (rndIcc.size() != kNonceSize)
        return bacFailure(
            QStringLiteral("challenge_length"),
            QStringLiteral("chip challenge of %1 bytes, 8 expected").arg(rndIcc.size()));
    m_rndIcc = rndIcc.toByteArray();
    crypto::SecureBuffer s(m_rndIfd);
    s.append(m_rndIcc);
    s.append(m_kIfd.view());
    auto encrypted =
        cbcEncrypt(CipherAlgorithm::TripleDes, m_keys.encKey().view(), zeroIv(), s.view());
    if (!encrypted)
        return fail(encrypted.error());
    auto mac = retailMac(m_keys.macKey().view(), padIso9797(*encrypted, 8));
    if (!mac)
        return fail(mac.error());
    return iso7816::CommandApdu(0x00, kInsExternalAuthenticate, 0x00, 0x00,
                                QByteArray(*encrypted).append(*mac),
                                static_cast<std::size_t>(kCryptogramSize));
}

Result<SessionKeys> BacAuthentication::completeAuthentication(const iso7816::ResponseApdu &response)
{
    if (m_rndIcc.isEmpty())
        return fail(FailureCode::CryptoStateError,
                    QStringLiteral("BAC answer checked before the command was built"));
    if (!response.isSuccess())
        return bacFailure(QStringLiteral("status_word"),
                          QStringLiteral("EXTERNAL AUTHENTICATE returned %1 (wrong MRZ?)")
                              .arg(response.swText()));
    const QByteArrayView data = response.data();
    if (data.size() != kCryptogramSize)
        return bacFailure(QStringLiteral("length"),
                          QStringLiteral("chip answer of %1 bytes, 40 expected").arg(data.size()));
    const QByteArrayView eIcc = data.first(kEncryptedSize);
    auto mac = retailMac(m_keys.macKey().view(), padIso9797(eIcc, 8));
    if (!mac)
        return fail(mac.error());
    if (!crypto::constantTimeEquals(*mac, data.sliced(kEncryptedSize)))
        return bacFailure(QStringLiteral("mac"), QStringLiteral("chip answer MAC mismatch"));
    auto r = cbcDecrypt(CipherAlgorithm::TripleDes, m_keys.encKey().view(), zeroIv(), eIcc);
    if (!r)
        return fail(r.error());
    const QByteArrayView plain = r->view();
    if (!crypto::constantTimeEquals(plain.first(kNonceSize), m_rndIcc) ||
        !crypto::constantTimeEquals(plain.sliced(kNonceSize, kNonceSize), m_rndIfd))
        return bacFailure(QStringLiteral("nonce"),
                          QStringLiteral("chip answer does not carry both nonces"));

    crypto::SecureBuffer seed(plain.sliced(2 * kNonceSize, kKeyMaterialSize));
    for (std::size_t i = 0; i < seed.size(); ++i)
        seed.data()[i] ^= m_kIfd.data()[i];
    auto enc = BacKeys::deriveKey(seed.view(), BacKeys::kEncCounter, CipherAlgorithm::TripleDes);
    if (!enc)
        return fail(enc.error());
    auto macKey = BacKeys::deriveKey(seed.view(), BacKeys::kMacCounter, CipherAlgorithm::TripleDes);
    if (!macKey)
        return fail(macKey.error());
    SessionKeys keys;
    keys.algorithm = CipherAlgorithm::TripleDes;
    keys.encKey = std::move(enc).value();
    keys.macKey = std::move(macKey).value();
    keys.ssc = m_rndIcc.sliced(kSscHalf).append(m_rndIfd.sliced(kSscHalf));
    return keys;
}

} // namespace guichet::card::emrtd
