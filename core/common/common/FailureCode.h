// The catalogue of failure codes every layer reports; docs/failure-codes.md explains each one.
#pragma once

#include <QString>

#include <cstdint>

namespace guichet {

// X(enumerator, number, stable id). Numbers are grouped by module and never reused: support
// staff and the JSON contract of guichet-cli rely on them. Add new codes at the end of a group
// and document them in docs/failure-codes.md (a test checks that every code is documented).
#define GUICHET_FAILURE_CODES(X)                                                                   \
    X(Internal, 100, "internal")                                                                   \
    X(InvalidArgument, 101, "invalid_argument")                                                    \
    X(IoError, 102, "io_error")                                                                    \
    X(Cancelled, 103, "cancelled")                                                                 \
    X(Timeout, 104, "timeout")                                                                     \
    X(NotAvailable, 105, "not_available")                                                          \
    X(UsageError, 106, "usage_error")                                                              \
    X(CryptoBackend, 200, "crypto.backend")                                                        \
    X(CryptoRandomUnavailable, 201, "crypto.random_unavailable")                                   \
    X(CryptoInvalidKey, 202, "crypto.invalid_key")                                                 \
    X(CryptoInvalidLength, 203, "crypto.invalid_length")                                           \
    X(CryptoAuthenticationFailed, 204, "crypto.authentication_failed")                             \
    X(CryptoSignatureInvalid, 205, "crypto.signature_invalid")                                     \
    X(CryptoUnsupportedAlgorithm, 206, "crypto.unsupported_algorithm")                             \
    X(CryptoMalformedInput, 207, "crypto.malformed_input")                                         \
    X(CryptoKeyAgreementFailed, 208, "crypto.key_agreement_failed")                                \
    X(CryptoStateError, 209, "crypto.state_error")                                                 \
    X(PcscServiceUnavailable, 500, "pcsc.service_unavailable")                                     \
    X(PcscNoReader, 501, "pcsc.no_reader")                                                         \
    X(PcscError, 502, "pcsc.error")

enum class FailureCode : std::uint16_t {
#define GUICHET_FAILURE_ENUM(name, number, id) name = number,
    GUICHET_FAILURE_CODES(GUICHET_FAILURE_ENUM)
#undef GUICHET_FAILURE_ENUM
};

struct FailureCodeInfo {
    FailureCode code;
    std::uint16_t number;
    const char *id;
};

// The stable identifier, e.g. "crypto.authentication_failed".
[[nodiscard]] QString failureCodeId(FailureCode code);
// The support reference shown to agents, e.g. "GU-204".
[[nodiscard]] QString failureCodeReference(FailureCode code);
// Every code, in catalogue order.
[[nodiscard]] const FailureCodeInfo *failureCodeCatalogue(std::size_t *count);

} // namespace guichet
