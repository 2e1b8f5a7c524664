// A 2D-Doc signing certificate reduced to what verification needs: ids, validity and key.
#pragma once

#include "common/Result.h"
#include "crypto/Digest.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace guichet::barcode {

class TwoDDocCertificate
{
public:
    // DER or PEM X.509. The CA id is the issuer CN and the certificate id the subject CN, as in
    // the ANTS publication points; when a CN is not 4 alphanumerics, the file name convention
    // "<CA id>-<certificate id>[-anything].<ext>" (the corpus' "FR00-0001-test.pem") is used.
    // Only ECDSA keys on P-256, P-384 and P-521 are accepted (BarcodeTrustStoreInvalid).
    [[nodiscard]] static Result<TwoDDocCertificate> fromEncoded(QByteArrayView encoded,
                                                                const QString &fileName = {});

    [[nodiscard]] const QString &caId() const noexcept { return m_caId; }
    [[nodiscard]] const QString &certificateId() const noexcept { return m_certificateId; }
    [[nodiscard]] const QDateTime &notBefore() const noexcept { return m_notBefore; }
    [[nodiscard]] const QDateTime &notAfter() const noexcept { return m_notAfter; }
    [[nodiscard]] const crypto::PublicKey &publicKey() const noexcept { return m_key; }
    [[nodiscard]] const QByteArray &der() const noexcept { return m_der; }
    // SHA-256/384/512 for P-256/384/521 (ANTS spec §5).
    [[nodiscard]] crypto::DigestAlgorithm digest() const noexcept { return m_digest; }
    // Bytes of a raw r||s signature for this key's curve.
    [[nodiscard]] qsizetype signatureSize() const noexcept { return m_signatureSize; }
    // Whether the signature day falls within the validity period (day granularity, since the
    // header dates only the day: a day that overlaps the period counts).
    [[nodiscard]] bool validOn(const QDate &day) const;

private:
    explicit TwoDDocCertificate(crypto::PublicKey key) : m_key(std::move(key)) { }

    QString m_caId;
    QString m_certificateId;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    crypto::PublicKey m_key;
    QByteArray m_der;
    crypto::DigestAlgorithm m_digest = crypto::DigestAlgorithm::Sha256;
    qsizetype m_signatureSize = 64;
};

} // namespace guichet::barcode
