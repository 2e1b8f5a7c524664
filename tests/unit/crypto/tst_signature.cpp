// Signature verification against Wycheproof (ECDSA P-256 and brainpoolP256r1, RSA PKCS#1 v1.5,
// RSA-PSS), plus sign/verify round trips and the plain r||s form.
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"

#include "support/TestData.h"

#include <QJsonArray>

#include <QTest>
#include <openssl/core_names.h>
#include <openssl/x509.h>

using namespace guichet;
using namespace guichet::crypto;

namespace {

void addWycheproofRows(const QString &file, SignatureScheme::Kind kind)
{
    const QJsonObject json = test::loadJson(test::corpusPath(QStringLiteral("wycheproof/") + file));
    int rows = 0;
    for (const auto &groupValue : json.value(QStringLiteral("testGroups")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QByteArray key = test::hex(group.value(QStringLiteral("publicKeyDer")));
        const QString sha = group.value(QStringLiteral("sha")).toString();
        const int salt = group.value(QStringLiteral("sLen")).toInt(-1);
        for (const auto &value : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject t = value.toObject();
            QTest::addRow("%s tc%d", qPrintable(file), t.value(QStringLiteral("tcId")).toInt())
                << key << sha << static_cast<int>(kind) << salt
                << test::hex(t.value(QStringLiteral("msg")))
                << test::hex(t.value(QStringLiteral("sig")))
                << t.value(QStringLiteral("result")).toString();
            ++rows;
        }
    }
    QCOMPARE(rows, json.value(QStringLiteral("numberOfTests")).toInt());
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wycheproof_data()
    {
        QTest::addColumn<QByteArray>("publicKeyDer");
        QTest::addColumn<QString>("sha");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("saltLength");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("result");
        addWycheproofRows(QStringLiteral("ecdsa_secp256r1_sha256_test.json"),
                          SignatureScheme::Kind::EcdsaDer);
        addWycheproofRows(QStringLiteral("ecdsa_brainpoolP256r1_sha256_test.json"),
                          SignatureScheme::Kind::EcdsaDer);
        addWycheproofRows(QStringLiteral("rsa_signature_2048_sha256_test.json"),
                          SignatureScheme::Kind::RsaPkcs1v15);
        addWycheproofRows(QStringLiteral("rsa_pss_2048_sha256_mgf1_32_test.json"),
                          SignatureScheme::Kind::RsaPss);
    }

    void wycheproof()
    {
        QFETCH(QByteArray, publicKeyDer);
        QFETCH(QString, sha);
        QFETCH(int, kind);
        QFETCH(int, saltLength);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QFETCH(QString, result);

        auto key = PublicKey::fromDer(publicKeyDer);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        SignatureScheme scheme;
        scheme.kind = static_cast<SignatureScheme::Kind>(kind);
        scheme.digest = digestFromName(sha).value();
        scheme.pssSaltLength = saltLength;
        const auto verdict = key->verify(scheme, message, signature);
        if (result == QLatin1String("acceptable"))
            return; // either answer is allowed
        const bool expected = result == QLatin1String("valid");
        QVERIFY2(verdict.ok() == expected,
                 qPrintable(verdict.ok() ? QStringLiteral("accepted an invalid signature")
                                         : verdict.error().toString()));
        if (!expected)
            QCOMPARE(verdict.error().code, FailureCode::CryptoSignatureInvalid);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::newRow("P-256") << QStringLiteral("P-256");
        QTest::newRow("P-384") << QStringLiteral("P-384");
        QTest::newRow("P-521") << QStringLiteral("P-521");
        QTest::newRow("brainpoolP256r1") << QStringLiteral("brainpoolP256r1");
    }

    void roundTrips()
    {
        QFETCH(QString, curve);
        auto key = PrivateKey::generateEc(curve);
        QVERIFY(key.ok());
        const PublicKey pub = key->publicKey();
        QCOMPARE(pub.type(), KeyType::Ec);
        QCOMPARE(pub.curveName(), openSslCurveName(curve));

        for (const auto &scheme : {SignatureScheme::ecdsa(DigestAlgorithm::Sha256),
                                   SignatureScheme::ecdsaPlain(DigestAlgorithm::Sha384)}) {
            auto signature = key->sign(scheme, "message");
            QVERIFY(signature.ok());
            if (scheme.kind == SignatureScheme::Kind::EcdsaPlain)
                QCOMPARE(signature->size(), 2 * ((pub.bits() + 7) / 8));
            QVERIFY(pub.verify(scheme, "message", *signature).ok());
            QVERIFY(!pub.verify(scheme, "messagf", *signature).ok());
        }

        // The public key survives DER and point round trips.
        auto der = pub.toDer();
        QVERIFY(der.ok());
        auto again = PublicKey::fromDer(*der);
        QVERIFY(again.ok());
        auto point = pub.ecPoint();
        QVERIFY(point.ok());
        auto fromPoint = PublicKey::fromEcPoint(curve, *point);
        QVERIFY(fromPoint.ok());
        QCOMPARE(fromPoint->toDer().value(), *der);
    }

    void rsaRoundTrip()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY(key.ok());
        const PublicKey pub = key->publicKey();
        QCOMPARE(pub.type(), KeyType::Rsa);
        QCOMPARE(pub.bits(), 2048);
        for (const auto &scheme : {SignatureScheme::rsaPkcs1(DigestAlgorithm::Sha256),
                                   SignatureScheme::rsaPss(DigestAlgorithm::Sha256)}) {
            auto signature = key->sign(scheme, "batch");
            QVERIFY(signature.ok());
            QVERIFY(pub.verify(scheme, "batch", *signature).ok());
        }
        // A PSS signature is not a PKCS#1 v1.5 signature.
        auto pss = key->sign(SignatureScheme::rsaPss(DigestAlgorithm::Sha256), "batch").value();
        QVERIFY(!pub.verify(SignatureScheme::rsaPkcs1(DigestAlgorithm::Sha256), "batch", pss).ok());
        // The scheme must fit the key.
        auto mismatch = pub.verify(SignatureScheme::ecdsa(DigestAlgorithm::Sha256), "batch", pss);
        QCOMPARE(mismatch.error().code, FailureCode::CryptoInvalidKey);
        // Keys below 2048 bits are not made.
        QCOMPARE(PrivateKey::generateRsa(1024).error().code, FailureCode::CryptoInvalidKey);
    }

    void pemRoundTrip()
    {
        auto key = PrivateKey::generateEc(QStringLiteral("P-256"));
        auto pem = key->toPem("passphrase");
        QVERIFY(pem.ok());
        QVERIFY(pem->view().contains("ENCRYPTED PRIVATE KEY"));
        auto back = PrivateKey::fromPem(pem->view(), "passphrase");
        QVERIFY(back.ok());
        QCOMPARE(back->publicKey().toDer().value(), key->publicKey().toDer().value());
        auto wrong = PrivateKey::fromPem(pem->view(), "wrong");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, FailureCode::CryptoInvalidKey);
    }

