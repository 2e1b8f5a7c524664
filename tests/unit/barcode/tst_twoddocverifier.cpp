// 2D-Doc verification: the corpus vectors against the ANTS test certificate, the DOMAIN.md
// specimens, and messages signed by keys generated here (P-256/384/521) behind self-signed
// certificates, covering every outcome; plus the trust store's loading rules.
#include "barcode/Base32.h"
#include "barcode/TwoDDocTrustStore.h"
#include "barcode/TwoDDocVerifier.h"
#include "crypto/PrivateKey.h"

#include "TwoDDocSpecimens.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QTest>
#include <openssl/x509.h>

using namespace guichet;
using namespace guichet::barcode;
using Status = TwoDDocVerification::Status;

namespace {

const QByteArray kGs(1, TwoDDoc::kGroupSeparator);
const QByteArray kUs(1, TwoDDoc::kUnitSeparator);
const QByteArray kBody = "26FR245700010MLLE/SAMPLE/ANGELA" + kGs + "25METZ";

// Test PKI validity: 2024-01-01 to 2025-12-31.
const QDate kValidFrom(2024, 1, 1);
const QDate kValidTo(2025, 12, 31);

QString corpusCertificates()
{
    return test::corpusPath(QStringLiteral("2d-doc/certs"));
}

// Four hex digits of days since 2000-01-01, as the header encodes dates.
QByteArray hexDays(const QDate &date)
{
    return QByteArray::number(QDate(2000, 1, 1).daysTo(date), 16).toUpper().rightJustified(4, '0');
}

long long epoch(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

void addName(X509_NAME *name, const char *commonName)
{
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
}

// A certificate for `key`, subject CN = certificate id, issuer CN = CA id (as ANTS issues
// them), self-signed since the store trusts certificates directly.
QByteArray makeCertificate(const crypto::PrivateKey &key, const char *caId,
                           const char *certificateId, const QDate &from = kValidFrom,
                           const QDate &to = kValidTo)
{
    crypto::X509Ptr x509(X509_new());
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 1);
    ASN1_TIME_set(X509_getm_notBefore(x509.get()), static_cast<time_t>(epoch(from)));
    ASN1_TIME_set(X509_getm_notAfter(x509.get()), static_cast<time_t>(epoch(to)));
    addName(X509_get_subject_name(x509.get()), certificateId);
    addName(X509_get_issuer_name(x509.get()), caId);
    X509_set_pubkey(x509.get(), key.native());
    if (X509_sign(x509.get(), key.native(), EVP_sha256()) <= 0)
        qFatal("X509_sign failed");
    const int size = i2d_X509(x509.get(), nullptr);
    QByteArray der(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(x509.get(), &cursor);
    return der;
}

QByteArray pem(const QByteArray &der)
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

struct TestKey {
    const char *certificateId;
    const char *curve;
    crypto::DigestAlgorithm digest;
};
constexpr TestKey kKeys[] = {
    {"0256", "P-256", crypto::DigestAlgorithm::Sha256},
    {"0384", "P-384", crypto::DigestAlgorithm::Sha384},
    {"0521", "P-521", crypto::DigestAlgorithm::Sha512},
};

// Generated once: a trust store with one certificate per curve under CA "XX00" (reserved for
// tests), and the keys to sign with.
struct TestPki {
    std::vector<crypto::PrivateKey> keys;
    TwoDDocTrustStore store;

    TestPki()
    {
        for (const auto &spec : kKeys) {
            keys.push_back(crypto::PrivateKey::generateEc(QString::fromLatin1(spec.curve)).value());
            auto certificate = TwoDDocCertificate::fromEncoded(
                makeCertificate(keys.back(), "XX00", spec.certificateId));
            if (!certificate || !store.add(std::move(certificate).value()))
                qFatal("test certificate refused");
        }
    }
};

TestPki &pki()
{
    static TestPki instance;
    return instance;
}

QByteArray header(const char *certificateId, const QByteArray &signatureDate, int version = 3)
{
    QByteArray out = "DC0" + QByteArray::number(version) + "XX00" + certificateId + "FFFF" +
                     signatureDate + "00";
    if (version >= 3)
        out += "01";
    if (version >= 4)
        out += "FR";
    return out;
}

// Signs `signedBytes` with the key at `keyIndex`; version 1 keeps raw bytes, others base32.
QByteArray sign(std::size_t keyIndex, const QByteArray &signedBytes, int version = 3)
{
    const auto scheme = crypto::SignatureScheme::ecdsaPlain(kKeys[keyIndex].digest);
    const QByteArray signature = pki().keys.at(keyIndex).sign(scheme, signedBytes).value();
    return signedBytes + kUs + (version == 1 ? signature : Base32::encode(signature));
}

} // namespace

class TestTwoDDocVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("signatureValid");
        QTest::addColumn<int>("status");
        // The corpus says whether the ECDSA signature verifies; the status adds the date rule:
        // DC04 B2 was signed in 2021 with the test key whose certificate ended in 2015 (DOMAIN.md
        // "v4 examples fail a strict step 6"), and the type 07 OCR copy lost a padding space so
        // it does not even parse (see tst_twoddoc).
        const QMap<QString, Status> statuses{
            {QStringLiteral("2ddoc-dc02-type00-justificatif-domicile"), Status::Valid},
            {QStringLiteral("2ddoc-dc03-type01-facture"), Status::Valid},
            {QStringLiteral("2ddoc-dc04-typeB2-test-covid"), Status::CertificateNotValidAtSigning},
            {QStringLiteral("2ddoc-dc03-type07-titre-identite-UNVERIFIED"), Status::Malformed},
            {QStringLiteral("2ddoc-dc03-type08-mrz-UNVERIFIED"), Status::InvalidSignature},
        };
        const QJsonArray vectors = test::twoDDocCorpusVectors();
        QCOMPARE(vectors.size(), statuses.size());
        for (const auto &value : vectors) {
            const QJsonObject vector = value.toObject();
            const QString id = vector.value(QStringLiteral("id")).toString();
            QVERIFY(statuses.contains(id));
            QTest::newRow(qPrintable(id))
                << vector.value(QStringLiteral("raw")).toString().toLatin1()
                << vector.value(QStringLiteral("signature_valid_with_FR00_0001")).toBool()
                << static_cast<int>(statuses.value(id));
        }
    }

    void corpus()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, signatureValid);
        QFETCH(int, status);
        TwoDDocTrustStore store;
        QCOMPARE(store.loadDirectory(corpusCertificates()).value(), std::size_t{1});
        const TwoDDocVerification result = TwoDDocVerifier(store).verify(raw);
        QCOMPARE(static_cast<int>(result.status), status);
        QCOMPARE(result.valid(), result.status == Status::Valid);
        if (result.status == Status::Malformed) {
            QVERIFY(!result.document.has_value());
            QCOMPARE(result.error.code, FailureCode::Barcode2DDocMalformed);
            return;
        }
        QVERIFY(result.document.has_value());
        QCOMPARE(result.signatureVerified, signatureValid);
        if (result.status == Status::CertificateNotValidAtSigning) {
            QCOMPARE(result.error.code, FailureCode::Barcode2DDocNotValidAtSigning);
            QCOMPARE(result.error.field, QStringLiteral("header.signature_date"));
            QCOMPARE(result.error.check, QStringLiteral("certificate_validity"));
        }
        if (result.status == Status::InvalidSignature) {
            QCOMPARE(result.error.code, FailureCode::Barcode2DDocSignatureInvalid);
            QCOMPARE(result.error.check, QStringLiteral("ecdsa"));
        }
    }

    // DOMAIN.md §2: T1 and T2 verify; flipping any message character of T1, or stripping the
    // <GS> before <US>, must fail.
    void domainSpecimens()
    {
        TwoDDocTrustStore store;
        QVERIFY(store.loadDirectory(corpusCertificates()).ok());
        const TwoDDocVerifier verifier(store);
        const QByteArray t1 = test::domainSpecimenT1();
        const QByteArray t2 = test::domainSpecimenT2();
        QCOMPARE(verifier.verify(t1).status, Status::Valid);
        QCOMPARE(verifier.verify(t2).status, Status::Valid);

        const qsizetype separator = t1.indexOf(TwoDDoc::kUnitSeparator);
        for (qsizetype i = 24; i < separator; ++i) {
            QByteArray flipped = t1;
            flipped[i] = flipped[i] == 'A' ? 'B' : 'A';
            const auto result = verifier.verify(flipped);
            QVERIFY2(result.status == Status::InvalidSignature ||
                         result.status == Status::Malformed,
                     qPrintable(QStringLiteral("flip at %1 gave %2")
                                    .arg(i)
                                    .arg(TwoDDocVerification::statusName(result.status))));
        }
        QByteArray stripped = t1;
        stripped.remove(separator - 1, 1);
        QCOMPARE(verifier.verify(stripped).status, Status::InvalidSignature);
        QCOMPARE(verifier.verify(stripped).error.check, QStringLiteral("ecdsa"));
    }

    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("revoke");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("signatureVerified");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        const QByteArray inside = hexDays(QDate(2024, 6, 1));
        const auto add = [](const char *name, const QByteArray &raw, bool revoke, Status status,
                            bool verified, const char *field, const char *check) {
            QTest::newRow(name) << raw << revoke << static_cast<int>(status) << verified
                                << QString::fromLatin1(field) << QString::fromLatin1(check);
        };
        add("P-256", sign(0, header("0256", inside) + kBody), false, Status::Valid, true, "", "");
        add("P-384", sign(1, header("0384", inside) + kBody), false, Status::Valid, true, "", "");
        add("P-521", sign(2, header("0521", inside) + kBody), false, Status::Valid, true, "", "");
        add("v01 raw signature", sign(0, header("0256", inside, 1) + kBody, 1), false,
            Status::Valid, true, "", "");
        add("v02", sign(0, header("0256", inside, 2) + kBody), false, Status::Valid, true, "", "");
        add("v04 with unsigned annex", sign(0, header("0256", inside, 4) + kBody) + kGs + "F1NEG",
            false, Status::Valid, true, "", "");
        add("first day of validity", sign(0, header("0256", hexDays(kValidFrom)) + kBody), false,
            Status::Valid, true, "", "");
        add("last day of validity", sign(0, header("0256", hexDays(kValidTo)) + kBody), false,
            Status::Valid, true, "", "");

        QByteArray tampered = sign(0, header("0256", inside) + kBody);
        tampered[30] = 'X'; // a digit of the postcode (field 24)
        add("tampered byte", tampered, false, Status::InvalidSignature, false, "signature",
            "ecdsa");
        QByteArray tamperedHeader = sign(0, header("0256", inside) + kBody);
        tamperedHeader.replace(20, 2, "01"); // the document type
        add("tampered header", tamperedHeader, false, Status::InvalidSignature, false, "signature",
            "ecdsa");
        QByteArray tamperedSignature = sign(0, header("0256", inside) + kBody);
        tamperedSignature[tamperedSignature.size() - 10] =
            tamperedSignature[tamperedSignature.size() - 10] == 'A' ? 'B' : 'A';
        add("tampered signature", tamperedSignature, false, Status::InvalidSignature, false,
            "signature", "ecdsa");
        // A P-384 signature (96 bytes) in a message naming the P-256 certificate.
        QByteArray wrongCurve = header("0256", inside) + kBody;
        wrongCurve = wrongCurve + sign(1, wrongCurve).sliced(wrongCurve.size());
        add("signature length of another curve", wrongCurve, false, Status::InvalidSignature, false,
            "signature", "length");
        add("unknown certificate", sign(0, header("0999", inside) + kBody), false,
            Status::UnknownCertificate, false, "header.certificate_id", "trust_store");
        add("revoked", sign(0, header("0256", inside) + kBody), true, Status::Revoked, true,
            "header.certificate_id", "revocation");
        add("signed before validity",
            sign(0, header("0256", hexDays(kValidFrom.addDays(-1))) + kBody), false,
            Status::CertificateNotValidAtSigning, true, "header.signature_date",
            "certificate_validity");
        add("signed after validity", sign(0, header("0256", hexDays(kValidTo.addDays(1))) + kBody),
            false, Status::CertificateNotValidAtSigning, true, "header.signature_date",
            "certificate_validity");
        add("no signature date", sign(0, header("0256", "FFFF") + kBody), false,
            Status::CertificateNotValidAtSigning, true, "header.signature_date", "missing");
        add("malformed", header("0256", inside) + kBody, false, Status::Malformed, false, "message",
            "missing_unit_separator");
    }

    void outcomes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, revoke);
        QFETCH(int, status);
        QFETCH(bool, signatureVerified);
        QFETCH(QString, field);
        QFETCH(QString, check);
        TwoDDocTrustStore store = pki().store; // a copy, so that a revocation stays in its row
        if (revoke)
            store.revoke(QStringLiteral("XX00"), QStringLiteral("0256"));
        const TwoDDocVerification result = TwoDDocVerifier(store).verify(raw);
        QCOMPARE(TwoDDocVerification::statusName(result.status),
                 TwoDDocVerification::statusName(static_cast<Status>(status)));
        QCOMPARE(result.signatureVerified, signatureVerified);
        if (result.valid()) {
            QCOMPARE(result.error.code, FailureCode::Internal);
            QVERIFY(result.error.message.isEmpty());
        } else {
            QCOMPARE(result.error.field, field);
            QCOMPARE(result.error.check, check);
            QVERIFY(!result.error.message.isEmpty());
        }
    }

    void statusNames()
    {
        QCOMPARE(TwoDDocVerification::statusName(Status::Valid), QStringLiteral("valid"));
        QCOMPARE(TwoDDocVerification::statusName(Status::InvalidSignature),
                 QStringLiteral("invalid_signature"));
        QCOMPARE(TwoDDocVerification::statusName(Status::UnknownCertificate),
                 QStringLiteral("unknown_certificate"));
        QCOMPARE(TwoDDocVerification::statusName(Status::CertificateNotValidAtSigning),
                 QStringLiteral("certificate_not_valid_at_signing"));
        QCOMPARE(TwoDDocVerification::statusName(Status::Revoked), QStringLiteral("revoked"));
        QCOMPARE(TwoDDocVerification::statusName(Status::Malformed), QStringLiteral("malformed"));
    }

    void trustStore()
    {
        TwoDDocTrustStore store;
        QCOMPARE(store.loadDirectory(corpusCertificates()).value(), std::size_t{1});
        const TwoDDocCertificate *test = store.find(QStringLiteral("FR00"), QStringLiteral("0001"));
        QVERIFY(test != nullptr);
        QCOMPARE(test->notBefore(),
                 QDateTime(QDate(2012, 11, 1), QTime(13, 47, 46), QTimeZone::utc()));
        QCOMPARE(test->notAfter(),
                 QDateTime(QDate(2015, 11, 1), QTime(13, 47, 46), QTimeZone::utc()));
        QCOMPARE(test->signatureSize(), 64);
        QCOMPARE(store.find(QStringLiteral("0001"), QStringLiteral("FR00")), nullptr);
        // Loading the same directory again adds nothing: identical certificates are one.
        QCOMPARE(store.loadDirectory(corpusCertificates()).value(), std::size_t{0});

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        auto key = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        // CNs that are not ids: the file name convention "<CA>-<cert>[-...]" names them.
        write(QStringLiteral("FR07-0A1B-renamed.der"),
              makeCertificate(key, "AC 2D-DOC", "Signing certificate"));
        write(QStringLiteral("README.txt"), "not a certificate, not loaded");
        TwoDDocTrustStore named;
        QCOMPARE(named.loadDirectory(dir.path()).value(), std::size_t{1});
        QVERIFY(named.find(QStringLiteral("FR07"), QStringLiteral("0A1B")) != nullptr);

        // Another certificate with the same ids is a conflict.
        auto other = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        write(QStringLiteral("FR07-0A1B-other.pem"), pem(makeCertificate(other, "FR07", "0A1B")));
        TwoDDocTrustStore conflicting;
        auto duplicate = conflicting.loadDirectory(dir.path());
        QCOMPARE(duplicate.error().code, FailureCode::BarcodeTrustStoreInvalid);
        QCOMPARE(duplicate.error().check, QStringLiteral("duplicate"));
        QCOMPARE(duplicate.error().field, QStringLiteral("FR07-0A1B-renamed.der"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("FR07-0A1B-other.pem"))));

        const auto refused = [](const QByteArray &bytes, const QString &name, const char *check) {
            auto certificate = TwoDDocCertificate::fromEncoded(bytes, name);
            QVERIFY(!certificate.ok());
            QCOMPARE(certificate.error().code, FailureCode::BarcodeTrustStoreInvalid);
            QCOMPARE(certificate.error().check, QString::fromLatin1(check));
        };
        refused("garbage", {}, "x509");
        const QByteArray der = makeCertificate(key, "FR07", "0A1B");
        refused(der + QByteArray(1, '\0'), {}, "x509");
        refused(makeCertificate(key, "AC", "CERT"), QStringLiteral("unnamed.pem"), "identifiers");
        auto brainpool = crypto::PrivateKey::generateEc(QStringLiteral("brainpoolP256r1")).value();
        refused(makeCertificate(brainpool, "FR07", "0A1B"), {}, "curve");

        write(QStringLiteral("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        TwoDDocTrustStore broken;
        auto failed = broken.loadDirectory(dir.path());
        QCOMPARE(failed.error().code, FailureCode::BarcodeTrustStoreInvalid);
        QCOMPARE(failed.error().field, QStringLiteral("broken.pem"));
        QCOMPARE(broken.loadDirectory(dir.filePath(QStringLiteral("missing"))).error().code,
                 FailureCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestTwoDDocVerifier)
#include "tst_twoddocverifier.moc"
