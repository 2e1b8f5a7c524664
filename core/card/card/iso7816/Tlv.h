// Tlv: a strict BER-TLV parser (ISO 7816-4 §5.2, X.690 §8.1) for data read from chips.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace guichet::card::iso7816 {

// Everything a chip returns is hostile until checked, so the parser is strict: definite lengths
// only (indefinite is refused), lengths in the shortest form (an overlong form such as 81 05 is
// refused), at most 4 length bytes, at most 4 tag bytes, every value inside its parent, no bytes
// after the last object where one object is expected, and a nesting limit. Each refusal is
// GU-510 card.tlv_malformed with the tag in `field` ("tlv.5F1F", or "tlv" before a tag is
// known), the check in `check` and the offset in the message.
//
// Tags are kept as the number their bytes spell: 5F 1F is 0x5F1F, 7F 61 is 0x7F61.
class Tlv
{
public:
    static constexpr int kDefaultMaxDepth = 16;
    static constexpr int kMaxTagBytes = 4;
    static constexpr int kMaxLengthBytes = 4;

    enum class Children {
        Parse, // constructed objects are parsed into children(), recursively
        Keep, // only the outer object is parsed; its value is left as bytes (e.g. CMS in EF.SOD)
    };

    // Exactly one object spanning all of `bytes`.
    [[nodiscard]] static Result<Tlv> parse(QByteArrayView bytes,
                                           Children children = Children::Parse,
                                           int maxDepth = kDefaultMaxDepth);
    // One object at the start of `bytes`; `consumed` receives its encoded size. For files read in
    // pieces: the header says how much more to read.
    [[nodiscard]] static Result<Tlv> parsePrefix(QByteArrayView bytes, qsizetype *consumed,
                                                 Children children = Children::Parse,
                                                 int maxDepth = kDefaultMaxDepth);
    // A concatenation of objects (the value of a constructed object, an SM response body).
    [[nodiscard]] static Result<std::vector<Tlv>> parseSequence(QByteArrayView bytes,
                                                                Children children = Children::Parse,
                                                                int maxDepth = kDefaultMaxDepth);

    [[nodiscard]] std::uint32_t tag() const noexcept { return m_tag; }
    // Bit 6 of the first tag byte.
    [[nodiscard]] bool isConstructed() const noexcept { return m_constructed; }
    // The whole encoded object, exactly as read (secure messaging MACs these bytes).
    [[nodiscard]] const QByteArray &encoded() const noexcept { return m_encoded; }
    [[nodiscard]] QByteArrayView value() const noexcept
    {
        return QByteArrayView(m_encoded).sliced(m_headerSize);
    }
    [[nodiscard]] qsizetype headerSize() const noexcept { return m_headerSize; }
    // Where the tag starts, counted from the start of the outermost input.
    [[nodiscard]] qsizetype offset() const noexcept { return m_offset; }
    // Parsed children of a constructed object (empty when primitive or parsed with Keep).
    [[nodiscard]] const std::vector<Tlv> &children() const noexcept { return m_children; }

    // The first direct child with this tag, or nullptr.
    [[nodiscard]] const Tlv *find(std::uint32_t tag) const noexcept;
    // The first direct child with this tag, or GU-510 with check "missing".
    [[nodiscard]] Result<const Tlv *> require(std::uint32_t tag) const;

    // "5F1F", as tags are written in the specifications.
    [[nodiscard]] static QString tagText(std::uint32_t tag);

private:
    struct Cursor;
    [[nodiscard]] static Result<Tlv> parseOne(Cursor &cursor, Children children, int depth,
                                              int maxDepth);

    std::uint32_t m_tag = 0;
    bool m_constructed = false;
    QByteArray m_encoded;
    qsizetype m_headerSize = 0;
    qsizetype m_offset = 0;
    std::vector<Tlv> m_children;
};

} // namespace guichet::card::iso7816
