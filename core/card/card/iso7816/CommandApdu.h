// CommandApdu: an ISO 7816-4 command (cases 1 to 4, short and extended length), built and encoded.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace guichet::card::iso7816 {

// Ne (the number of response bytes expected) is kept as a number, not as the Le byte(s): Ne = 0
// means "no Le field" (cases 1 and 3); 256 is encoded as a short Le of 00 and 65536 as an
// extended Le of 0000, as ISO 7816-4 §5.1 defines. Keeping Ne avoids the classic confusion of
// "Le = 00" with "no response data".
class CommandApdu
{
public:
    static constexpr std::size_t kMaxShortNc = 255;
    static constexpr std::size_t kMaxShortNe = 256;
    static constexpr std::size_t kMaxExtendedNc = 65535;
    static constexpr std::size_t kMaxExtendedNe = 65536;

    enum class Encoding {
        Automatic, // short when data and Ne fit, extended otherwise
        Short,
        Extended,
    };

    CommandApdu() = default;
    // Sizes beyond the extended limits are caught by encode(); use create() to check early.
    CommandApdu(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2,
                QByteArray data = {}, std::size_t ne = 0);

    [[nodiscard]] static Result<CommandApdu> create(std::uint8_t cla, std::uint8_t ins,
                                                    std::uint8_t p1, std::uint8_t p2,
                                                    QByteArray data = {}, std::size_t ne = 0);
    // Decodes the bytes of any case, short or extended; anything ambiguous or left over fails
    // with GU-511 card.apdu_malformed.
    [[nodiscard]] static Result<CommandApdu> parse(QByteArrayView bytes);

    [[nodiscard]] std::uint8_t cla() const noexcept { return m_cla; }
    [[nodiscard]] std::uint8_t ins() const noexcept { return m_ins; }
    [[nodiscard]] std::uint8_t p1() const noexcept { return m_p1; }
    [[nodiscard]] std::uint8_t p2() const noexcept { return m_p2; }
    [[nodiscard]] const QByteArray &data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t ne() const noexcept { return m_ne; }
    // 1 to 4, from the presence of data and of Le.
    [[nodiscard]] int isoCase() const noexcept;
    // Whether Automatic encoding needs extended length.
    [[nodiscard]] bool needsExtendedLength() const noexcept;

    [[nodiscard]] CommandApdu withNe(std::size_t ne) const;
    [[nodiscard]] CommandApdu withCla(std::uint8_t cla) const;

    [[nodiscard]] Result<QByteArray> encode(Encoding encoding = Encoding::Automatic) const;
    // For logs: header, Lc/Le and a payload only when the secure category allows it.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const CommandApdu &, const CommandApdu &) = default;

private:
    std::uint8_t m_cla = 0;
    std::uint8_t m_ins = 0;
    std::uint8_t m_p1 = 0;
    std::uint8_t m_p2 = 0;
    QByteArray m_data;
    std::size_t m_ne = 0;
};

} // namespace guichet::card::iso7816
