// Decoding of the C40 text and binary v04 2D-Doc headers (ANTS spec §4).
#include "barcode/TwoDDocHeader.h"

#include <array>
#include <optional>

namespace guichet::barcode {

namespace {

// Positions of the C40 header; each entry covers its field up to the next one's start.
struct HeaderPart {
    qsizetype start;
    const char *name;
};
constexpr std::array kC40Parts{
    HeaderPart{0, "header.marker"},         HeaderPart{2, "header.version"},
    HeaderPart{4, "header.ca_id"},          HeaderPart{8, "header.certificate_id"},
    HeaderPart{12, "header.issue_date"},    HeaderPart{16, "header.signature_date"},
    HeaderPart{20, "header.document_type"}, HeaderPart{22, "header.perimeter"},
    HeaderPart{24, "header.country"},
};

QString partAt(qsizetype position)
{
    const char *name = kC40Parts.front().name;
    for (const auto &part : kC40Parts) {
        if (part.start <= position)
            name = part.name;
    }
    return QString::fromLatin1(name);
}

Failure malformed(const QString &field, const QString &check, const QString &message)
{
    return fail(FailureCode::Barcode2DDocMalformed, message, field, check);
}

bool isUpperAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

// Four hex digits: days since 2000-01-01, "FFFF" meaning not dated.
Result<QDate> hexDays(QByteArrayView text, const QString &field)
{
    if (text == "FFFF")
        return QDate();
    bool ok = false;
    const uint days = QByteArray(text.data(), text.size()).toUInt(&ok, 16);
    if (!ok)
        return malformed(field, QStringLiteral("hex_date"),
                         QStringLiteral("2D-Doc header date is not four hex digits"));
    return QDate(2000, 1, 1).addDays(days);
}

unsigned bigEndian(QByteArrayView bytes)
{
    unsigned value = 0;
    for (const char c : bytes)
        value = (value << 8) | static_cast<unsigned char>(c);
    return value;
}

// Three C40 values packed in two bytes: (c1 * 1600 + c2 * 40 + c3) + 1.
std::optional<QString> unpackC40(QByteArrayView bytes)
{
    static constexpr char kBasicSet[] = "    0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const unsigned packed = bigEndian(bytes.sliced(i, 2));
        if (packed == 0 || packed > 64000)
            return std::nullopt;
        const unsigned value = packed - 1;
        for (const unsigned c : {value / 1600, (value / 40) % 40, value % 40}) {
            // Values 0–2 shift to other sets and 3 is a space: neither belongs in a header.
            if (c < 4)
                return std::nullopt;
            out.append(QLatin1Char(kBasicSet[c]));
        }
    }
    return out;
}

// MMDDYYYY as a 24-bit integer, 0xFFFFFF meaning not dated.
Result<QDate> binaryDate(QByteArrayView bytes, const QString &field)
{
    const unsigned value = bigEndian(bytes);
    if (value == 0xFFFFFFU)
        return QDate();
    const QDate date(static_cast<int>(value % 10000), static_cast<int>(value / 1000000),
                     static_cast<int>((value / 10000) % 100));
    if (!date.isValid())
        return malformed(field, QStringLiteral("date"),
                         QStringLiteral("2D-Doc binary header date is not a valid MMDDYYYY"));
    return date;
}

using DateReader = Result<QDate> (*)(QByteArrayView, const QString &);

// Both header forms give the issue date then the signature date, each in its own encoding.
Result<void> readDates(TwoDDocHeader &header, DateReader read, QByteArrayView issue,
                       QByteArrayView signature)
{
    auto issued = read(issue, QStringLiteral("header.issue_date"));
    if (!issued)
        return fail(issued.error());
    auto signedOn = read(signature, QStringLiteral("header.signature_date"));
    if (!signedOn)
        return fail(signedOn.error());
    header.issueDate = *issued;
    header.signatureDate = *signedOn;
    return success();
}

} // namespace

qsizetype TwoDDocHeader::length() const
{
    return encoding == Encoding::Binary ? kBinaryLength : c40Length(version);
}

