// The outcome of verifying a 2D-Doc: one status, the parsed document and the precise error.
#pragma once

#include "barcode/TwoDDoc.h"
#include "common/Error.h"

#include <QString>

#include <optional>

namespace guichet::barcode {

struct TwoDDocVerification {
    enum class Status {
        Valid,
        InvalidSignature,
        UnknownCertificate,
        CertificateNotValidAtSigning,
        Revoked,
        Malformed,
    };

    Status status = Status::Malformed;
    // Present unless the input did not parse.
    std::optional<TwoDDoc> document;
    // Whether the ECDSA check itself passed; true with CertificateNotValidAtSigning for the
    // ANTS v04 specimens, signed with the test key after the test certificate expired.
    bool signatureVerified = false;
    // Empty (code Internal, no message) when the status is Valid.
    Error error;

    [[nodiscard]] bool valid() const noexcept { return status == Status::Valid; }

    // "valid", "invalid_signature", "unknown_certificate", "certificate_not_valid_at_signing",
    // "revoked", "malformed": stable names for the CLI's JSON and the audit log.
    [[nodiscard]] static QString statusName(Status status);
};

} // namespace guichet::barcode
