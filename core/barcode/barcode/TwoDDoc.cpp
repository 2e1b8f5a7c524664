// Splitting a 2D-Doc into header, data fields, signature and annex (ANTS spec §4–§6).
#include "barcode/TwoDDoc.h"

#include "barcode/Base32.h"
#include "barcode/DataIdentifier.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace guichet::barcode {

namespace {

// r||s sizes for P-256, P-384, P-521.
constexpr std::array<qsizetype, 3> kSignatureSizes{64, 96, 132};

Failure malformed(const QString &field, const QString &check, const QString &message)
{
    return fail(FailureCode::Barcode2DDocMalformed, message, field, check);
}

bool isIdentifierCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// C40 text carries printable ASCII; control characters other than the separators mean the
// symbol was misread or crafted.
bool isValueCharacter(char c)
{
    return c >= 0x20 && c <= 0x7E;
}

bool isTerminator(char c)
{
    return c == TwoDDoc::kGroupSeparator || c == TwoDDoc::kRecordSeparator;
}

// Reads one value after its identifier; `position` moves past the value and its terminator.
Result<TwoDDocField> readValue(QByteArrayView body, qsizetype &position,
                               const DataIdentifier &identifier, const QString &field)
{
    TwoDDocField result;
    result.id = QString::fromLatin1(identifier.id);
    result.name = QString::fromLatin1(identifier.name);
    const auto minimum = static_cast<qsizetype>(identifier.minLength);
    const auto maximum = static_cast<qsizetype>(identifier.maxLength);
    qsizetype end = position;
    if (identifier.fixedLength()) {
        if (body.size() - position < minimum)
            return malformed(field, QStringLiteral("truncated_value"),
                             QStringLiteral("2D-Doc fixed-length value runs past the message"));
        end = position + minimum;
    } else {
        while (end < body.size() && !isTerminator(body[end]) &&
               (identifier.maxLength == DataIdentifier::kNoMaximum || end - position < maximum))
            ++end;
    }
    const QByteArrayView value = body.sliced(position, end - position);
    for (const char c : value) {
        if (!isValueCharacter(c))
            return malformed(field, QStringLiteral("charset"),
                             QStringLiteral("2D-Doc value holds a control or non-ASCII byte"));
    }
    if (value.size() < minimum)
        return malformed(field, QStringLiteral("min_length"),
                         QStringLiteral("2D-Doc value shorter than its identifier allows"));
    result.value = QString::fromLatin1(value.data(), value.size());
    // <GS> ends variable values; writers also put one after fixed values or values at their
    // maximum, which is harmless to accept since the signed bytes are taken verbatim anyway.
    if (end < body.size() && body[end] == TwoDDoc::kGroupSeparator) {
        ++end;
    } else if (end < body.size() && body[end] == TwoDDoc::kRecordSeparator &&
               !identifier.fixedLength()) {
        result.truncated = true;
        ++end;
    }
    position = end;
    return result;
}

Result<QList<TwoDDocField>> parseFields(QByteArrayView body, const QString &part)
{
    QList<TwoDDocField> fields;
    QSet<QString> seen;
    qsizetype position = 0;
    while (position < body.size()) {
        if (body.size() - position < 2)
            return malformed(part, QStringLiteral("truncated_identifier"),
                             QStringLiteral("2D-Doc data ends inside a data identifier"));
        const QByteArrayView id = body.sliced(position, 2);
        if (!isIdentifierCharacter(id[0]) || !isIdentifierCharacter(id[1]))
            return malformed(part, QStringLiteral("identifier_charset"),
                             QStringLiteral("2D-Doc data identifier is not two of A-Z 0-9"));
        const QString field = part + QLatin1Char('.') + QString::fromLatin1(id.data(), 2);
        const DataIdentifier *identifier = DataIdentifier::find(id);
        if (identifier == nullptr)
            return malformed(field, QStringLiteral("unknown_identifier"),
                             QStringLiteral("2D-Doc data identifier not in the ANTS table"));
        position += 2;
        auto value = readValue(body, position, *identifier, field);
        if (!value)
            return fail(value.error());
        // Two values for one identifier would leave the desk to pick which one the agent sees.
        if (seen.contains(value->id))
            return malformed(field, QStringLiteral("duplicate"),
                             QStringLiteral("2D-Doc data identifier appears twice"));
        seen.insert(value->id);
        fields.append(std::move(value).value());
    }
    return fields;
}

Result<QByteArray> decodeSignature(QByteArrayView text, int version)
{
    // v01 carried the signature as raw bytes (Base256); later versions as base32.
    std::optional<QByteArray> bytes;
    if (version == 1)
        bytes = QByteArray(text.data(), text.size());
    else
        bytes = Base32::decode(text);
    if (!bytes)
        return malformed(QStringLiteral("signature"), QStringLiteral("base32"),
                         QStringLiteral("2D-Doc signature is not unpadded RFC 4648 base32"));
    if (std::find(kSignatureSizes.begin(), kSignatureSizes.end(), bytes->size()) ==
        kSignatureSizes.end())
        return malformed(QStringLiteral("signature"), QStringLiteral("length"),
                         QStringLiteral("2D-Doc signature is not 64, 96 or 132 bytes"));
    return *bytes;
}

} // namespace

