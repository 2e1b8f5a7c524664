// RFC 4648 base32 without padding.
#include "barcode/Base32.h"

namespace guichet::barcode {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int symbolValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

} // namespace

std::optional<QByteArray> Base32::decode(QByteArrayView text)
{
    // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = symbolValue(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFFU));
        }
        buffer &= (1U << bits) - 1U;
    }
    if (buffer != 0)
        return std::nullopt;
    return out;
}

QByteArray Base32::encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(kAlphabet[(buffer >> bits) & 0x1FU]);
        }
        buffer &= (1U << bits) - 1U;
    }
    if (bits > 0)
        out.append(kAlphabet[(buffer << (5 - bits)) & 0x1FU]);
    return out;
}

} // namespace guichet::barcode
