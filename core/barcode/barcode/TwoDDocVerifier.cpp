// 2D-Doc verification: certificate lookup, revocation, ECDSA plain r||s, signing date.
#include "barcode/TwoDDocVerifier.h"

#include "crypto/PublicKey.h"

namespace guichet::barcode {

using Status = TwoDDocVerification::Status;

TwoDDocVerification TwoDDocVerifier::verify(QByteArrayView raw) const
{
    auto document = TwoDDoc::parse(raw);
    if (!document) {
        TwoDDocVerification result;
        result.status = Status::Malformed;
        result.error = document.error();
        return result;
    }
    return verify(std::move(document).value());
}

TwoDDocVerification TwoDDocVerifier::verify(TwoDDoc document) const
{
    TwoDDocVerification result;
    const TwoDDocHeader &header = document.header();
    const TwoDDocCertificate *certificate = m_store->find(header.caId, header.certificateId);
    const auto set = [&result](Status status, FailureCode code, const QString &message,
                               const QString &field, const QString &check) {
        result.status = status;
        result.error = makeError(code, message, field, check);
    };

    if (certificate == nullptr) {
        set(Status::UnknownCertificate, FailureCode::Barcode2DDocUnknownCertificate,
            QStringLiteral("no trusted certificate has the header's CA id and certificate id"),
            QStringLiteral("header.certificate_id"), QStringLiteral("trust_store"));
    } else {
        // The signature is always checked once the key is known, so that the result says
        // whether the bytes are genuine even when the date or revocation refuses them.
        const QByteArray &signature = document.signature();
        const bool sizeFits = signature.size() == certificate->signatureSize();
        result.signatureVerified =
            sizeFits && certificate->publicKey()
                            .verify(crypto::SignatureScheme::ecdsaPlain(certificate->digest()),
                                    document.signedBytes(), signature)
                            .ok();
        // Order: revocation refuses whatever the date (§5.1 step 5); a bad signature is then
        // the strongest finding (forgery) and comes before the date check.
        if (m_store->isRevoked(header.caId, header.certificateId)) {
            set(Status::Revoked, FailureCode::Barcode2DDocCertificateRevoked,
                QStringLiteral("the signing certificate is revoked"),
                QStringLiteral("header.certificate_id"), QStringLiteral("revocation"));
        } else if (!sizeFits) {
            set(Status::InvalidSignature, FailureCode::Barcode2DDocSignatureInvalid,
                QStringLiteral("signature length does not fit the certificate's curve"),
                QStringLiteral("signature"), QStringLiteral("length"));
        } else if (!result.signatureVerified) {
            set(Status::InvalidSignature, FailureCode::Barcode2DDocSignatureInvalid,
                QStringLiteral("ECDSA signature does not verify over the signed bytes"),
                QStringLiteral("signature"), QStringLiteral("ecdsa"));
        } else if (!header.signatureDate.isValid()) {
            set(Status::CertificateNotValidAtSigning, FailureCode::Barcode2DDocNotValidAtSigning,
                QStringLiteral("the header gives no signature date to check"),
                QStringLiteral("header.signature_date"), QStringLiteral("missing"));
        } else if (!certificate->validOn(header.signatureDate)) {
            set(Status::CertificateNotValidAtSigning, FailureCode::Barcode2DDocNotValidAtSigning,
                QStringLiteral("signature date outside the certificate's validity period"),
                QStringLiteral("header.signature_date"), QStringLiteral("certificate_validity"));
        } else {
            result.status = Status::Valid;
        }
    }
    result.document = std::move(document);
    return result;
}

} // namespace guichet::barcode
