// Form check of electronic tax-stamp numbers.
#include "barcode/TaxStamp.h"

#include <QRegularExpression>

namespace guichet::barcode {

Result<TaxStamp> TaxStamp::fromText(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{16}$"));
    QString number = text.trimmed().toString();
    number.remove(QLatin1Char(' '));
    if (!pattern.match(number).hasMatch())
        return fail(FailureCode::BarcodeTaxStampInvalid,
                    QStringLiteral("tax stamp number is not 16 digits"),
                    QStringLiteral("tax_stamp_number"), QStringLiteral("format"));
    return TaxStamp(std::move(number));
}

QString TaxStamp::statusName(Status status)
{
    switch (status) {
    case Status::ToVerifyOnline:
        return QStringLiteral("to_verify_online");
    }
    return QStringLiteral("to_verify_online");
}

} // namespace guichet::barcode