Result<TwoDDoc> TwoDDoc::parse(QByteArrayView raw)
{
    if (!raw.isEmpty() && static_cast<unsigned char>(raw[0]) == 0xDC) {
        auto header = TwoDDocHeader::parseBinary(raw);
        if (!header)
            return fail(header.error());
        return fail(FailureCode::Barcode2DDocUnsupported,
                    QStringLiteral("2D-Doc binary v04 message bodies are not read yet"),
                    QStringLiteral("message"), QStringLiteral("binary_encoding"));
    }
    auto header = TwoDDocHeader::parseC40(raw);
    if (!header)
        return fail(header.error());
    const qsizetype separator = raw.indexOf(kUnitSeparator);
    if (separator < 0)
        return malformed(QStringLiteral("message"), QStringLiteral("missing_unit_separator"),
                         QStringLiteral("2D-Doc has no <US> before its signature"));
    TwoDDoc document;
    document.m_header = std::move(header).value();
    document.m_signedBytes = raw.first(separator).toByteArray();
    const QByteArrayView body =
        raw.sliced(document.m_header.length(), separator - document.m_header.length());
    if (body.isEmpty())
        return malformed(QStringLiteral("message"), QStringLiteral("empty"),
                         QStringLiteral("2D-Doc has no data field"));
    auto fields = parseFields(body, QStringLiteral("message"));
    if (!fields)
        return fail(fields.error());
    document.m_fields = std::move(fields).value();

    QByteArrayView tail = raw.sliced(separator + 1);
    QByteArrayView annex;
    if (document.m_header.version >= 4) {
        // Only v04 has an annex, after the signature and a <GS>; it is not signed.
        const qsizetype gs = tail.indexOf(kGroupSeparator);
        if (gs >= 0) {
            annex = tail.sliced(gs + 1);
            tail = tail.first(gs);
        }
    }
    auto signature = decodeSignature(tail, document.m_header.version);
    if (!signature)
        return fail(signature.error());
    document.m_signature = std::move(signature).value();
    auto annexFields = parseFields(annex, QStringLiteral("annex"));
    if (!annexFields)
        return fail(annexFields.error());
    document.m_annex = std::move(annexFields).value();
    return document;
}

QByteArray TwoDDoc::unescapeControlNames(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    out.replace("<GS>", QByteArray(1, kGroupSeparator));
    out.replace("<RS>", QByteArray(1, kRecordSeparator));
    out.replace("<US>", QByteArray(1, kUnitSeparator));
    return out;
}

std::optional<QString> TwoDDoc::value(QStringView id) const
{
    for (const auto &field : m_fields) {
        if (field.id == id)
            return field.value;
    }
    return std::nullopt;
}

} // namespace guichet::barcode
