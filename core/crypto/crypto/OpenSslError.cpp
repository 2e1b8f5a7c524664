// Collection of OpenSSL error reasons into Guichet errors.
#include "crypto/OpenSslError.h"

#include <openssl/err.h>

#include <QStringList>

namespace guichet::crypto {

Error takeOpenSslError(FailureCode code, const QString &operation, const QString &field)
{
    QStringList reasons;
    unsigned long packed = 0;
    while ((packed = ERR_get_error()) != 0) {
        if (reasons.size() < 4) {
            const char *reason = ERR_reason_error_string(packed);
            const char *library = ERR_lib_error_string(packed);
            reasons.append(QStringLiteral("%1: %2").arg(
                QString::fromLatin1(library ? library : "openssl"),
                reason ? QString::fromLatin1(reason)
                       : QStringLiteral("error %1").arg(ERR_GET_REASON(packed))));
        }
    }
    QString message = operation + QStringLiteral(" failed");
    if (!reasons.isEmpty())
        message += QStringLiteral(" (") + reasons.join(QStringLiteral("; ")) + QLatin1Char(')');
    return makeError(code, message, field, operation);
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace guichet::crypto
