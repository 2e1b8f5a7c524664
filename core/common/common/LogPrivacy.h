// Helpers that turn sensitive values into something safe to log.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace guichet::log {

enum class Disclosure {
    Redacted, // default: header, lengths and status word only
    Secure, // guichet.secure is on: payloads shown, except PIN-bearing commands
};

// A command APDU as "CLA INS P1 P2 Lc=n <n bytes> Le=m". Payload bytes are shown only under
// Disclosure::Secure and never for VERIFY, CHANGE REFERENCE DATA or RESET RETRY COUNTER
// (which carry PINs and PUKs). Malformed APDUs are described, not dumped.
[[nodiscard]] QString describeCommandApdu(QByteArrayView apdu,
                                          Disclosure disclosure = Disclosure::Redacted);

// A response APDU as "SW=9000 <n bytes>"; data shown only under Disclosure::Secure.
[[nodiscard]] QString describeResponseApdu(QByteArrayView response,
                                           Disclosure disclosure = Disclosure::Redacted);

// A stable-within-this-process pseudonym for a value that must not be logged (a document
// number, an application id chosen by a citizen...): "p:" + 16 hex digits of a keyed hash
// under a random key drawn at process start. Lets a log correlate events, not reveal values.
[[nodiscard]] QString pseudonym(QByteArrayView value);

} // namespace guichet::log
