// Response APDU decoding and status-word interpretation (ISO 7816-4 §5.6).
#include "card/iso7816/ResponseApdu.h"

#include "common/Log.h"
#include "common/LogPrivacy.h"

#include <utility>

namespace guichet::card::iso7816 {

ResponseApdu::ResponseApdu(QByteArray data, std::uint16_t sw)
    : m_data(std::move(data)), m_sw(sw) { }

Result<ResponseApdu> ResponseApdu::parse(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return fail(FailureCode::CardApduMalformed,
                    QStringLiteral("response of %1 bytes has no status word").arg(bytes.size()),
                    QStringLiteral("response_apdu"), QStringLiteral("status_word"));
    const qsizetype n = bytes.size() - 2;
    const auto sw = static_cast<std::uint16_t>((static_cast<std::uint8_t>(bytes[n]) << 8U) |
                                               static_cast<std::uint8_t>(bytes[n + 1]));
    return ResponseApdu(bytes.first(n).toByteArray(), sw);
}

QByteArray ResponseApdu::encode() const
{
    QByteArray out = m_data;
    out.append(static_cast<char>(sw1()));
    out.append(static_cast<char>(sw2()));
    return out;
}

QString ResponseApdu::swText() const
{
    return QStringLiteral("%1").arg(m_sw, 4, 16, QLatin1Char('0')).toUpper();
}

Result<void> ResponseApdu::requireSuccess(const QString &operation) const
{
    if (isSuccess())
        return success();
    return fail(FailureCode::CardStatusWord,
                QStringLiteral("%1 returned status %2").arg(operation, swText()),
                QStringLiteral("status_word"), swText());
}

QString ResponseApdu::describe() const
{
    return log::describeResponseApdu(encode(), log::secureLoggingEnabled()
                                                   ? log::Disclosure::Secure
                                                   : log::Disclosure::Redacted);
}

} // namespace guichet::card::iso7816