qsizetype TwoDDocHeader::c40Length(int version)
{
    switch (version) {
    case 1:
    case 2:
        return 22;
    case 3:
        return 24;
    case 4:
        return 26;
    default:
        return 0;
    }
}

Result<TwoDDocHeader> TwoDDocHeader::parseC40(QByteArrayView data)
{
    if (data.size() < 4)
        return malformed(QStringLiteral("header"), QStringLiteral("truncated"),
                         QStringLiteral("2D-Doc shorter than its marker and version"));
    if (data.first(2) != "DC")
        return malformed(QStringLiteral("header.marker"), QStringLiteral("value"),
                         QStringLiteral("2D-Doc does not start with the marker DC"));
    TwoDDocHeader header;
    bool ok = false;
    header.version = QByteArray(data.data() + 2, 2).toInt(&ok, 10);
    const qsizetype size = ok ? c40Length(header.version) : 0;
    if (size == 0)
        return fail(FailureCode::Barcode2DDocUnsupported,
                    QStringLiteral("2D-Doc header version is not 01 to 04"),
                    QStringLiteral("header.version"), QStringLiteral("supported_versions"));
    if (data.size() < size)
        return malformed(QStringLiteral("header"), QStringLiteral("truncated"),
                         QStringLiteral("2D-Doc header shorter than its version requires"));
    for (qsizetype i = 0; i < size; ++i) {
        if (!isUpperAlnum(data[i]))
            return malformed(partAt(i), QStringLiteral("c40_charset"),
                             QStringLiteral("2D-Doc header holds a character outside A-Z 0-9"));
    }
    header.caId = latin1(data.sliced(4, 4));
    header.certificateId = latin1(data.sliced(8, 4));
    if (auto dates = readDates(header, hexDays, data.sliced(12, 4), data.sliced(16, 4)); !dates)
        return fail(dates.error());
    header.documentType = latin1(data.sliced(20, 2));
    if (header.version >= 3)
        header.perimeter = latin1(data.sliced(22, 2));
    if (header.version >= 4)
        header.country = latin1(data.sliced(24, 2));
    return header;
}

Result<TwoDDocHeader> TwoDDocHeader::parseBinary(QByteArrayView data)
{
    if (data.size() < kBinaryLength)
        return malformed(QStringLiteral("header"), QStringLiteral("truncated"),
                         QStringLiteral("2D-Doc binary header shorter than 19 bytes"));
    if (static_cast<unsigned char>(data[0]) != 0xDC)
        return malformed(QStringLiteral("header.marker"), QStringLiteral("value"),
                         QStringLiteral("2D-Doc binary header does not start with 0xDC"));
    TwoDDocHeader header;
    header.encoding = Encoding::Binary;
    header.version = static_cast<unsigned char>(data[1]);
    if (header.version != 4)
        return fail(FailureCode::Barcode2DDocUnsupported,
                    QStringLiteral("2D-Doc binary header exists only in version 04"),
                    QStringLiteral("header.version"), QStringLiteral("supported_versions"));
    const auto country = unpackC40(data.sliced(2, 2));
    if (!country)
        return malformed(QStringLiteral("header.country"), QStringLiteral("c40"),
                         QStringLiteral("2D-Doc binary header country is not C40 A-Z 0-9"));
    const auto ids = unpackC40(data.sliced(4, 6));
    if (!ids)
        return malformed(QStringLiteral("header.ca_id"), QStringLiteral("c40"),
                         QStringLiteral("2D-Doc binary header identifiers are not C40 A-Z 0-9"));
    header.country = *country;
    header.caId = ids->first(4);
    header.certificateId = ids->sliced(4);
    if (auto dates = readDates(header, binaryDate, data.sliced(10, 3), data.sliced(13, 3)); !dates)
        return fail(dates.error());
    header.documentType = QStringLiteral("%1")
                              .arg(static_cast<unsigned char>(data[16]), 2, 16, QLatin1Char('0'))
                              .toUpper();
    const unsigned perimeter = bigEndian(data.sliced(17, 2));
    header.perimeter = QStringLiteral("%1").arg(perimeter, 4, 16, QLatin1Char('0')).toUpper();
    return header;
}

} // namespace guichet::barcode
