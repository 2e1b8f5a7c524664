// The 2D-Doc header: who signed, when, and what kind of document (C40 text or binary v04).
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace guichet::barcode {

struct TwoDDocHeader {
    enum class Encoding { C40, Binary };

    static constexpr qsizetype kBinaryLength = 19;

    Encoding encoding = Encoding::C40;
    int version = 0; // 1..4
    QString caId; // e.g. "FR00"
    QString certificateId; // 4 characters in C40 headers, 5 hex digits in binary ones
    QDate issueDate; // null when the header says "not dated"
    QDate signatureDate; // null when the header says "not dated"
    QString documentType; // two characters; binary headers give the byte as two hex digits
    QString perimeter; // v03+: "01" (ANTS); binary: four hex digits; empty before v03
    QString country; // v04: alpha-2 in C40, alpha-3 in binary; empty before v04

    // Bytes the header occupies at the start of the message.
    [[nodiscard]] qsizetype length() const;

    // Reads the C40 text header at the start of `data` (the rest is ignored).
    [[nodiscard]] static Result<TwoDDocHeader> parseC40(QByteArrayView data);
    // Reads the 19-byte binary v04 header at the start of `data` (the rest is ignored).
    [[nodiscard]] static Result<TwoDDocHeader> parseBinary(QByteArrayView data);
    // 22 (v01, v02), 24 (v03), 26 (v04); 0 for any other version.
    [[nodiscard]] static qsizetype c40Length(int version);
};

} // namespace guichet::barcode
