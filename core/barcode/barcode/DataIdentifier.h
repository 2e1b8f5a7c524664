// The 2D-Doc data-identifier table: what each two-character identifier means and how long it is.
#pragma once

#include <QByteArrayView>

#include <span>

namespace guichet::barcode {

// One entry of the ANTS table. Identifiers are global (the same DI means the same thing in
// every document type), which is why one table is enough to split any message.
struct DataIdentifier {
    static constexpr int kNoMaximum = -1;

    const char *id;
    const char *name; // English, for logs and the desk's field labels
    int minLength;
    int maxLength; // kNoMaximum when the spec gives none

    // Fixed-length values carry no terminator, so splitting depends on this.
    [[nodiscard]] constexpr bool fixedLength() const { return minLength == maxLength; }

    // nullptr when the identifier is not in the table: the message cannot be split past it.
    [[nodiscard]] static const DataIdentifier *find(QByteArrayView id);
    [[nodiscard]] static std::span<const DataIdentifier> all();
};

} // namespace guichet::barcode
