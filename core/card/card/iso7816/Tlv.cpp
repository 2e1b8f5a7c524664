// Strict BER-TLV decoding with precise errors: which tag, which offset, which check.
#include "card/iso7816/Tlv.h"

namespace guichet::card::iso7816 {

namespace {

constexpr std::uint8_t kConstructedBit = 0x20;
constexpr std::uint8_t kTagNumberMask = 0x1F;
constexpr std::uint8_t kMoreTagBytes = 0x80;
constexpr std::uint8_t kLongLength = 0x80;
constexpr std::uint8_t kShortLengthMax = 0x7F;

Failure tlvFailure(const QString &check, std::uint32_t tag, bool tagKnown, qsizetype offset,
                   const QString &what)
{
    const QString field =
        tagKnown ? QStringLiteral("tlv.") + Tlv::tagText(tag) : QStringLiteral("tlv");
    return fail(FailureCode::CardTlvMalformed,
                QStringLiteral("%1 at offset %2").arg(what).arg(offset), field, check);
}

} // namespace

// Reads through the outermost input; `base` maps local positions to outermost offsets.
struct Tlv::Cursor {
    QByteArrayView bytes;
    qsizetype position = 0;
    qsizetype base = 0;

    [[nodiscard]] bool atEnd() const noexcept { return position >= bytes.size(); }
    [[nodiscard]] std::uint8_t next() noexcept
    {
        return static_cast<std::uint8_t>(bytes[position++]);
    }
    [[nodiscard]] qsizetype absolute() const noexcept { return base + position; }
};

Result<Tlv> Tlv::parseOne(Cursor &cursor, Children children, int depth, int maxDepth)
{
    const qsizetype start = cursor.position;
    const qsizetype startOffset = cursor.absolute();

    // Tag: one byte, or a first byte with all number bits set and more bytes each with bit 8
    // set except the last; the first of them may not be 80 (X.690 §8.1.2.4.2 c).
    if (cursor.atEnd())
        return tlvFailure(QStringLiteral("truncated_tag"), 0, false, startOffset,
                          QStringLiteral("tag expected, input ends"));
    const std::uint8_t first = cursor.next();
    std::uint32_t tag = first;
    if ((first & kTagNumberMask) == kTagNumberMask) {
        int tagBytes = 1;
        bool more = true;
        while (more) {
            if (cursor.atEnd())
                return tlvFailure(QStringLiteral("truncated_tag"), 0, false, startOffset,
                                  QStringLiteral("multi-byte tag cut short"));
            if (tagBytes == kMaxTagBytes)
                return tlvFailure(QStringLiteral("tag_too_long"), 0, false, startOffset,
                                  QStringLiteral("tag longer than 4 bytes"));
            const std::uint8_t b = cursor.next();
            if (tagBytes == 1 && b == kMoreTagBytes)
                return tlvFailure(QStringLiteral("tag_not_minimal"), 0, false, startOffset,
                                  QStringLiteral("tag with a leading 80 byte"));
            tag = (tag << 8U) | b;
            ++tagBytes;
            more = (b & kMoreTagBytes) != 0;
        }
    }
    const bool constructed = (first & kConstructedBit) != 0;

    // Length: definite only, shortest form, at most 4 bytes after the 8x byte.
    if (cursor.atEnd())
        return tlvFailure(QStringLiteral("truncated_length"), tag, true, cursor.absolute(),
                          QStringLiteral("length expected, input ends"));
    const qsizetype lengthOffset = cursor.absolute();
    const std::uint8_t lengthByte = cursor.next();
    std::uint64_t length = lengthByte;
    if (lengthByte == kLongLength)
        return tlvFailure(QStringLiteral("indefinite_length"), tag, true, lengthOffset,
                          QStringLiteral("indefinite length"));
    if (lengthByte > kLongLength) {
        const int count = lengthByte & kShortLengthMax;
        if (count > kMaxLengthBytes)
            return tlvFailure(QStringLiteral("length_too_long"), tag, true, lengthOffset,
                              QStringLiteral("%1 length bytes (at most 4)").arg(count));
        length = 0;
        for (int i = 0; i < count; ++i) {
            if (cursor.atEnd())
                return tlvFailure(QStringLiteral("truncated_length"), tag, true, lengthOffset,
                                  QStringLiteral("long length cut short"));
            length = (length << 8U) | cursor.next();
        }
        const std::uint64_t shortestFloor =
            count == 1 ? 0x80U : (std::uint64_t{1} << (8U * static_cast<unsigned>(count - 1)));
        if (length < shortestFloor)
            return tlvFailure(QStringLiteral("overlong_length"), tag, true, lengthOffset,
                              QStringLiteral("length not in its shortest form"));
    }
    const qsizetype headerSize = cursor.position - start;
    const auto remaining = static_cast<std::uint64_t>(cursor.bytes.size() - cursor.position);
    if (length > remaining)
        return tlvFailure(
            QStringLiteral("truncated_value"), tag, true, lengthOffset,
            QStringLiteral("value of %1 bytes, only %2 left").arg(length).arg(remaining));

    Tlv tlv;
    tlv.m_tag = tag;
    tlv.m_constructed = constructed;
    tlv.m_headerSize = headerSize;
    tlv.m_offset = startOffset;
    const auto total = headerSize + static_cast<qsizetype>(length);
    tlv.m_encoded = cursor.bytes.sliced(start, total).toByteArray();
    const qsizetype valueOffset = cursor.absolute();
    cursor.position = start + total;

    if (constructed && children == Children::Parse) {
        if (depth >= maxDepth)
            return tlvFailure(QStringLiteral("depth"), tag, true, startOffset,
                              QStringLiteral("nesting deeper than %1").arg(maxDepth));
        Cursor inner{tlv.value(), 0, valueOffset};
        while (!inner.atEnd()) {
            auto child = parseOne(inner, children, depth + 1, maxDepth);
            if (!child)
                return fail(child.error());
            tlv.m_children.push_back(std::move(child).value());
        }
    }
    return tlv;
}

Result<Tlv> Tlv::parsePrefix(QByteArrayView bytes, qsizetype *consumed, Children children,
                             int maxDepth)
{
    Cursor cursor{bytes, 0, 0};
    auto tlv = parseOne(cursor, children, 0, maxDepth);
    if (tlv && consumed)
        *consumed = cursor.position;
    return tlv;
}

Result<Tlv> Tlv::parse(QByteArrayView bytes, Children children, int maxDepth)
{
    qsizetype consumed = 0;
    auto tlv = parsePrefix(bytes, &consumed, children, maxDepth);
    if (!tlv)
        return tlv;
    if (consumed != bytes.size())
        return tlvFailure(QStringLiteral("trailing_bytes"), tlv->tag(), true, consumed,
                          QStringLiteral("%1 bytes after the object").arg(bytes.size() - consumed));
    return tlv;
}

Result<std::vector<Tlv>> Tlv::parseSequence(QByteArrayView bytes, Children children, int maxDepth)
{
    std::vector<Tlv> out;
    Cursor cursor{bytes, 0, 0};
    while (!cursor.atEnd()) {
        auto tlv = parseOne(cursor, children, 0, maxDepth);
        if (!tlv)
            return fail(tlv.error());
        out.push_back(std::move(tlv).value());
    }
    return out;
}

const Tlv *Tlv::find(std::uint32_t tag) const noexcept
{
    for (const Tlv &child : m_children) {
        if (child.tag() == tag)
            return &child;
    }
    return nullptr;
}

Result<const Tlv *> Tlv::require(std::uint32_t tag) const
{
    if (const Tlv *child = find(tag))
        return child;
    return tlvFailure(QStringLiteral("missing"), tag, true, m_offset,
                      QStringLiteral("no %1 inside %2").arg(tagText(tag), tagText(m_tag)));
}

QString Tlv::tagText(std::uint32_t tag)
{
    const int width = tag > 0xFFFFFFU ? 8 : tag > 0xFFFFU ? 6 : tag > 0xFFU ? 4 : 2;
    return QStringLiteral("%1").arg(tag, width, 16, QLatin1Char('0')).toUpper();
}

} // namespace guichet::card::iso7816
