// BAC key derivation from the MRZ (ICAO 9303-11 §4.3, §9.7.1, Appendix D.1).
#include "card/emrtd/BacKeys.h"

#include "crypto/Digest.h"

#include <openssl/crypto.h>

#include <array>
#include <bit>

namespace guichet::card::emrtd {

namespace {

constexpr std::size_t kSeedSize = 16;
constexpr qsizetype kDateLength = 6;
constexpr int kCheckDigitModulus = 10;
constexpr int kLetterBase = 10;

bool isMrzCharacter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('<');
}

Result<void> checkField(QStringView value, const QString &field, bool digitsOnly)
{
    if (digitsOnly && value.size() != kDateLength)
        return fail(FailureCode::InvalidArgument,
                    QStringLiteral("%1 must have 6 digits").arg(field), field,
                    QStringLiteral("length"));
    if (value.isEmpty())
        return fail(FailureCode::InvalidArgument, QStringLiteral("%1 is empty").arg(field), field,
                    QStringLiteral("length"));
    for (const QChar c : value) {
        const bool ok = digitsOnly ? c.isDigit() && c.unicode() < 0x80 : isMrzCharacter(c);
        if (!ok)
            return fail(FailureCode::InvalidArgument,
                        QStringLiteral("%1 holds a character outside its charset").arg(field),
                        field, QStringLiteral("charset"));
    }
    return success();
}

// A hash result is secret here; copy it into a SecureBuffer and wipe the QByteArray.
crypto::SecureBuffer takeSecret(QByteArray &bytes, std::size_t size)
{
    crypto::SecureBuffer out(QByteArrayView(bytes).first(static_cast<qsizetype>(size)));
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return out;
}

} // namespace

int BacKeys::checkDigit(QStringView field) noexcept
{
    constexpr std::array<int, 3> kWeights{7, 3, 1};
    int sum = 0;
    std::size_t position = 0;
    for (const QChar c : field) {
        int value = 0;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - u'0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - u'A' + kLetterBase;
        else if (c != QLatin1Char('<'))
            return -1;
        sum += value * kWeights.at(position % kWeights.size());
        ++position;
    }
    return sum % kCheckDigitModulus;
}

Result<QString> BacKeys::mrzInformation(QStringView documentNumber, QStringView birthDate,
                                        QStringView expiryDate)
{
    if (auto ok = checkField(documentNumber, QStringLiteral("document_number"), false); !ok)
        return fail(ok.error());
    if (auto ok = checkField(birthDate, QStringLiteral("birth_date"), true); !ok)
        return fail(ok.error());
    if (auto ok = checkField(expiryDate, QStringLiteral("expiry_date"), true); !ok)
        return fail(ok.error());
    QString number = documentNumber.toString();
    while (number.size() < kDocumentNumberMinLength)
        number.append(QLatin1Char('<'));
    QString out;
    for (const QString &field : {number, birthDate.toString(), expiryDate.toString()})
        out += field + QString::number(checkDigit(field));
    return out;
}

Result<BacKeys> BacKeys::fromMrzInformation(QStringView mrzInformation)
{
    if (auto ok = checkField(mrzInformation, QStringLiteral("mrz_information"), false); !ok)
        return fail(ok.error());
    QByteArray latin = mrzInformation.toLatin1();
    auto digest = crypto::hash(crypto::DigestAlgorithm::Sha1, latin);
    OPENSSL_cleanse(latin.data(), static_cast<std::size_t>(latin.size()));
    if (!digest)
        return fail(digest.error());
    BacKeys keys;
    keys.m_seed = takeSecret(*digest, kSeedSize);
    auto enc = deriveKey(keys.m_seed.view(), kEncCounter, CipherAlgorithm::TripleDes);
    if (!enc)
        return fail(enc.error());
    auto mac = deriveKey(keys.m_seed.view(), kMacCounter, CipherAlgorithm::TripleDes);
    if (!mac)
        return fail(mac.error());
    keys.m_enc = std::move(enc).value();
    keys.m_mac = std::move(mac).value();
    return keys;
}

Result<crypto::SecureBuffer> BacKeys::deriveKey(QByteArrayView seed, std::uint32_t counter,
                                                CipherAlgorithm algorithm)
{
    const bool sha1 =
        algorithm == CipherAlgorithm::TripleDes || algorithm == CipherAlgorithm::Aes128;
    auto digest = crypto::Digest::create(sha1 ? crypto::DigestAlgorithm::Sha1
                                              : crypto::DigestAlgorithm::Sha256);
    if (!digest)
        return fail(digest.error());
    const std::array<char, 4> counterBytes{
        static_cast<char>((counter >> 24U) & 0xFFU), static_cast<char>((counter >> 16U) & 0xFFU),
        static_cast<char>((counter >> 8U) & 0xFFU), static_cast<char>(counter & 0xFFU)};
    if (auto ok = digest->update(seed); !ok)
        return fail(ok.error());
    if (auto ok = digest->update(QByteArrayView(counterBytes.data(), counterBytes.size())); !ok)
        return fail(ok.error());
    auto hashed = digest->finish();
    if (!hashed)
        return fail(hashed.error());
    crypto::SecureBuffer key = takeSecret(*hashed, cipherKeySize(algorithm));
    if (algorithm == CipherAlgorithm::TripleDes)
        adjustParity(key.span());
    return key;
}

void BacKeys::adjustParity(std::span<std::uint8_t> key) noexcept
{
    for (std::uint8_t &b : key) {
        const auto high = static_cast<std::uint8_t>(b & 0xFEU);
        b = static_cast<std::uint8_t>(high | ((std::popcount(high) % 2 == 0) ? 1U : 0U));
    }
}

BacKeys BacKeys::copy() const
{
    BacKeys out;
    out.m_seed = m_seed.copy();
    out.m_enc = m_enc.copy();
    out.m_mac = m_mac.copy();
    return out;
}

} // namespace guichet::card::emrtd
