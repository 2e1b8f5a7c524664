// Formatting of errors for logs and for the JSON contract.
#include "common/Error.h"

#include <utility>

namespace guichet {

QString Error::toString() const
{
    QString text = failureCodeReference(code) + QLatin1Char(' ') + failureCodeId(code);
    if (!field.isEmpty())
        text += QStringLiteral(" [") + field + QLatin1Char(']');
    if (!check.isEmpty())
        text += QStringLiteral(" (") + check + QLatin1Char(')');
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

QJsonObject Error::toJson() const
{
    QJsonObject object{
        {QStringLiteral("code"), failureCodeReference(code)},
        {QStringLiteral("id"), failureCodeId(code)},
        {QStringLiteral("message"), message},
    };
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    if (!check.isEmpty())
        object.insert(QStringLiteral("check"), check);
    return object;
}

Error makeError(FailureCode code, QString message, QString field, QString check)
{
    return Error{code, std::move(message), std::move(field), std::move(check)};
}

} // namespace guichet
