// Fuzz target: APDU descriptions for logs must handle any bytes and never show PIN payloads.
#include "common/LogPrivacy.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    using guichet::log::Disclosure;
    const QString redacted = guichet::log::describeCommandApdu(bytes);
    const QString secure = guichet::log::describeCommandApdu(bytes, Disclosure::Secure);
    (void)guichet::log::describeResponseApdu(bytes);
    (void)guichet::log::describeResponseApdu(bytes, Disclosure::Secure);
    // Redacted output never contains a '[' payload dump; PIN-bearing INS never do either.
    if (redacted.contains(QLatin1Char('[')))
        std::abort();
    if (size > 5) {
        const auto ins = data[1];
        if ((ins == 0x20 || ins == 0x21 || ins == 0x24 || ins == 0x2C) &&
            secure.contains(QLatin1Char('[')))
            std::abort();
    }
    return 0;
}
