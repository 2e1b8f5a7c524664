// Reading 2D-Doc signing certificates with OpenSSL's X.509 API.
#include "barcode/TwoDDocCertificate.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <ctime>

namespace guichet::barcode {

namespace {

Failure invalid(const QString &check, const QString &message)
{
    return fail(FailureCode::BarcodeTrustStoreInvalid, message, QStringLiteral("certificate"),
                check);
}

crypto::X509Ptr readX509(QByteArrayView encoded)
{
    if (encoded.contains("-----BEGIN")) {
        crypto::BioPtr bio(BIO_new_mem_buf(encoded.data(), static_cast<int>(encoded.size())));
        if (!bio)
            return nullptr;
        return crypto::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    const unsigned char *cursor = crypto::bytesOf(encoded);
    crypto::X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(encoded.size())));
    // Trailing bytes would make two files with different bytes the same certificate.
    if (x509 && cursor != crypto::bytesOf(encoded) + encoded.size())
        return nullptr;
    return x509;
}

QString commonName(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm parts{};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return {QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
            QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc()};
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{4}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

Result<TwoDDocCertificate> TwoDDocCertificate::fromEncoded(QByteArrayView encoded,
                                                           const QString &fileName)
{
    crypto::X509Ptr x509 = readX509(encoded);
    if (!x509) {
        crypto::clearOpenSslErrors();
        return invalid(QStringLiteral("x509"), QStringLiteral("not a DER or PEM certificate"));
    }
    EVP_PKEY *native = X509_get0_pubkey(x509.get());
    if (native == nullptr) {
        crypto::clearOpenSslErrors();
        return invalid(QStringLiteral("public_key"), QStringLiteral("unreadable public key"));
    }
    TwoDDocCertificate certificate(crypto::PublicKey::fromNative(native));
    const QString curve = certificate.m_key.curveName();
    if (curve == QLatin1String("prime256v1")) {
        certificate.m_digest = crypto::DigestAlgorithm::Sha256;
        certificate.m_signatureSize = 64;
    } else if (curve == QLatin1String("secp384r1")) {
        certificate.m_digest = crypto::DigestAlgorithm::Sha384;
        certificate.m_signatureSize = 96;
    } else if (curve == QLatin1String("secp521r1")) {
        certificate.m_digest = crypto::DigestAlgorithm::Sha512;
        certificate.m_signatureSize = 132;
    } else {
        return invalid(QStringLiteral("curve"),
                       QStringLiteral("2D-Doc keys are ECDSA P-256, P-384 or P-521"));
    }

    certificate.m_caId = commonName(X509_get_issuer_name(x509.get()));
    certificate.m_certificateId = commonName(X509_get_subject_name(x509.get()));
    if (!isIdentifier(certificate.m_caId) || !isIdentifier(certificate.m_certificateId)) {
        const QStringList parts = QFileInfo(fileName).completeBaseName().split(QLatin1Char('-'));
        if (parts.size() < 2 || !isIdentifier(parts[0]) || !isIdentifier(parts[1]))
            return invalid(QStringLiteral("identifiers"),
                           QStringLiteral("neither the CNs nor the file name give the CA id "
                                          "and certificate id"));
        certificate.m_caId = parts[0];
        certificate.m_certificateId = parts[1];
    }
    certificate.m_notBefore = toDateTime(X509_get0_notBefore(x509.get()));
    certificate.m_notAfter = toDateTime(X509_get0_notAfter(x509.get()));
    if (!certificate.m_notBefore.isValid() || !certificate.m_notAfter.isValid())
        return invalid(QStringLiteral("validity"), QStringLiteral("unreadable validity dates"));
    const int size = i2d_X509(x509.get(), nullptr);
    certificate.m_der.resize(size > 0 ? size : 0);
    auto *cursor = reinterpret_cast<unsigned char *>(certificate.m_der.data());
    i2d_X509(x509.get(), &cursor);
    return certificate;
}

bool TwoDDocCertificate::validOn(const QDate &day) const
{
    return day.isValid() && day >= m_notBefore.date() && day <= m_notAfter.date();
}

} // namespace guichet::barcode
