// ICAO 9303 check digits: character values and the 7-3-1 weighted sum, modulo 10.
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace guichet::mrz {

class CheckDigit
{
public:
    // 0-9 as themselves, A-Z as 10-35, '<' as 0; -1 outside the MRZ charset.
    [[nodiscard]] static int value(QChar c);
    // The check digit of `data` (0-9); characters outside the charset count as 0, because
    // the parser refuses them before any check is computed.
    [[nodiscard]] static int compute(QStringView data);
    // `check` is the digit of `data`; a filler check digit matches only an all-filler field,
    // which is how ICAO marks an unused optional data field (TD3).
    [[nodiscard]] static bool matches(QStringView data, QChar check);
    [[nodiscard]] static bool isFillerOnly(QStringView data);
};

} // namespace guichet::mrz
