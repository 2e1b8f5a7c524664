// scrypt against RFC 7914 §12, parameter limits and calibration.
#include "crypto/PasswordKdf.h"

#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestPasswordKdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 7914 §12, third vector (the fourth, N = 2^20, needs 1 GiB and is left to the bench).
    void rfc7914()
    {
        auto key = scrypt("pleaseletmein", "SodiumChloride", {16384, 8, 1}, 64);
        QVERIFY(key.ok());
        QVERIFY(key->equals(QByteArray::fromHex(
            "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
            "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887")));
    }

    void parameterLimits_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::newRow("n too small") << quint64{1024} << 8u << 1u;
        QTest::newRow("n not a power of two") << quint64{65535} << 8u << 1u;
        QTest::newRow("n too large") << (quint64{1} << 23) << 8u << 1u;
        QTest::newRow("r zero") << quint64{16384} << 0u << 1u;
        QTest::newRow("p zero") << quint64{16384} << 8u << 0u;
        QTest::newRow("memory above 1 GiB") << (quint64{1} << 20) << 16u << 1u;
    }

    void parameterLimits()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        auto key = scrypt("pass", "salt-salt-salt-salt", {n, r, p}, 32);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, FailureCode::CryptoInvalidKey);
        QCOMPARE(key.error().check, QStringLiteral("parameters"));
    }

    void calibrationNeverGoesBelowTheFloor()
    {
        auto parameters = calibrateScrypt(std::chrono::milliseconds(1));
        QVERIFY(parameters.ok());
        QCOMPARE(parameters->n, quint64{1} << 16);
        QCOMPARE(parameters->r, 8u);
        QCOMPARE(parameters->p, 1u);
    }
};

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "tst_passwordkdf.moc"
