// RFC 4648 base32 (upper-case alphabet, no padding), the text form of 2D-Doc signatures.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace guichet::barcode {

class Base32
{
public:
    // Strict: only A–Z and 2–7, no '=' padding, a length that a whole number of bytes gives,
    // and zero bits in the unused tail; anything else is nullopt. Strictness costs nothing
    // here because 2D-Doc writers never pad, and it keeps one text per signature.
    [[nodiscard]] static std::optional<QByteArray> decode(QByteArrayView text);
    [[nodiscard]] static QByteArray encode(QByteArrayView bytes);
};

} // namespace guichet::barcode
