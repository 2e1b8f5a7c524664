// Two-digit MRZ years turned into dates: which century, relative to a reference day.
#pragma once

#include <QDate>
#include <QStringView>

namespace guichet::mrz {

class MrzDate
{
public:
    // YYMMDD of a birth: the latest century that does not put the birth after `reference`.
    [[nodiscard]] static QDate birth(QStringView yymmdd, const QDate &reference);
    // YYMMDD of an expiry: the century that puts the year within 50 years either side of
    // `reference`, because expiries lie both behind (expired documents) and ahead.
    [[nodiscard]] static QDate expiry(QStringView yymmdd, const QDate &reference);
    // YYMM of an issue (French ID card): in the past like a birth, on the first of the month.
    [[nodiscard]] static QDate issueMonth(QStringView yymm, const QDate &reference);
    // Six (or four) digits: anything else ('<' for unknown, a letter) is not a date.
    [[nodiscard]] static bool allDigits(QStringView text);

private:
    [[nodiscard]] static int number(QStringView digits);
    [[nodiscard]] static QDate inPast(int yy, int month, int day, const QDate &reference);
};

} // namespace guichet::mrz