    // eMRTD keys often spell their curve out; such keys are accepted only when the parameters
    // are exactly those of a named curve, and come back as that named curve.
    void explicitParametersAreNormalised()
    {
        auto key = PrivateKey::generateEc(QStringLiteral("brainpoolP256r1"));
        QVERIFY(key.ok());
        EVP_PKEY *copy = EVP_PKEY_dup(key->native());
        QVERIFY(copy);
        QCOMPARE(EVP_PKEY_set_utf8_string_param(copy, OSSL_PKEY_PARAM_EC_ENCODING,
                                                OSSL_PKEY_EC_ENCODING_EXPLICIT),
                 1);
        const int size = i2d_PUBKEY(copy, nullptr);
        QByteArray explicitDer(size, Qt::Uninitialized);
        auto *cursor = reinterpret_cast<unsigned char *>(explicitDer.data());
        QCOMPARE(i2d_PUBKEY(copy, &cursor), size);
        EVP_PKEY_free(copy);
        QVERIFY(explicitDer.size() > key->publicKey().toDer().value().size() + 100);

        auto decoded = PublicKey::fromDer(explicitDer);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->curveName(), QStringLiteral("brainpoolP256r1"));
        const auto scheme = SignatureScheme::ecdsa(DigestAlgorithm::Sha256);
        QVERIFY(decoded->verify(scheme, "dg", key->sign(scheme, "dg").value()).ok());

        // Change one byte of the curve's coefficient b (the prime's last byte would do too):
        // the parameters no longer match any named curve and the key is refused.
        const QByteArray b =
            QByteArray::fromHex("26dc5c6ce94a4b44f330b5d9bbd77cbf958416295cf7e1ce6bccdc18ff8c07b6");
        const qsizetype at = explicitDer.indexOf(b);
        QVERIFY(at > 0);
        QByteArray tampered = explicitDer;
        tampered[at + 31] = static_cast<char>(tampered[at + 31] ^ 0x01);
        auto refused = PublicKey::fromDer(tampered);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, FailureCode::CryptoMalformedInput);
    }

    void malformedInputs()
    {
        auto notDer = PublicKey::fromDer("not a key");
        QCOMPARE(notDer.error().code, FailureCode::CryptoMalformedInput);
        auto notPem =
            PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QCOMPARE(notPem.error().code, FailureCode::CryptoMalformedInput);
        QByteArray offCurve(65, '\x01');
        offCurve[0] = '\x04';
        auto bad = PublicKey::fromEcPoint(QStringLiteral("P-256"), offCurve);
        QCOMPARE(bad.error().code, FailureCode::CryptoMalformedInput);
        auto curve = PublicKey::fromEcPoint(QStringLiteral("P-999"), offCurve);
        QCOMPARE(curve.error().code, FailureCode::CryptoUnsupportedAlgorithm);
        // Trailing bytes after a valid SubjectPublicKeyInfo are refused.
        const QByteArray der =
            PrivateKey::generateEc(QStringLiteral("P-256")).value().publicKey().toDer().value();
        QCOMPARE(PublicKey::fromDer(QByteArray(der + QByteArray(1, '\0'))).error().code,
                 FailureCode::CryptoMalformedInput);
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
