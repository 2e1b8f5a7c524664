// One data field of a 2D-Doc message or annex: identifier, meaning and value.
#pragma once

#include <QString>

namespace guichet::barcode {

struct TwoDDocField {
    QString id; // two characters, e.g. "24"
    QString name; // from the data-identifier table, e.g. "service postcode"
    QString value; // as encoded: fixed-length padding spaces are kept
    bool truncated = false; // the issuer cut the value short (ended by <RS>)

    friend bool operator==(const TwoDDocField &, const TwoDDocField &) = default;
};

} // namespace guichet::barcode
