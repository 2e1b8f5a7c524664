// ISO 7816-4 §5.1 command encoding and decoding, short and extended length.
#include "card/iso7816/CommandApdu.h"

#include "common/Log.h"
#include "common/LogPrivacy.h"

#include <utility>

namespace guichet::card::iso7816 {

namespace {

constexpr qsizetype kHeaderSize = 4;

Failure malformed(const QString &message, const QString &check)
{
    return fail(FailureCode::CardApduMalformed, message, QStringLiteral("command_apdu"), check);
}

std::uint8_t byteAt(QByteArrayView bytes, qsizetype index)
{
    return static_cast<std::uint8_t>(bytes[index]);
}

std::size_t twoBytes(QByteArrayView bytes, qsizetype index)
{
    return (std::size_t{byteAt(bytes, index)} << 8U) | byteAt(bytes, index + 1);
}

void appendTwoBytes(QByteArray &out, std::size_t value)
{
    out.append(static_cast<char>((value >> 8U) & 0xFFU));
    out.append(static_cast<char>(value & 0xFFU));
}

Result<void> checkSizes(std::size_t nc, std::size_t ne)
{
    if (nc > CommandApdu::kMaxExtendedNc)
        return malformed(QStringLiteral("command data of %1 bytes exceeds 65535").arg(nc),
                         QStringLiteral("nc_range"));
    if (ne > CommandApdu::kMaxExtendedNe)
        return malformed(QStringLiteral("Ne of %1 exceeds 65536").arg(ne),
                         QStringLiteral("ne_range"));
    return success();
}

} // namespace

CommandApdu::CommandApdu(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2,
                         QByteArray data, std::size_t ne)
    : m_cla(cla), m_ins(ins), m_p1(p1), m_p2(p2), m_data(std::move(data)), m_ne(ne)
{ }

Result<CommandApdu> CommandApdu::create(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1,
                                        std::uint8_t p2, QByteArray data, std::size_t ne)
{
    if (auto sizes = checkSizes(static_cast<std::size_t>(data.size()), ne); !sizes)
        return fail(sizes.error());
    return CommandApdu(cla, ins, p1, p2, std::move(data), ne);
}

Result<CommandApdu> CommandApdu::parse(QByteArrayView bytes)
{
    if (bytes.size() < kHeaderSize)
        return malformed(
            QStringLiteral("command of %1 bytes is shorter than its header").arg(bytes.size()),
            QStringLiteral("header"));
    CommandApdu apdu(byteAt(bytes, 0), byteAt(bytes, 1), byteAt(bytes, 2), byteAt(bytes, 3));
    const QByteArrayView body = bytes.sliced(kHeaderSize);
    if (body.isEmpty())
        return apdu; // case 1
    if (body.size() == 1) { // case 2S
        apdu.m_ne = byteAt(body, 0) == 0 ? kMaxShortNe : byteAt(body, 0);
        return apdu;
    }
    if (byteAt(body, 0) != 0) { // short Lc: case 3S or 4S
        const auto nc = qsizetype{byteAt(body, 0)};
        if (body.size() == 1 + nc) {
            apdu.m_data = body.sliced(1, nc).toByteArray();
            return apdu;
        }
        if (body.size() == 2 + nc) {
            apdu.m_data = body.sliced(1, nc).toByteArray();
            const auto le = byteAt(body, 1 + nc);
            apdu.m_ne = le == 0 ? kMaxShortNe : le;
            return apdu;
        }
        return malformed(QStringLiteral("short Lc of %1 does not match a body of %2 bytes")
                             .arg(nc)
                             .arg(body.size()),
                         QStringLiteral("lc"));
    }
    // Extended length: the body starts with 00.
    if (body.size() == 3) { // case 2E
        const std::size_t le = twoBytes(body, 1);
        apdu.m_ne = le == 0 ? kMaxExtendedNe : le;
        return apdu;
    }
    if (body.size() < 3)
        return malformed(QStringLiteral("extended length field truncated"),
                         QStringLiteral("extended_length"));
    const auto nc = static_cast<qsizetype>(twoBytes(body, 1));
    if (nc == 0)
        return malformed(QStringLiteral("extended Lc of 0"), QStringLiteral("lc"));
    if (body.size() == 3 + nc) { // case 3E
        apdu.m_data = body.sliced(3, nc).toByteArray();
        return apdu;
    }
    if (body.size() == 5 + nc) { // case 4E
        apdu.m_data = body.sliced(3, nc).toByteArray();
        const std::size_t le = twoBytes(body, 3 + nc);
        apdu.m_ne = le == 0 ? kMaxExtendedNe : le;
        return apdu;
    }
    return malformed(QStringLiteral("extended Lc of %1 does not match a body of %2 bytes")
                         .arg(nc)
                         .arg(body.size()),
                     QStringLiteral("lc"));
}

int CommandApdu::isoCase() const noexcept
{
    if (m_data.isEmpty())
        return m_ne == 0 ? 1 : 2;
    return m_ne == 0 ? 3 : 4;
}

bool CommandApdu::needsExtendedLength() const noexcept
{
    return static_cast<std::size_t>(m_data.size()) > kMaxShortNc || m_ne > kMaxShortNe;
}

CommandApdu CommandApdu::withNe(std::size_t ne) const
{
    CommandApdu copy = *this;
    copy.m_ne = ne;
    return copy;
}

CommandApdu CommandApdu::withCla(std::uint8_t cla) const
{
    CommandApdu copy = *this;
    copy.m_cla = cla;
    return copy;
}

Result<QByteArray> CommandApdu::encode(Encoding encoding) const
{
    const auto nc = static_cast<std::size_t>(m_data.size());
    if (auto sizes = checkSizes(nc, m_ne); !sizes)
        return fail(sizes.error());
    bool extended = encoding == Encoding::Extended;
    if (encoding == Encoding::Automatic)
        extended = needsExtendedLength();
    if (!extended && needsExtendedLength())
        return malformed(QStringLiteral("Nc %1 / Ne %2 do not fit short length").arg(nc).arg(m_ne),
                         QStringLiteral("short_length"));

    QByteArray out;
    out.reserve(static_cast<qsizetype>(kHeaderSize + 3 + nc + 2));
    for (const std::uint8_t b : {m_cla, m_ins, m_p1, m_p2})
        out.append(static_cast<char>(b));
    if (extended) {
        if (nc > 0) {
            out.append('\0');
            appendTwoBytes(out, nc);
            out.append(m_data);
        }
        if (m_ne > 0) {
            if (nc == 0)
                out.append('\0'); // case 2E starts its Le with the extended marker
            appendTwoBytes(out, m_ne == kMaxExtendedNe ? 0 : m_ne);
        }
        return out;
    }
    if (nc > 0) {
        out.append(static_cast<char>(nc));
        out.append(m_data);
    }
    if (m_ne > 0)
        out.append(static_cast<char>(m_ne == kMaxShortNe ? 0 : m_ne));
    return out;
}

QString CommandApdu::describe() const
{
    auto bytes = encode();
    if (!bytes)
        return QStringLiteral("unencodable APDU (INS %1)").arg(m_ins, 2, 16, QLatin1Char('0'));
    return log::describeCommandApdu(
        *bytes, log::secureLoggingEnabled() ? log::Disclosure::Secure : log::Disclosure::Redacted);
}

} // namespace guichet::card::iso7816
