// The field tables of ICAO Doc 9303 parts 4-7 and of the 1988-2021 French ID card.
#include "mrz/MrzLayout.h"

#include <utility>

namespace guichet::mrz {

namespace {

using Charset = MrzLayout::Charset;
using Field = MrzLayout::Field;
using Span = MrzLayout::Span;
using namespace fields;

Field field(QLatin1String name, int line, int start, int length, Charset charset)
{
    return Field{name, Span{line, start, length}, charset};
}

// The document code and the issuing state open line 1 of every format.
QList<Field> header()
{
    return {field(kDocumentCode, 0, 0, 2, Charset::Letters),
            field(kIssuingState, 0, 2, 3, Charset::Letters)};
}

// A YYMMDD date followed by its check digit.
QList<Field> date(QLatin1String name, QLatin1String check, int line, int start)
{
    return {field(name, line, start, 6, Charset::Digits),
            field(check, line, start + 6, 1, Charset::Digits)};
}

Field sex(int line, int start)
{
    return field(kSex, line, start, 1, Charset::Sex);
}

// Line 2 of TD2, TD3 and the visas, which share every offset up to the optional data.
QList<Field> dataLine()
{
    QList<Field> fields{field(kDocumentNumber, 1, 0, 9, Charset::Alphanumeric),
                        field(kDocumentNumberCheck, 1, 9, 1, Charset::Digits),
                        field(kNationality, 1, 10, 3, Charset::Letters)};
    fields << date(kBirthDate, kBirthDateCheck, 1, 13) << sex(1, 20)
           << date(kExpiryDate, kExpiryDateCheck, 1, 21);
    return fields;
}

MrzLayout td1()
{
    QList<Field> fields = header();
    fields << field(kDocumentNumber, 0, 5, 9, Charset::Alphanumeric)
           // '<' here announces a long number, which the parser handles.
           << field(kDocumentNumberCheck, 0, 14, 1, Charset::Digits)
           << field(kOptionalData, 0, 15, 15, Charset::Alphanumeric);
    fields << date(kBirthDate, kBirthDateCheck, 1, 0) << sex(1, 7)
           << date(kExpiryDate, kExpiryDateCheck, 1, 8);
    fields << field(kNationality, 1, 15, 3, Charset::Letters)
           << field(kOptionalData2, 1, 18, 11, Charset::Alphanumeric)
           << field(kCompositeCheck, 1, 29, 1, Charset::Digits)
           << field(kNames, 2, 0, 30, Charset::Letters);
    return {3, 30, std::move(fields), {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}}};
}

MrzLayout twoLine(int length, bool visa)
{
    QList<Field> fields = header();
    fields << field(kNames, 0, 5, length - 5, Charset::Letters) << dataLine();
    const int optionalEnd = visa ? length : length - (length == 44 ? 2 : 1);
    fields.append(field(kOptionalData, 1, 28, optionalEnd - 28, Charset::Alphanumeric));
    if (!visa && length == 44)
        fields.append(field(kOptionalDataCheck, 1, 42, 1, Charset::Digits));
    if (!visa)
        fields.append(field(kCompositeCheck, 1, length - 1, 1, Charset::Digits));
    QList<Span> composite;
    if (!visa)
        composite = {{1, 0, 10}, {1, 13, 7}, {1, 21, length - 1 - 21}};
    return {2, length, std::move(fields), std::move(composite)};
}

MrzLayout frenchId()
{
    QList<Field> fields = header();
    fields << field(kSurname, 0, 5, 25, Charset::Letters)
           // Département (3) and office (3) of issue, often left blank.
           << field(kOptionalData, 0, 30, 6, Charset::Alphanumeric)
           // Issue YYMM, département (letters abroad or in Corsica), serial.
           << field(kDocumentNumber, 1, 0, 4, Charset::Digits)
           << field(kDocumentNumber, 1, 4, 3, Charset::Alphanumeric)
           << field(kDocumentNumber, 1, 7, 5, Charset::Digits)
           << field(kDocumentNumberCheck, 1, 12, 1, Charset::Digits)
           << field(kGivenNames, 1, 13, 14, Charset::Letters);
    fields << date(kBirthDate, kBirthDateCheck, 1, 27) << sex(1, 34)
           << field(kCompositeCheck, 1, 35, 1, Charset::Digits);
    return {2, 36, std::move(fields), {{0, 0, 36}, {1, 0, 35}}};
}

} // namespace

MrzLayout::MrzLayout(int lineCount, int lineLength, QList<Field> fields, QList<Span> composite)
    : m_lineCount(lineCount), m_lineLength(lineLength), m_fields(std::move(fields)),
      m_composite(std::move(composite))
{ }

const MrzLayout &MrzLayout::of(MrzFormat format)
{
    static const MrzLayout kTd1 = td1();
    static const MrzLayout kTd2 = twoLine(36, false);
    static const MrzLayout kTd3 = twoLine(44, false);
    static const MrzLayout kMrvA = twoLine(44, true);
    static const MrzLayout kMrvB = twoLine(36, true);
    static const MrzLayout kFrenchId = frenchId();
    switch (format) {
    case MrzFormat::TD1:
        return kTd1;
    case MrzFormat::TD2:
        return kTd2;
    case MrzFormat::TD3:
        return kTd3;
    case MrzFormat::MRVA:
        return kMrvA;
    case MrzFormat::MRVB:
        return kMrvB;
    case MrzFormat::FRA_ID:
        return kFrenchId;
    }
    return kTd3;
}

QList<MrzLayout::Span> MrzLayout::spans(QLatin1String name) const
{
    QList<Span> result;
    for (const Field &f : m_fields) {
        if (f.name == name)
            result.append(f.span);
    }
    return result;
}

QString MrzLayout::fieldAt(int line, int column) const
{
    for (const Field &f : m_fields) {
        if (f.span.line == line && column >= f.span.start && column < f.span.start + f.span.length)
            return f.name;
    }
    return QStringLiteral("filler");
}

QString MrzLayout::text(const QStringList &lines, QLatin1String name) const
{
    return text(lines, spans(name));
}

QString MrzLayout::text(const QStringList &lines, const QList<Span> &spans)
{
    QString result;
    for (const Span &s : spans)
        result += lines.at(s.line).mid(s.start, s.length);
    return result;
}

} // namespace guichet::mrz
