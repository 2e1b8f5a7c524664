// A parsed 2D-Doc: header, signed data fields, signature and unsigned annex.
#pragma once

#include "barcode/TwoDDocField.h"
#include "barcode/TwoDDocHeader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace guichet::barcode {

class TwoDDoc
{
public:
    static constexpr char kGroupSeparator = '\x1D'; // ends a variable-length value
    static constexpr char kRecordSeparator = '\x1E'; // ends a truncated value
    static constexpr char kUnitSeparator = '\x1F'; // ends the signed bytes

    // Parses the exact content of the symbol. Fails with Barcode2DDocMalformed naming the part
    // ("header.*", "message", "message.<DI>", "signature", "annex.<DI>") and the check, or
    // Barcode2DDocUnsupported (an unknown version, a binary v04 message body).
    [[nodiscard]] static Result<TwoDDoc> parse(QByteArrayView raw);

    // Replaces the literal "<GS>", "<RS>", "<US>" that some scanners and documents print in
    // place of the control characters. Callers opt in: a literal is otherwise ordinary text.
    [[nodiscard]] static QByteArray unescapeControlNames(QByteArrayView text);

    [[nodiscard]] const TwoDDocHeader &header() const noexcept { return m_header; }
    [[nodiscard]] const QList<TwoDDocField> &fields() const noexcept { return m_fields; }
    [[nodiscard]] const QList<TwoDDocField> &annex() const noexcept { return m_annex; }
    // The value of a signed field, nullopt when the message does not have it.
    [[nodiscard]] std::optional<QString> value(QStringView id) const;
    // Exactly the bytes before <US>: what the signature covers.
    [[nodiscard]] const QByteArray &signedBytes() const noexcept { return m_signedBytes; }
    // Raw r||s.
    [[nodiscard]] const QByteArray &signature() const noexcept { return m_signature; }

private:
    TwoDDoc() = default;

    TwoDDocHeader m_header;
    QList<TwoDDocField> m_fields;
    QList<TwoDDocField> m_annex;
    QByteArray m_signedBytes;
    QByteArray m_signature;
};

} // namespace guichet::barcode
