// The data identifiers of ANTS 2D-Doc v3.2.6/v3.3 (common, invoice, address, bank, tax,
// payslip, identity, vehicle and driving-licence, virology-test blocks).
#include "barcode/DataIdentifier.h"

#include <array>

namespace guichet::barcode {

namespace {

constexpr int kNone = DataIdentifier::kNoMaximum;

// Lengths from the ANTS table as transcribed by zanni/go2ddoc (assets/spec); F0–F6 (type B2)
// from spec v3.3, their terminators confirmed by the corpus' DC04 B2 message.
constexpr std::array kTable{
    DataIdentifier{"01", "unique document identifier", 0, kNone},
    DataIdentifier{"02", "document category", 0, kNone},
    DataIdentifier{"03", "document subcategory", 0, kNone},
    DataIdentifier{"04", "composing application", 0, kNone},
    DataIdentifier{"05", "composing application version", 0, kNone},
    DataIdentifier{"06", "date of association with the document", 4, 4},
    DataIdentifier{"07", "time of association with the document", 6, 6},
    DataIdentifier{"08", "document expiry date", 4, 4},
    DataIdentifier{"09", "number of pages", 4, 4},
    DataIdentifier{"0A", "2D-Doc publisher", 9, 9},
    DataIdentifier{"0B", "2D-Doc integrator", 9, 9},
    DataIdentifier{"0C", "document URL", 0, kNone},
    DataIdentifier{"10", "beneficiary address line 1", 0, 38},
    DataIdentifier{"11", "beneficiary title", 0, 38},
    DataIdentifier{"12", "beneficiary given name", 0, 38},
    DataIdentifier{"13", "beneficiary surname", 0, 38},
    DataIdentifier{"14", "invoice recipient address line 1", 0, 38},
    DataIdentifier{"15", "invoice recipient title", 0, 38},
    DataIdentifier{"16", "invoice recipient given name", 0, 38},
    DataIdentifier{"17", "invoice recipient surname", 0, 38},
    DataIdentifier{"18", "invoice number", 0, kNone},
    DataIdentifier{"19", "customer number", 0, kNone},
    DataIdentifier{"1A", "contract number", 0, kNone},
    DataIdentifier{"1B", "contract subscriber identifier", 0, kNone},
    DataIdentifier{"1C", "contract effective date", 8, 8},
    DataIdentifier{"1D", "invoice amount including tax", 0, 16},
    DataIdentifier{"1E", "beneficiary phone number", 0, 30},
    DataIdentifier{"1F", "invoice recipient phone number", 0, 30},
    DataIdentifier{"1G", "co-beneficiary not named in the code", 1, 1},
    DataIdentifier{"1H", "co-recipient not named in the code", 1, 1},
    DataIdentifier{"1I", "co-beneficiary address line 1", 0, 38},
    DataIdentifier{"1J", "co-beneficiary title", 0, 38},
    DataIdentifier{"1K", "co-beneficiary given name", 0, 38},
    DataIdentifier{"1L", "co-beneficiary surname", 0, 38},
    DataIdentifier{"1M", "co-recipient address line 1", 0, 38},
    DataIdentifier{"1N", "co-recipient title", 0, 38},
    DataIdentifier{"1O", "co-recipient given name", 0, 38},
    DataIdentifier{"1P", "co-recipient surname", 0, 38},
    DataIdentifier{"20", "service address line 2", 0, 38},
    DataIdentifier{"21", "service address line 3", 0, 38},
    DataIdentifier{"22", "service address line 4", 0, 38},
    DataIdentifier{"23", "service address line 5", 0, 38},
    DataIdentifier{"24", "service postcode", 5, 5},
    DataIdentifier{"25", "service town", 0, 32},
    DataIdentifier{"26", "service country", 2, 2},
    DataIdentifier{"27", "invoice recipient address line 2", 0, 38},
    DataIdentifier{"28", "invoice recipient address line 3", 0, 38},
    DataIdentifier{"29", "invoice recipient address line 4", 0, 38},
    DataIdentifier{"2A", "invoice recipient address line 5", 0, 38},
    DataIdentifier{"2B", "invoice recipient postcode", 5, 5},
    DataIdentifier{"2C", "invoice recipient town", 0, 32},
    DataIdentifier{"2D", "invoice recipient country", 2, 2},
    DataIdentifier{"30", "title, surname and given name", 0, 140},
    DataIdentifier{"31", "IBAN", 14, 38},
    DataIdentifier{"32", "BIC", 8, 11},
    DataIdentifier{"33", "BBAN", 0, 30},
    DataIdentifier{"34", "account country", 2, 2},
    DataIdentifier{"35", "SEPAmail identifier", 14, 34},
    DataIdentifier{"36", "period start date", 4, 4},
    DataIdentifier{"37", "period end date", 4, 4},
    DataIdentifier{"38", "balance at period start", 0, 11},
    DataIdentifier{"39", "balance at period end", 0, 11},
    DataIdentifier{"40", "tax number", 13, 13},
    DataIdentifier{"41", "reference taxable income", 0, kNone},
    DataIdentifier{"42", "household situation", 0, kNone},
    DataIdentifier{"43", "number of tax shares", 0, kNone},
    DataIdentifier{"44", "tax notice reference", 13, 13},
    DataIdentifier{"50", "employer SIRET", 14, 14},
    DataIdentifier{"51", "hours worked", 6, 6},
    DataIdentifier{"52", "cumulative hours worked", 7, 7},
    DataIdentifier{"53", "period start", 4, 4},
    DataIdentifier{"54", "period end", 4, 4},
    DataIdentifier{"55", "contract start date", 8, 8},
    DataIdentifier{"56", "contract end date", 4, 4},
    DataIdentifier{"57", "contract signature date", 8, 8},
    DataIdentifier{"58", "net taxable salary", 0, 11},
    DataIdentifier{"59", "cumulative net taxable salary", 0, 12},
    DataIdentifier{"5A", "gross salary of the month", 0, 11},
    DataIdentifier{"5B", "cumulative gross salary", 0, 12},
    DataIdentifier{"5C", "net salary", 0, 11},
    DataIdentifier{"5D", "employer address line 2", 0, 38},
    DataIdentifier{"5E", "employer address line 3", 0, 38},
    DataIdentifier{"5F", "employer address line 4", 0, 38},
    DataIdentifier{"5G", "employer address line 5", 0, 38},
    DataIdentifier{"5H", "employer postcode", 5, 5},
    DataIdentifier{"5I", "employer town", 0, 32},
    DataIdentifier{"5J", "employer country", 2, 2},
    DataIdentifier{"5K", "social contributions identifier", 0, 50},
    DataIdentifier{"60", "given names", 0, 60},
    DataIdentifier{"61", "given name", 0, 20},
    DataIdentifier{"62", "birth surname", 0, 38},
    DataIdentifier{"63", "usage name", 0, 38},
    DataIdentifier{"64", "spouse's name", 0, 38},
    DataIdentifier{"65", "identity document kind", 2, 2},
    DataIdentifier{"66", "identity document number", 0, 20},
    DataIdentifier{"67", "nationality", 2, 2},
    DataIdentifier{"68", "sex", 1, 1},
    DataIdentifier{"69", "date of birth", 8, 8},
    DataIdentifier{"6A", "place of birth", 0, 32},
    DataIdentifier{"6B", "issuing office department", 3, 3},
    DataIdentifier{"6C", "country of birth", 2, 2},
    DataIdentifier{"6D", "father's surname and given names", 0, 60},
    DataIdentifier{"6E", "mother's surname and given names", 0, 60},
    DataIdentifier{"6F", "machine readable zone", 0, 90},
    DataIdentifier{"6G", "surname", 1, 38},
    DataIdentifier{"6H", "civility", 1, 10},
    DataIdentifier{"6I", "issuing country", 2, 2},
    DataIdentifier{"A0", "vehicle registration country", 2, 2},
    DataIdentifier{"A1", "vehicle registration number", 0, 17},
    DataIdentifier{"A2", "vehicle make", 0, 17},
    DataIdentifier{"A3", "vehicle commercial name", 0, 17},
    DataIdentifier{"A4", "vehicle identification number", 17, 17},
    DataIdentifier{"A5", "vehicle category", 3, 3},
    DataIdentifier{"A6", "fuel", 2, 2},
    DataIdentifier{"A7", "CO2 emissions (g/km)", 3, 3},
    DataIdentifier{"A8", "EC environmental class", 0, 12},
    DataIdentifier{"A9", "pollutant emission class", 3, 3},
    DataIdentifier{"AA", "first registration date", 8, 8},
    DataIdentifier{"AB", "letter type", 0, 8},
    DataIdentifier{"AC", "file number", 0, 19},
    DataIdentifier{"AD", "offence date", 4, 4},
    DataIdentifier{"AE", "offence time", 4, 4},
    DataIdentifier{"AF", "points withdrawn", 1, 1},
    DataIdentifier{"AG", "points balance", 1, 1},
    DataIdentifier{"F0", "patient given names", 0, 60},
    DataIdentifier{"F1", "patient surname", 0, 38},
    DataIdentifier{"F2", "patient date of birth", 8, 8},
    DataIdentifier{"F3", "patient sex", 1, 1},
    DataIdentifier{"F4", "analysis code (LOINC)", 3, 7},
    DataIdentifier{"F5", "analysis result", 1, 1},
    DataIdentifier{"F6", "sampling date and time", 12, 12},
};

} // namespace

const DataIdentifier *DataIdentifier::find(QByteArrayView id)
{
    for (const auto &entry : kTable) {
        if (id == QByteArrayView(entry.id))
            return &entry;
    }
    return nullptr;
}

std::span<const DataIdentifier> DataIdentifier::all()
{
    return kTable;
}

} // namespace guichet::barcode
