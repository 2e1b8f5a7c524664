// Dg1: the MRZ as stored in the chip's DG1 (tag 61 → 5F1F), split into its lines.
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace guichet::card::emrtd {

// Only the raw text: the MRZ model (fields, check digits, dates) belongs to core/mrz, which
// parses these lines exactly as it parses an OCR read, so chip and print can be compared.
// The text is personal data: never log it. Errors are GU-517 card.lds_malformed with field
// "dg1.mrz" (or GU-510 when the TLV structure itself is broken).
class Dg1
{
public:
    [[nodiscard]] static Result<Dg1> parse(QByteArrayView bytes);

    // 3 lines of 30 (TD1), 2 of 36 (TD2, MRV-B) or 2 of 44 (TD3, MRV-A).
    [[nodiscard]] const QStringList &lines() const noexcept { return m_lines; }
    [[nodiscard]] QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QStringList m_lines;
};

} // namespace guichet::card::emrtd
