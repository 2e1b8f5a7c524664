// X.509 certificates from DER, for the modules that check signatures and chains.
#pragma once

#include "common/Result.h"
#include "crypto/OpenSslPtr.h"

#include <QByteArrayView>
#include <QString>

namespace guichet::crypto {

// One DER certificate, nothing after it; CryptoMalformedInput naming `field` otherwise.
[[nodiscard]] Result<X509Ptr> certificateFromDer(QByteArrayView der, const QString &field);

} // namespace guichet::crypto
