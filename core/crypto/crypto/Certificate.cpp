// DER certificate parsing.
#include "crypto/Certificate.h"

#include "crypto/OpenSslError.h"

namespace guichet::crypto {

Result<X509Ptr> certificateFromDer(QByteArrayView der, const QString &field)
{
    const unsigned char *cursor = bytesOf(der);
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!certificate)
        return opensslFailure(FailureCode::CryptoMalformedInput, QStringLiteral("d2i_X509"), field);
    if (cursor != bytesOf(der) + der.size())
        return fail(FailureCode::CryptoMalformedInput,
                    QStringLiteral("trailing bytes after the certificate"), field,
                    QStringLiteral("der"));
    return certificate;
}

} // namespace guichet::crypto
