// The table of known state codes: ISO 3166-1 alpha-3 and the ICAO Doc 9303 additions.
#include "mrz/CountryCodes.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace guichet::mrz {

namespace {

// ISO 3166-1 alpha-3 (the 249 officially assigned codes, from Debian's iso-codes 4.15), merged
// with the codes ICAO Doc 9303 part 3 adds for documents that no ISO country issues. Kept
// sorted so that lookup is a binary search (the static_assert below keeps it so).
// ICAO additions:
//   D Germany (ICAO, instead of DEU); EUE European Union;
//   GBD British Overseas Territories Citizen; GBN British National (Overseas);
//   GBO British Overseas Citizen; GBP British Protected Person; GBS British Subject; RKS Kosovo;
//   UNA Specialized agency of the United Nations;
//   UNK Resident of Kosovo (UN interim administration); UNO United Nations Organization;
//   XBA African Development Bank; XCC Caribbean Community; XCE Council of Europe;
//   XDC Southern African Development Community; XEC Economic Community of West African States;
//   XES Organisation of Eastern Caribbean States; XIM African Export-Import Bank;
//   XOM Sovereign Military Order of Malta; XPO Interpol; XXA Stateless person;
//   XXB Refugee (1951 Convention); XXC Refugee (other); XXX Unspecified nationality;
constexpr std::array<std::string_view, 273> kCodes{
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "D",   "DEU", "DJI", "DMA", "DNK", "DOM",
    "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "EUE", "FIN", "FJI", "FLK", "FRA",
    "FRO", "FSM", "GAB", "GBD", "GBN", "GBO", "GBP", "GBR", "GBS", "GEO", "GGY", "GHA", "GIB",
    "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY", "HKG",
    "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL",
    "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR",
    "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC",
    "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE",
    "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM", "NCL", "NER",
    "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN",
    "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU",
    "RKS", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE",
    "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SXM",
    "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON", "TTO", "TUN",
    "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "UNA", "UNK", "UNO", "URY", "USA", "UZB",
    "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "XBA", "XCC", "XCE", "XDC",
    "XEC", "XES", "XIM", "XOM", "XPO", "XXA", "XXB", "XXC", "XXX", "YEM", "ZAF", "ZMB", "ZWE",
};

static_assert(std::is_sorted(kCodes.begin(), kCodes.end()), "kCodes must stay sorted");

} // namespace

bool CountryCodes::isKnown(QStringView code)
{
    if (code.isEmpty() || code.size() > 3)
        return false;
    std::array<char, 3> ascii{};
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t u = code.at(i).unicode();
        if (u < u'A' || u > u'Z')
            return false;
        ascii.at(static_cast<std::size_t>(i)) = static_cast<char>(u);
    }
    const std::string_view key(ascii.data(), static_cast<std::size_t>(code.size()));
    return std::binary_search(kCodes.begin(), kCodes.end(), key);
}

} // namespace guichet::mrz
