// OCR confusion repair, limited to readings that the charset or a check digit makes certain.
#include "mrz/OcrRepair.h"

#include "mrz/CheckDigit.h"

#include <array>
#include <utility>

namespace guichet::mrz {

namespace {

// More combinations than this are not tried: with this many doubtful characters a unique fit
// of a modulo-10 check digit would prove nothing anyway.
constexpr qsizetype kMaxDoubtful = 12;

struct Position {
    int line;
    int column;
};

bool isLetter(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The confusions OCR-B readers make. In a digit position Q and D read as 0 and L as 1 too; in a
// letter position 0 reads as O and 1 as I only (the commoner confusions), so that every
// character has at most one reading in each class.
struct Confusion {
    char16_t letter;
    char16_t digit;
    bool symmetric;
};
constexpr std::array<Confusion, 9> kConfusions{{{u'O', u'0', true},
                                                {u'Q', u'0', false},
                                                {u'D', u'0', false},
                                                {u'I', u'1', true},
                                                {u'L', u'1', false},
                                                {u'Z', u'2', true},
                                                {u'S', u'5', true},
                                                {u'G', u'6', true},
                                                {u'B', u'8', true}}};

// In an alphanumeric field either reading is allowed, so only the symmetric pairs are worth
// trying there.
QChar partner(QChar c)
{
    if (isDigit(c))
        return OcrRepair::asLetter(c);
    const QChar digit = OcrRepair::asDigit(c);
    return !digit.isNull() && OcrRepair::asLetter(digit) == c ? digit : QChar();
}

} // namespace

OcrRepair::OcrRepair(QStringList &lines, QList<MrzData::Correction> &corrections)
    : m_lines(lines), m_corrections(corrections)
{ }

QChar OcrRepair::asDigit(QChar c)
{
    for (const Confusion &confusion : kConfusions) {
        if (confusion.letter == c.unicode())
            return {confusion.digit};
    }
    return {};
}

QChar OcrRepair::asLetter(QChar c)
{
    for (const Confusion &confusion : kConfusions) {
        if (confusion.symmetric && confusion.digit == c.unicode())
            return {confusion.letter};
    }
    return {};
}

void OcrRepair::replace(int line, int column, QChar to, const QString &reason)
{
    QString &text = m_lines[line];
    m_corrections.append(MrzData::Correction{line + 1, column + 1, text.at(column), to, reason});
    text[column] = to;
}

bool OcrRepair::enforce(const MrzLayout::Span &span, MrzLayout::Charset charset)
{
    const bool digits = charset == MrzLayout::Charset::Digits;
    if (!digits && charset != MrzLayout::Charset::Letters)
        return true;
    bool clean = true;
    for (int column = span.start; column < span.start + span.length; ++column) {
        const QChar c = m_lines.at(span.line).at(column);
        if (digits ? !isLetter(c) : !isDigit(c))
            continue;
        const QChar reading = digits ? asDigit(c) : asLetter(c);
        if (reading.isNull()) {
            clean = false;
            continue;
        }
        replace(span.line, column, reading,
                digits ? QStringLiteral("letter in a digits-only position")
                       : QStringLiteral("digit in a letters-only position"));
    }
    return clean;
}

bool OcrRepair::repairByCheckDigit(const QList<MrzLayout::Span> &data,
                                   const QList<MrzLayout::Span> &swappable,
                                   const MrzLayout::Span &check, const QString &field,
                                   const std::function<bool()> &confirm)
{
    QList<Position> doubtful;
    for (const auto &span : swappable) {
        for (int column = span.start; column < span.start + span.length; ++column) {
            if (!partner(m_lines.at(span.line).at(column)).isNull())
                doubtful.append(Position{span.line, column});
        }
    }
    if (doubtful.isEmpty() || doubtful.size() > kMaxDoubtful)
        return false;

    const QChar checkDigit = m_lines.at(check.line).at(check.start);
    QList<QChar> original;
    for (const Position &p : std::as_const(doubtful))
        original.append(m_lines.at(p.line).at(p.column));
    const auto apply = [&](unsigned mask) {
        for (qsizetype i = 0; i < doubtful.size(); ++i) {
            const Position &p = doubtful.at(i);
            const QChar o = original.at(i);
            m_lines[p.line][p.column] = (mask >> i) & 1U ? partner(o) : o;
        }
    };

    unsigned found = 0;
    int fits = 0;
    const unsigned combinations = 1U << doubtful.size();
    for (unsigned mask = 1; mask < combinations && fits < 2; ++mask) {
        apply(mask);
        if (CheckDigit::matches(MrzLayout::text(m_lines, data), checkDigit) && confirm()) {
            found = mask;
            ++fits;
        }
    }
    apply(0);
    if (fits != 1)
        return false;
    const QString reason =
        QStringLiteral("the only reading that satisfies the %1 check digit").arg(field);
    for (qsizetype i = 0; i < doubtful.size(); ++i) {
        if ((found >> i) & 1U)
            replace(doubtful.at(i).line, doubtful.at(i).column, partner(original.at(i)), reason);
    }
    return true;
}

} // namespace guichet::mrz
