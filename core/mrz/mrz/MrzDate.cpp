// Century resolution of MRZ dates (ICAO gives only two digits of the year).
#include "mrz/MrzDate.h"

namespace guichet::mrz {

bool MrzDate::allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

int MrzDate::number(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

QDate MrzDate::inPast(int yy, int month, int day, const QDate &reference)
{
    const int century = reference.year() / 100 * 100;
    // Each century is tried on its own: 29 February 2000 exists, 29 February 1900 does not.
    for (int year = century + yy; year >= century + yy - 200; year -= 100) {
        if (QDate::isValid(year, month, day) && QDate(year, month, day) <= reference)
            return {year, month, day};
    }
    return {};
}

QDate MrzDate::birth(QStringView yymmdd, const QDate &reference)
{
    if (yymmdd.size() != 6 || !allDigits(yymmdd))
        return {};
    return inPast(number(yymmdd.first(2)), number(yymmdd.sliced(2, 2)), number(yymmdd.sliced(4, 2)),
                  reference);
}

QDate MrzDate::issueMonth(QStringView yymm, const QDate &reference)
{
    if (yymm.size() != 4 || !allDigits(yymm))
        return {};
    return inPast(number(yymm.first(2)), number(yymm.sliced(2, 2)), 1, reference);
}

QDate MrzDate::expiry(QStringView yymmdd, const QDate &reference)
{
    if (yymmdd.size() != 6 || !allDigits(yymmdd))
        return {};
    int year = reference.year() / 100 * 100 + number(yymmdd.first(2));
    if (year > reference.year() + 49)
        year -= 100;
    else if (year < reference.year() - 50)
        year += 100;
    const int month = number(yymmdd.sliced(2, 2));
    const int day = number(yymmdd.sliced(4, 2));
    return QDate::isValid(year, month, day) ? QDate(year, month, day) : QDate();
}

} // namespace guichet::mrz
