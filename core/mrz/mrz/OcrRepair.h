// Repairs of OCR confusions (O/0, I/1, Z/2, S/5, G/6, B/8) where only one reading is possible.
#pragma once

#include "mrz/MrzData.h"
#include "mrz/MrzLayout.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace guichet::mrz {

// Works on the parser's lines in place and reports each replaced character, because the agent
// must be able to see every character that was not read as printed.
class OcrRepair
{
public:
    OcrRepair(QStringList &lines, QList<MrzData::Correction> &corrections);

    // In a letters-only or digits-only span, replaces each character of the other class that
    // has one reading in this class. False when a character of the wrong class remains.
    bool enforce(const MrzLayout::Span &span, MrzLayout::Charset charset);

    // For a field whose check digit fails: tries every combination of swaps within the
    // confusable pairs at the `swappable` (alphanumeric) positions of `data`, and applies the
    // single one that satisfies the check digit and `confirm` (the composite, where the format
    // has one). Nothing changes when none or several fit: a guess would change an identity.
    bool repairByCheckDigit(const QList<MrzLayout::Span> &data,
                            const QList<MrzLayout::Span> &swappable, const MrzLayout::Span &check,
                            const QString &field, const std::function<bool()> &confirm);

    // The digit a letter is misread for (O, Q, D → 0; I, L → 1; Z → 2; S → 5; G → 6;
    // B → 8), or a null QChar.
    [[nodiscard]] static QChar asDigit(QChar c);
    // The letter a digit is misread for (0 → O, 1 → I, 2 → Z, 5 → S, 6 → G, 8 → B).
    [[nodiscard]] static QChar asLetter(QChar c);

private:
    void replace(int line, int column, QChar to, const QString &reason);

    QStringList &m_lines;
    QList<MrzData::Correction> &m_corrections;
};

} // namespace guichet::mrz
