// Turns OpenSSL's thread-local error queue into a Guichet Error (and empties the queue).
#pragma once

#include "common/Result.h"

namespace guichet::crypto {

// Drains the queue; the message names the operation and OpenSSL's reasons, never data.
[[nodiscard]] Error takeOpenSslError(FailureCode code, const QString &operation,
                                     const QString &field = {});

[[nodiscard]] inline Failure opensslFailure(FailureCode code, const QString &operation,
                                            const QString &field = {})
{
    return Failure{takeOpenSslError(code, operation, field)};
}

// Discards whatever is queued (used after an expected failure, e.g. a bad signature).
void clearOpenSslErrors();

} // namespace guichet::crypto
