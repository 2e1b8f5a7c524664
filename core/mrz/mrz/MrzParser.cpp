// MRZ parsing: shape and format detection, charset, OCR repair, check digits, dates and names.
#include "mrz/MrzParser.h"

#include "mrz/CheckDigit.h"
#include "mrz/CountryCodes.h"
#include "mrz/MrzDate.h"
#include "mrz/MrzLayout.h"
#include "mrz/OcrRepair.h"

#include <utility>

namespace guichet::mrz {

namespace {

using namespace fields;
constexpr QLatin1String kCheckSuffix("_check_digit");
using Charset = MrzLayout::Charset;
using Span = MrzLayout::Span;

constexpr QChar kFiller = u'<';

QString withoutTrailingFillers(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == kFiller)
        --end;
    return text.first(end).toString();
}

QString withoutFillersAround(QStringView text)
{
    const QString trimmed = withoutTrailingFillers(text);
    qsizetype start = 0;
    while (start < trimmed.size() && trimmed.at(start) == kFiller)
        ++start;
    return trimmed.mid(start);
}

// '<' separates the words of a name; several in a row are padding, not content.
QString nameText(QStringView text)
{
    QString words = text.toString();
    words.replace(kFiller, QLatin1Char(' '));
    return words.simplified();
}

QString humanName(const QString &field)
{
    QString name = field;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

// Digits and at least one '<': ICAO's way of writing a date whose day, month or year is unknown.
bool isPartlyUnknown(const QString &date)
{
    QString digits = date;
    digits.remove(kFiller);
    return digits.size() < date.size() && (digits.isEmpty() || MrzDate::allDigits(digits));
}

// The shape of the input: 2×36, 2×44, 3×30, or one line holding either, joined.
Result<QStringList> shape(QStringList lines)
{
    if (lines.isEmpty())
        return fail(FailureCode::MrzNotAnMrz, QStringLiteral("no text to read as an MRZ"),
                    QStringLiteral("lines"), QStringLiteral("empty"));
    if (lines.size() > 3)
        return fail(FailureCode::MrzNotAnMrz,
                    QStringLiteral("%1 lines; an MRZ has two or three: give only the MRZ lines")
                        .arg(lines.size()),
                    QStringLiteral("lines"), QStringLiteral("line_count"));
    const auto isLineLength = [](qsizetype length) {
        return length == 30 || length == 36 || length == 44;
    };
    if (lines.size() == 1) {
        // Scanners in keyboard mode and some OCR engines give the lines joined together.
        const QString joined = lines.constFirst();
        const qsizetype lineLength = joined.size() == 90 ? 30 : joined.size() / 2;
        if (joined.size() == 90 || joined.size() == 72 || joined.size() == 88) {
            lines.clear();
            for (qsizetype start = 0; start < joined.size(); start += lineLength)
                lines.append(joined.mid(start, lineLength));
            return lines;
        }
        if (isLineLength(joined.size()))
            return fail(FailureCode::MrzUnknownFormat,
                        QStringLiteral("only one line of %1 characters; scan every line of the "
                                       "MRZ")
                            .arg(joined.size()),
                        QStringLiteral("lines"), QStringLiteral("line_count"));
        return fail(FailureCode::MrzWrongLength,
                    QStringLiteral("one line of %1 characters; an MRZ is 2×36, 2×44 or 3×30 "
                                   "characters, given as separate lines or joined (72, 88 or 90)")
                        .arg(joined.size()),
                    QStringLiteral("line_1"), QStringLiteral("length"));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype length = lines.at(i).size();
        if (!isLineLength(length) || length != lines.constFirst().size())
            return fail(FailureCode::MrzWrongLength,
                        QStringLiteral("line %1 has %2 characters; every line of an MRZ has the "
                                       "same length, 30, 36 or 44: check for a dropped or added "
                                       "character")
                            .arg(i + 1)
                            .arg(length),
                        QStringLiteral("line_%1").arg(i + 1), QStringLiteral("length"));
    }
    const qsizetype length = lines.constFirst().size();
    if ((lines.size() == 3) != (length == 30))
        return fail(FailureCode::MrzUnknownFormat,
                    QStringLiteral("%1 lines of %2 characters match no MRZ format (3×30, 2×36, "
                                   "2×44)")
                        .arg(lines.size())
                        .arg(length),
                    QStringLiteral("lines"), QStringLiteral("format"));
    return lines;
}

MrzFormat detectFormat(const QStringList &lines)
{
    if (lines.size() == 3)
        return MrzFormat::TD1;
    // The document code may itself be misread ("1DFRA"): read its digits as letters.
    QString head = lines.constFirst().left(5);
    for (QChar &c : head) {
        const QChar letter = OcrRepair::asLetter(c);
        if (!letter.isNull())
            c = letter;
    }
    const bool visa = head.startsWith(QLatin1Char('V'));
    if (lines.constFirst().size() == 44)
        return visa ? MrzFormat::MRVA : MrzFormat::TD3;
    if (head == QLatin1String("IDFRA"))
        return MrzFormat::FRA_ID;
    return visa ? MrzFormat::MRVB : MrzFormat::TD2;
}

Result<void> checkCharset(const QStringList &lines, const MrzLayout &layout)
{
    for (int line = 0; line < lines.size(); ++line) {
        for (int column = 0; column < lines.at(line).size(); ++column) {
            if (CheckDigit::value(lines.at(line).at(column)) >= 0)
                continue;
            const QString field = layout.fieldAt(line, column);
            return fail(FailureCode::MrzInvalidCharacter,
                        QStringLiteral("line %1, column %2 (%3) holds a character outside A-Z, "
                                       "0-9 and '<'; retype that position from the document")
                            .arg(line + 1)
                            .arg(column + 1)
                            .arg(humanName(field)),
                        field, QStringLiteral("charset"));
        }
    }
    return success();
}

// Reads one MRZ of a known format; holds the lines it repairs in place.
class Reader
{
public:
    Reader(QStringList lines, MrzFormat format, const QDate &reference)
        : m_layout(MrzLayout::of(format)), m_repair(m_data.lines, m_data.corrections),
          m_reference(reference)
    {
        m_data.format = format;
        m_data.lines = std::move(lines);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    Reader(Reader &&) = delete;
    Reader &operator=(Reader &&) = delete;
    ~Reader() = default;

    MrzData read()
    {
        enforceCharsets();
        readHeader();
        readDocumentNumber();
        readBirthAndSex();
        readExpiry();
        readOptionalData();
        readNames();
        if (!m_layout.composite().isEmpty())
            record(kComposite, compositeAgrees(), span(kCompositeCheck));
        return m_data;
    }

private:
    [[nodiscard]] bool isFrenchId() const { return m_data.format == MrzFormat::FRA_ID; }
    [[nodiscard]] Span span(QLatin1String name) const { return m_layout.spans(name).constFirst(); }
    [[nodiscard]] QChar charAt(const Span &s) const { return m_data.lines.at(s.line).at(s.start); }
    [[nodiscard]] QString text(QLatin1String name) const
    {
        return m_layout.text(m_data.lines, name);
    }
    [[nodiscard]] QString where(const Span &s) const
    {
        return QStringLiteral("line %1, column %2").arg(s.line + 1).arg(s.start + 1);
    }

    void addError(const QString &field, FailureCode code, const QString &message)
    {
        const MrzData::FieldError error{field, code, message};
        if (!m_data.errors.contains(error))
            m_data.errors.append(error);
    }

    void record(QLatin1String check, bool ok, const Span &digit)
    {
        m_data.checks.append(MrzData::Check{check, ok});
        if (ok)
            return;
        const QString message =
            check == kComposite
                ? QStringLiteral("the composite check digit (%1) does not match the fields it "
                                 "covers: one of them was misread or altered; compare the "
                                 "document number, dates and optional data with the document")
                      .arg(where(digit))
                : QStringLiteral("the check digit of the %1 (%2) does not match it; compare "
                                 "the field with the document and scan again, and if it "
                                 "persists treat the document as damaged or altered")
                      .arg(humanName(check), where(digit));
        addError(check, FailureCode::MrzCheckDigit, message);
    }

    // A repair by a field's check digit must leave the composite satisfied too. ICAO aligns
    // each field on the same weights in the composite as in its own check, so this cannot tell
    // two fitting readings apart; it refuses any repair while another field is still wrong.
    [[nodiscard]] bool compositeAgrees() const
    {
        if (m_layout.composite().isEmpty())
            return true;
        return CheckDigit::matches(MrzLayout::text(m_data.lines, m_layout.composite()),
                                   charAt(span(kCompositeCheck)));
    }

    // `swappable` are the alphanumeric parts of `data`: in digits-only parts a letter was
    // already replaced and a digit cannot be a misread letter.
    bool verifyOrRepair(const QList<Span> &data, const QList<Span> &swappable, const Span &digit,
                        QLatin1String field)
    {
        if (matches(data, digit))
            return true;
        return m_repair.repairByCheckDigit(data, swappable, digit, humanName(field),
                                           [this] { return compositeAgrees(); });
    }

    [[nodiscard]] QList<Span> alphanumericSpans(QLatin1String name) const
    {
        QList<Span> result;
        for (const MrzLayout::Field &field : m_layout.fields()) {
            if (field.name == name && field.charset == Charset::Alphanumeric)
                result.append(field.span);
        }
        return result;
    }

    void enforceCharsets()
    {
        for (const MrzLayout::Field &field : m_layout.fields()) {
            if (m_repair.enforce(field.span, field.charset))
                continue;
            // Check digits and dates report through their check or their date instead.
            if (field.name.endsWith(kCheckSuffix) || field.name == kBirthDate ||
                field.name == kExpiryDate)
                continue;
            const QString expected = field.charset == Charset::Letters
                                         ? QStringLiteral("letters and '<'")
                                         : QStringLiteral("digits and '<'");
            addError(field.name, FailureCode::MrzInvalidField,
                     QStringLiteral("the %1 (%2) may hold only %3 and no OCR confusion explains "
                                    "what was read; retype it from the document")
                         .arg(humanName(field.name), where(field.span), expected));
        }
    }

    void readHeader()
    {
        m_data.documentCode = withoutTrailingFillers(text(kDocumentCode));
        m_data.issuingState = withoutTrailingFillers(text(kIssuingState));
        m_data.issuingStateKnown = CountryCodes::isKnown(m_data.issuingState);
        if (m_data.documentCode.isEmpty())
            addError(kDocumentCode, FailureCode::MrzInvalidField,
                     QStringLiteral("the document code (line 1, column 1) is empty; it starts "
                                    "with a letter such as P, I, A, C or V"));
    }

    void readDocumentNumber()
    {
        const Span checkDigit = span(kDocumentNumberCheck);
        const bool canOverflow = m_data.format == MrzFormat::TD1 || m_data.format == MrzFormat::TD2;
        if (canOverflow && charAt(checkDigit) == kFiller) {
            readLongDocumentNumber(checkDigit);
            return;
        }
        const QList<Span> data = m_layout.spans(kDocumentNumber);
        const bool ok =
            verifyOrRepair(data, alphanumericSpans(kDocumentNumber), checkDigit, kDocumentNumber);
        m_data.documentNumber = withoutTrailingFillers(text(kDocumentNumber));
        record(kDocumentNumber, ok, checkDigit);
    }

    // ICAO 9303-5 §4.2.4 / 9303-6: a number longer than 9 characters puts '<' at the check
    // position and continues in the optional data, followed by its check digit.
    void readLongDocumentNumber(const Span &filler)
    {
        const Span optional = span(kOptionalData);
        const QString optionalText = text(kOptionalData);
        const qsizetype end =
            optionalText.indexOf(kFiller) < 0 ? optionalText.size() : optionalText.indexOf(kFiller);
        const Span number = span(kDocumentNumber);
        m_longNumber = true;
        if (end == 0) {
            m_data.documentNumber = withoutTrailingFillers(text(kDocumentNumber));
            m_data.optionalData1 = withoutTrailingFillers(optionalText);
            record(kDocumentNumber, false, filler);
            return;
        }
        const int overflowLength = static_cast<int>(end) - 1;
        const Span overflow{optional.line, optional.start, overflowLength};
        const Span digit{optional.line, optional.start + overflowLength, 1};
        (void)m_repair.enforce(digit, Charset::Digits);
        // Most issuers leave the filler out of the check digit; Belgium puts it in (PRADO
        // BEL-BO-03003). Both are accepted and the variant is reported (docs/mrz.md).
        const Span numberWithFiller{number.line, number.start, number.length + 1};
        bool ok =
            CheckDigit::matches(MrzLayout::text(m_data.lines, {number, overflow}), charAt(digit));
        if (!ok && CheckDigit::matches(MrzLayout::text(m_data.lines, {numberWithFiller, overflow}),
                                       charAt(digit))) {
            ok = true;
            m_data.documentNumberCheckIncludesFiller = true;
        }
        if (!ok)
            ok = verifyOrRepair({number, overflow}, {number, overflow}, digit, kDocumentNumber);
        m_data.documentNumber = withoutTrailingFillers(text(kDocumentNumber)) +
                                MrzLayout::text(m_data.lines, {overflow});
        m_data.optionalData1 = withoutFillersAround(text(kOptionalData).mid(end));
        record(kDocumentNumber, ok, digit);
    }

    bool matches(const QList<Span> &data, const Span &digit) const
    {
        return CheckDigit::matches(MrzLayout::text(m_data.lines, data), charAt(digit));
    }

    // Returns the date, or an invalid one after reporting why; '<' marks an unknown part
    // (ICAO allows it for births), which is not an error.
    QDate readDate(QLatin1String field, QLatin1String checkField,
                   QDate (*resolve)(QStringView, const QDate &))
    {
        const Span digit = span(checkField);
        record(field, matches(m_layout.spans(field), digit), digit);
        const QString raw = text(field);
        if (isPartlyUnknown(raw))
            return {};
        const QDate date = resolve(raw, m_reference);
        if (!date.isValid())
            addError(field, FailureCode::MrzInvalidDate,
                     QStringLiteral("the %1 (%2) is not a calendar date YYMMDD; compare it with "
                                    "the document")
                         .arg(humanName(field), where(span(field))));
        return date;
    }

    void readBirthAndSex()
    {
        m_data.birthDate = readDate(kBirthDate, kBirthDateCheck, &MrzDate::birth);
        switch (charAt(span(kSex)).unicode()) {
        case u'M':
            m_data.sex = Sex::Male;
            break;
        case u'F':
            m_data.sex = Sex::Female;
            break;
        case u'X':
        case u'<':
            m_data.sex = Sex::Unspecified;
            break;
        default:
            addError(kSex, FailureCode::MrzInvalidField,
                     QStringLiteral("the sex (%1) must be M, F, X or '<'; retype it from the "
                                    "document")
                         .arg(where(span(kSex))));
        }
        if (isFrenchId()) {
            // Only French nationals held this card; its MRZ has no nationality field.
            m_data.nationality = QStringLiteral("FRA");
            m_data.nationalityKnown = true;
            const QString issue = text(kDocumentNumber).left(4);
            m_data.issueDate = MrzDate::issueMonth(issue, m_reference);
            if (MrzDate::allDigits(issue) && !m_data.issueDate.isValid())
                addError(QStringLiteral("issue_date"), FailureCode::MrzInvalidDate,
                         QStringLiteral("the issue month (line 2, columns 1-4) is not a "
                                        "calendar month YYMM; compare it with the document"));
            return;
        }
        m_data.nationality = withoutTrailingFillers(text(kNationality));
        m_data.nationalityKnown = CountryCodes::isKnown(m_data.nationality);
    }

    void readExpiry()
    {
        if (!isFrenchId())
            m_data.expiryDate = readDate(kExpiryDate, kExpiryDateCheck, &MrzDate::expiry);
    }

    void readOptionalData()
    {
        if (!m_longNumber)
            m_data.optionalData1 = withoutTrailingFillers(text(kOptionalData));
        if (m_data.format == MrzFormat::TD1)
            m_data.optionalData2 = withoutTrailingFillers(text(kOptionalData2));
        if (m_layout.spans(kOptionalDataCheck).isEmpty())
            return;
        const Span digit = span(kOptionalDataCheck);
        const QList<Span> data = m_layout.spans(kOptionalData);
        const bool ok = verifyOrRepair(data, data, digit, kOptionalData);
        m_data.optionalData1 = withoutTrailingFillers(text(kOptionalData));
        record(kOptionalData, ok, digit);
    }

    void readNames()
    {
        if (isFrenchId()) {
            // Given names are separated by "<<" on this card; they read as one list of words.
            m_data.surname = nameText(text(kSurname));
            m_data.givenNames = nameText(text(kGivenNames));
            return;
        }
        const QString names = text(kNames);
        const qsizetype separator = names.indexOf(QLatin1String("<<"));
        if (separator < 0) {
            m_data.surname = nameText(names);
            return;
        }
        m_data.surname = nameText(QStringView(names).first(separator));
        m_data.givenNames = nameText(QStringView(names).sliced(separator + 2));
    }

    MrzData m_data;
    const MrzLayout &m_layout;
    OcrRepair m_repair;
    QDate m_reference;
    bool m_longNumber = false;
};

} // namespace

MrzParser::MrzParser(const QDate &referenceDate) : m_reference(referenceDate) { }

QStringList MrzParser::normalise(const QString &text)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        QString cleaned;
        cleaned.reserve(line.size());
        for (const QChar c : line) {
            if (!c.isSpace())
                cleaned.append(c.toUpper());
        }
        if (!cleaned.isEmpty())
            lines.append(cleaned);
    }
    return lines;
}

Result<MrzData> MrzParser::parse(const QString &text) const
{
    Result<QStringList> lines = shape(normalise(text));
    if (!lines.ok())
        return fail(lines.error());
    const MrzFormat format = detectFormat(*lines);
    if (const Result<void> charset = checkCharset(*lines, MrzLayout::of(format)); !charset.ok())
        return fail(charset.error());
    Reader reader(std::move(lines).value(), format, m_reference);
    return reader.read();
}

} // namespace guichet::mrz
