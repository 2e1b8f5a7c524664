// ECDH against Wycheproof brainpoolP256r1 (including invalid-curve and wrong-curve attacks).
#include "crypto/PrivateKey.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestEcdh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wycheproof_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("privateKey");
        QTest::addColumn<QByteArray>("shared");
        QTest::addColumn<QString>("result");
        const QJsonObject json = test::loadJson(
            test::corpusPath(QStringLiteral("wycheproof/ecdh_brainpoolP256r1_test.json")));
        int rows = 0;
        for (const auto &groupValue : json.value(QStringLiteral("testGroups")).toArray()) {
            const QJsonObject group = groupValue.toObject();
            for (const auto &value : group.value(QStringLiteral("tests")).toArray()) {
                const QJsonObject t = value.toObject();
                QTest::addRow("tc%d", t.value(QStringLiteral("tcId")).toInt())
                    << group.value(QStringLiteral("curve")).toString()
                    << test::hex(t.value(QStringLiteral("public")))
                    << test::hex(t.value(QStringLiteral("private")))
                    << test::hex(t.value(QStringLiteral("shared")))
                    << t.value(QStringLiteral("result")).toString();
                ++rows;
            }
        }
        QCOMPARE(rows, json.value(QStringLiteral("numberOfTests")).toInt());
    }

    void wycheproof()
    {
        QFETCH(QString, curve);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, privateKey);
        QFETCH(QByteArray, shared);
        QFETCH(QString, result);

        auto secret = [&]() -> Result<SecureBuffer> {
            auto own = PrivateKey::fromEcScalar(curve, privateKey);
            if (!own)
                return fail(own.error());
            auto peer = PublicKey::fromDer(publicKey);
            if (!peer)
                return fail(peer.error());
            return own->agree(*peer);
        }();
        if (result == QLatin1String("acceptable")) {
            if (secret.ok())
                QVERIFY(secret->equals(shared));
            return;
        }
        if (result == QLatin1String("valid")) {
            QVERIFY2(secret.ok(), qPrintable(secret.ok() ? QString() : secret.error().toString()));
            QVERIFY(secret->equals(shared));
        } else {
            QVERIFY2(!secret.ok(), "accepted an invalid public key");
        }
    }

    void agreementIsSymmetric()
    {
        for (const auto &curve : {QStringLiteral("brainpoolP256r1"), QStringLiteral("P-256"),
                                  QStringLiteral("brainpoolP384r1")}) {
            auto a = PrivateKey::generateEc(curve);
            auto b = PrivateKey::generateEc(curve);
            QVERIFY(a.ok() && b.ok());
            auto ab = a->agree(b->publicKey());
            auto ba = b->agree(a->publicKey());
            QVERIFY(ab.ok() && ba.ok());
            QVERIFY(ab->equals(ba->view()));
        }
    }

    void wrongCurveIsRefused()
    {
        auto a = PrivateKey::generateEc(QStringLiteral("brainpoolP256r1"));
        auto b = PrivateKey::generateEc(QStringLiteral("P-256"));
        auto secret = a->agree(b->publicKey());
        QVERIFY(!secret.ok());
        QCOMPARE(secret.error().code, FailureCode::CryptoKeyAgreementFailed);
    }

    void zeroScalarIsRefused()
    {
        auto zero = PrivateKey::fromEcScalar(QStringLiteral("P-256"), QByteArray(32, '\0'));
        QCOMPARE(zero.error().code, FailureCode::CryptoInvalidKey);
    }
};

QTEST_GUILESS_MAIN(TestEcdh)
#include "tst_ecdh.moc"
