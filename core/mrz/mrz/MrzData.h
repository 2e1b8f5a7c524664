// What one machine-readable zone says: format, fields, the checks run, repairs and errors.
#pragma once

#include "common/FailureCode.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet::mrz {

enum class MrzFormat {
    TD1, // 3×30: identity cards, residence permits, the French CNIe since 2021
    TD2, // 2×36: older identity cards and travel documents
    TD3, // 2×44: passports
    MRVA, // 2×44 visa
    MRVB, // 2×36 visa
    FRA_ID, // 2×36: French identity card of 1988-2021, not ICAO
};

enum class Sex {
    Male,
    Female,
    Unspecified, // 'X' or '<' in the MRZ
};

struct MrzData {
    struct Check {
        QString field; // document_number, birth_date, expiry_date, optional_data, composite
        bool ok = false;
        friend bool operator==(const Check &, const Check &) = default;
    };
    // One character the parser replaced because the position or a check digit allowed only
    // that reading; kept so that the agent sees what was not read as printed.
    struct Correction {
        int line = 0; // 1-based, as the agent counts
        int column = 0; // 1-based
        QChar from;
        QChar to;
        QString reason;
        friend bool operator==(const Correction &, const Correction &) = default;
    };
    // The message names the field and what to do, never the value read.
    struct FieldError {
        QString field;
        FailureCode code = FailureCode::Internal;
        QString message;
        friend bool operator==(const FieldError &, const FieldError &) = default;
    };

    MrzFormat format = MrzFormat::TD3;
    QString documentCode; // "P", "ID", "I", "VN"...: fillers removed
    QString issuingState; // "FRA", "D", "UTO"...: fillers removed
    bool issuingStateKnown = false;
    // With a TD1/TD2 long number, the whole number (the overflow from the optional data).
    QString documentNumber;
    // TD1/TD2 long numbers only: the check digit worked out with the '<' at the check position,
    // as some issuers (Belgium) do; see docs/mrz.md.
    bool documentNumberCheckIncludesFiller = false;
    QString nationality;
    bool nationalityKnown = false;
    QDate birthDate; // invalid when the MRZ gives an unknown ('<') or impossible date
    QDate expiryDate; // invalid when absent (French ID card) or unknown
    QDate issueDate; // French ID card only: the first day of the month of issue
    Sex sex = Sex::Unspecified;
    QString surname;
    QString givenNames;
    QString optionalData1; // TD1 line 1; TD2/TD3 personal number; French ID administrative code
    QString optionalData2; // TD1 line 2 only
    QStringList lines; // the normalised lines after repairs, for the chip's access key later
    QList<Check> checks;
    QList<Correction> corrections;
    QList<FieldError> errors;

    [[nodiscard]] bool valid() const { return errors.isEmpty(); }
    // The outcome of the named check; nullopt when this format has no such check.
    [[nodiscard]] std::optional<bool> checkOk(const QString &field) const;
    // The schema of `guichet-cli mrz parse` (docs/cli.md).
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QString formatName(MrzFormat format);
    [[nodiscard]] static QString sexCode(Sex sex);
};

} // namespace guichet::mrz
