// ResponseApdu: the data and status word a card answers, with the ISO 7816-4 status helpers.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace guichet::card::iso7816 {

class ResponseApdu
{
public:
    static constexpr std::uint16_t kSwSuccess = 0x9000;

    ResponseApdu() = default;
    ResponseApdu(QByteArray data, std::uint16_t sw);

    // The bytes as the reader returns them: data then SW1 SW2 (at least two bytes).
    [[nodiscard]] static Result<ResponseApdu> parse(QByteArrayView bytes);

    [[nodiscard]] const QByteArray &data() const noexcept { return m_data; }
    [[nodiscard]] std::uint16_t sw() const noexcept { return m_sw; }
    [[nodiscard]] std::uint8_t sw1() const noexcept
    {
        return static_cast<std::uint8_t>(m_sw >> 8U);
    }
    [[nodiscard]] std::uint8_t sw2() const noexcept
    {
        return static_cast<std::uint8_t>(m_sw & 0xFFU);
    }

    [[nodiscard]] bool isSuccess() const noexcept { return m_sw == kSwSuccess; }
    // 61xx: more data waits; fetch it with GET RESPONSE.
    [[nodiscard]] bool hasMoreData() const noexcept { return sw1() == 0x61; }
    // 6Cxx: wrong Le; send the command again with Le = xx.
    [[nodiscard]] bool isWrongLength() const noexcept { return sw1() == 0x6C; }
    // For 61xx and 6Cxx: SW2 as a byte count, where 00 means 256.
    [[nodiscard]] std::size_t availableLength() const noexcept
    {
        return sw2() == 0 ? std::size_t{256} : std::size_t{sw2()};
    }

    [[nodiscard]] QByteArray encode() const;
    // "9000", "6A82"...
    [[nodiscard]] QString swText() const;
    // Success, or GU-512 card.status_word naming the operation and the status word.
    [[nodiscard]] Result<void> requireSuccess(const QString &operation) const;
    // For logs: SW and length, the payload only when the secure category allows it.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const ResponseApdu &, const ResponseApdu &) = default;

private:
    QByteArray m_data;
    std::uint16_t m_sw = 0;
};

} // namespace guichet::card::iso7816
