// Stable names of the 2D-Doc verification outcomes.
#include "barcode/TwoDDocVerification.h"

namespace guichet::barcode {

QString TwoDDocVerification::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::InvalidSignature:
        return QStringLiteral("invalid_signature");
    case Status::UnknownCertificate:
        return QStringLiteral("unknown_certificate");
    case Status::CertificateNotValidAtSigning:
        return QStringLiteral("certificate_not_valid_at_signing");
    case Status::Revoked:
        return QStringLiteral("revoked");
    case Status::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

} // namespace guichet::barcode
