// ICAO 9303 check digits (Doc 9303 part 3, section 4.9).
#include "mrz/CheckDigit.h"

#include <array>

namespace guichet::mrz {

int CheckDigit::value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

int CheckDigit::compute(QStringView data)
{
    static constexpr std::array<int, 3> kWeights{7, 3, 1};
    int sum = 0;
    std::size_t position = 0;
    for (const QChar c : data) {
        const int v = value(c);
        sum += (v < 0 ? 0 : v) * kWeights[position % kWeights.size()];
        ++position;
    }
    return sum % 10;
}

bool CheckDigit::isFillerOnly(QStringView data)
{
    for (const QChar c : data) {
        if (c != u'<')
            return false;
    }
    return true;
}

bool CheckDigit::matches(QStringView data, QChar check)
{
    if (check == u'<')
        return isFillerOnly(data);
    if (!check.isDigit() || check.unicode() > u'9')
        return false;
    return compute(data) == check.unicode() - u'0';
}

} // namespace guichet::mrz
