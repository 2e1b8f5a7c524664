// BER-TLV encoding: tag bytes as given, definite lengths in the shortest form.
#include "card/iso7816/TlvWriter.h"

namespace guichet::card::iso7816 {

namespace {

constexpr qsizetype kShortLengthMax = 0x7F;
constexpr std::uint8_t kLongLength = 0x80;

} // namespace

TlvWriter &TlvWriter::add(std::uint32_t tag, QByteArrayView value)
{
    m_bytes.append(encode(tag, value));
    return *this;
}

TlvWriter &TlvWriter::add(std::uint32_t tag, const TlvWriter &children)
{
    return add(tag, children.bytes());
}

QByteArray TlvWriter::encode(std::uint32_t tag, QByteArrayView value)
{
    QByteArray out = encodeTag(tag);
    out.append(encodeLength(value.size()));
    out.append(value);
    return out;
}

QByteArray TlvWriter::encodeTag(std::uint32_t tag)
{
    QByteArray out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto b = static_cast<std::uint8_t>((tag >> static_cast<unsigned>(shift)) & 0xFFU);
        if (b != 0 || started || shift == 0) {
            out.append(static_cast<char>(b));
            started = true;
        }
    }
    return out;
}

QByteArray TlvWriter::encodeLength(qsizetype length)
{
    QByteArray out;
    if (length <= kShortLengthMax) {
        out.append(static_cast<char>(length));
        return out;
    }
    QByteArray digits;
    for (auto rest = static_cast<std::uint64_t>(length); rest != 0; rest >>= 8U)
        digits.prepend(static_cast<char>(rest & 0xFFU));
    out.append(static_cast<char>(kLongLength | static_cast<std::uint8_t>(digits.size())));
    out.append(digits);
    return out;
}

} // namespace guichet::card::iso7816
