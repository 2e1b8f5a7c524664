// TlvWriter: BER-TLV encoding in the shortest form, for commands, secure messaging and tests.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace guichet::card::iso7816 {

// Appends objects one after the other; nest by encoding a child writer's bytes as a value.
// Tags are numbers as Tlv reads them (0x5F1F for 5F 1F); lengths use the shortest definite form
// so that what is written here is what the strict parser accepts.
class TlvWriter
{
public:
    TlvWriter &add(std::uint32_t tag, QByteArrayView value);
    TlvWriter &add(std::uint32_t tag, const TlvWriter &children);

    [[nodiscard]] const QByteArray &bytes() const noexcept { return m_bytes; }

    [[nodiscard]] static QByteArray encode(std::uint32_t tag, QByteArrayView value);
    [[nodiscard]] static QByteArray encodeTag(std::uint32_t tag);
    [[nodiscard]] static QByteArray encodeLength(qsizetype length);

private:
    QByteArray m_bytes;
};

} // namespace guichet::card::iso7816
