// Which three-letter codes the MRZ state and nationality fields may hold.
#pragma once

#include <QStringView>

namespace guichet::mrz {

class CountryCodes
{
public:
    // `code` without its fillers, e.g. "FRA" or "D". ISO 3166-1 alpha-3 and the codes ICAO
    // Doc 9303 part 3 adds (D, GBD..., UNO..., XXA..., EUE). An unknown code (the ICAO
    // specimen state UTO, a new state) is flagged by the caller, never refused: the desk
    // must still read a document whose state is newer than this table.
    [[nodiscard]] static bool isKnown(QStringView code);
};

} // namespace guichet::mrz
