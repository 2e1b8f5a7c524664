// The ANTS pre-application number (numéro de pré-demande), typed or read from a QR code.
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace guichet::barcode {

class PreApplicationCode
{
public:
    // Trimmed and upper-cased, it must be exactly 10 of A–Z 0–9.
    [[nodiscard]] static Result<PreApplicationCode> fromText(QStringView text);
    // A QR payload is either the number itself (as fromText) or a URL ("://" present). From a
    // URL, the number is the one query value that is a number; with no query value that is,
    // the last path segment if it is one. Zero candidates fail with check "no_number", two
    // different query values with check "ambiguous": guessing could attach the applicant's
    // file to someone else's pre-application. The host is not checked, because the number
    // only identifies a record the agent then opens on the ANTS service.
    [[nodiscard]] static Result<PreApplicationCode> fromQrPayload(QStringView payload);

    [[nodiscard]] const QString &number() const noexcept { return m_number; }

private:
    explicit PreApplicationCode(QString number) : m_number(std::move(number)) { }

    QString m_number;
};

} // namespace guichet::barcode
