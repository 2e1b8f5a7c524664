// Where each field of each MRZ format lies, and which characters it may hold.
#pragma once

#include "mrz/MrzData.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::mrz {

// The field names: layout entries, MrzData::Check and FieldError fields, JSON keys.
namespace fields {
inline constexpr QLatin1String kDocumentCode("document_code");
inline constexpr QLatin1String kIssuingState("issuing_state");
inline constexpr QLatin1String kDocumentNumber("document_number");
inline constexpr QLatin1String kDocumentNumberCheck("document_number_check_digit");
inline constexpr QLatin1String kNationality("nationality");
inline constexpr QLatin1String kBirthDate("birth_date");
inline constexpr QLatin1String kBirthDateCheck("birth_date_check_digit");
inline constexpr QLatin1String kSex("sex");
inline constexpr QLatin1String kExpiryDate("expiry_date");
inline constexpr QLatin1String kExpiryDateCheck("expiry_date_check_digit");
inline constexpr QLatin1String kOptionalData("optional_data");
inline constexpr QLatin1String kOptionalDataCheck("optional_data_check_digit");
inline constexpr QLatin1String kOptionalData2("optional_data_2");
inline constexpr QLatin1String kCompositeCheck("composite_check_digit");
inline constexpr QLatin1String kNames("names");
inline constexpr QLatin1String kSurname("surname");
inline constexpr QLatin1String kGivenNames("given_names");
inline constexpr QLatin1String kComposite("composite");
} // namespace fields

class MrzLayout
{
public:
    // What a position may hold; the OCR repair relies on it.
    enum class Charset {
        Letters, // A-Z and '<': codes, states, names
        Digits, // 0-9 and '<': dates, check digits, French issue month and serial
        Alphanumeric, // document numbers, optional data
        Sex, // M, F, X or '<'
    };
    struct Span {
        int line = 0; // 0-based
        int start = 0; // 0-based
        int length = 0;
    };
    struct Field {
        QLatin1String name;
        Span span;
        Charset charset = Charset::Alphanumeric;
    };

    [[nodiscard]] static const MrzLayout &of(MrzFormat format);

    [[nodiscard]] int lineCount() const { return m_lineCount; }
    [[nodiscard]] int lineLength() const { return m_lineLength; }
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    // Every span of the named field, in order (the French document number has three).
    [[nodiscard]] QList<Span> spans(QLatin1String name) const;
    // The spans the composite check digit covers; empty for visas.
    [[nodiscard]] const QList<Span> &composite() const { return m_composite; }
    // The name of the field at a position, for error messages.
    [[nodiscard]] QString fieldAt(int line, int column) const;

    // The text of the named field (its spans joined) in `lines`.
    [[nodiscard]] QString text(const QStringList &lines, QLatin1String name) const;
    [[nodiscard]] static QString text(const QStringList &lines, const QList<Span> &spans);

    MrzLayout(int lineCount, int lineLength, QList<Field> fields, QList<Span> composite);

private:
    int m_lineCount;
    int m_lineLength;
    QList<Field> m_fields;
    QList<Span> m_composite;
};

} // namespace guichet::mrz
