// The electronic tax stamp (timbre fiscal électronique) number; offline only its form is checked.
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace guichet::barcode {

class TaxStamp
{
public:
    // Offline the desk can only check the form; whether the stamp is paid, unused and of the
    // right amount is known to the DGFiP service alone.
    enum class Status { ToVerifyOnline };

    // 16 digits 0–9 once trimmed; the spaces printed between groups of four are removed.
    [[nodiscard]] static Result<TaxStamp> fromText(QStringView text);

    [[nodiscard]] const QString &number() const noexcept { return m_number; }
    [[nodiscard]] Status status() const noexcept { return Status::ToVerifyOnline; }
    // "to_verify_online"
    [[nodiscard]] static QString statusName(Status status);

private:
    explicit TaxStamp(QString number) : m_number(std::move(number)) { }

    QString m_number;
};

} // namespace guichet::barcode
