// APDU redaction and keyed pseudonyms for logs.
#include "common/LogPrivacy.h"

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cstdint>
#include <mutex>

namespace guichet::log {

namespace {

constexpr std::uint8_t kInsVerify = 0x20;
constexpr std::uint8_t kInsVerifyOdd = 0x21;
constexpr std::uint8_t kInsChangeReferenceData = 0x24;
constexpr std::uint8_t kInsResetRetryCounter = 0x2C;

bool carriesPin(std::uint8_t ins)
{
    return ins == kInsVerify || ins == kInsVerifyOdd || ins == kInsChangeReferenceData ||
           ins == kInsResetRetryCounter;
}

QString hexByte(std::uint8_t b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
}

QString hexBytes(QByteArrayView data)
{
    return QString::fromLatin1(data.toByteArray().toHex(' ').toUpper());
}

std::uint8_t at(QByteArrayView data, qsizetype i)
{
    return static_cast<std::uint8_t>(data[i]);
}

QString payload(QByteArrayView data, bool show)
{
    if (show)
        return QLatin1Char('[') + hexBytes(data) + QLatin1Char(']');
    return QStringLiteral("<%1 bytes>").arg(data.size());
}

} // namespace

QString describeCommandApdu(QByteArrayView apdu, Disclosure disclosure)
{
    if (apdu.size() < 4)
        return QStringLiteral("malformed APDU (%1 bytes)").arg(apdu.size());

    const std::uint8_t ins = at(apdu, 1);
    const bool show = disclosure == Disclosure::Secure && !carriesPin(ins);
    QString text = hexByte(at(apdu, 0)) + QLatin1Char(' ') + hexByte(ins) + QLatin1Char(' ') +
                   hexByte(at(apdu, 2)) + QLatin1Char(' ') + hexByte(at(apdu, 3));
    const qsizetype size = apdu.size();
    if (size == 4)
        return text; // case 1

    const std::uint8_t b4 = at(apdu, 4);
    if (size == 5) // case 2 short
        return text + QStringLiteral(" Le=%1").arg(b4 == 0 ? 256 : b4);

    if (b4 != 0) { // short Lc
        const qsizetype lc = b4;
        if (size == 5 + lc)
            return text + QStringLiteral(" Lc=%1 ").arg(lc) + payload(apdu.sliced(5, lc), show);
        if (size == 6 + lc) {
            const std::uint8_t le = at(apdu, size - 1);
            return text + QStringLiteral(" Lc=%1 ").arg(lc) + payload(apdu.sliced(5, lc), show) +
                   QStringLiteral(" Le=%1").arg(le == 0 ? 256 : le);
        }
        return text + QStringLiteral(" malformed (Lc=%1, %2 bytes)").arg(lc).arg(size);
    }

    // Extended length: 00 then two bytes.
    if (size < 7)
        return text + QStringLiteral(" malformed (%1 bytes)").arg(size);
    const qsizetype n = (qsizetype{at(apdu, 5)} << 8) | at(apdu, 6);
    if (size == 7) // case 2 extended
        return text + QStringLiteral(" Le=%1").arg(n == 0 ? 65536 : n);
    if (n > 0 && size == 7 + n)
        return text + QStringLiteral(" Lc=%1 ").arg(n) + payload(apdu.sliced(7, n), show);
    if (n > 0 && size == 9 + n) {
        const qsizetype le = (qsizetype{at(apdu, size - 2)} << 8) | at(apdu, size - 1);
        return text + QStringLiteral(" Lc=%1 ").arg(n) + payload(apdu.sliced(7, n), show) +
               QStringLiteral(" Le=%1").arg(le == 0 ? 65536 : le);
    }
    return text + QStringLiteral(" malformed (extended Lc=%1, %2 bytes)").arg(n).arg(size);
}

QString describeResponseApdu(QByteArrayView response, Disclosure disclosure)
{
    if (response.size() < 2)
        return QStringLiteral("malformed response (%1 bytes)").arg(response.size());
    const qsizetype dataSize = response.size() - 2;
    QString text = QStringLiteral("SW=") + hexByte(at(response, dataSize)) +
                   hexByte(at(response, dataSize + 1));
    if (dataSize > 0) {
        text +=
            QLatin1Char(' ') + payload(response.first(dataSize), disclosure == Disclosure::Secure);
    }
    return text;
}

QString pseudonym(QByteArrayView value)
{
    static std::array<unsigned char, 32> key{};
    static std::once_flag once;
    std::call_once(once, [] {
        if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
            qFatal("guichet: no randomness for log pseudonyms");
    });

    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    std::size_t macSize = 0;
    const unsigned char *result =
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(),
                  reinterpret_cast<const unsigned char *>(value.data()),
                  static_cast<std::size_t>(value.size()), mac.data(), mac.size(), &macSize);
    if (!result || macSize < 8)
        return QStringLiteral("p:unavailable");
    return QStringLiteral("p:") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac.data()), 8).toHex());
}

} // namespace guichet::log
