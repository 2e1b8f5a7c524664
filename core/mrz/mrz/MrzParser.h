// Reads the text of a machine-readable zone into MrzData: format, fields, checks and repairs.
#pragma once

#include "mrz/MrzData.h"

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace guichet::mrz {

// Input that cannot be an MRZ (empty, wrong shape, a character outside A-Z 0-9 '<') fails with
// a 30x code. Anything with the shape of an MRZ parses: failed checks and impossible dates are
// listed in MrzData::errors, so that the agent sees which field to compare with the document.
class MrzParser
{
public:
    // Two-digit years resolve against `referenceDate` (the counter's today, or a fixed day in
    // tests): a birth is never after it, an expiry lies within 50 years of it.
    explicit MrzParser(const QDate &referenceDate = QDate::currentDate());

    [[nodiscard]] Result<MrzData> parse(const QString &text) const;

    // One entry per non-blank line, whitespace removed and upper-cased: OCR and scanners
    // insert spaces and CR/LF pairs that the MRZ does not have.
    [[nodiscard]] static QStringList normalise(const QString &text);

private:
    QDate m_reference;
};

} // namespace guichet::mrz
