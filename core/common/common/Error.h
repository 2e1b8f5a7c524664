// The error every core operation returns: a typed code, a technical message and its context.
#pragma once

#include "common/FailureCode.h"

#include <QJsonObject>
#include <QString>

namespace guichet {

// Messages are technical English for logs and support; the UI translates from the code.
// Neither the message nor the context may contain personal data or secrets: name the field
// and the check, never the value.
struct Error {
    FailureCode code = FailureCode::Internal;
    QString message;
    QString field; // which input or field, e.g. "document_number" or "aes_gcm.tag"
    QString check; // which check failed, e.g. "check_digit" or "length"

    [[nodiscard]] QString toString() const;
    // {"code": "GU-204", "id": "crypto.authentication_failed", "message": ..., "field", "check"}
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const Error &, const Error &) = default;
};

[[nodiscard]] Error makeError(FailureCode code, QString message, QString field = {},
                              QString check = {});

} // namespace guichet
