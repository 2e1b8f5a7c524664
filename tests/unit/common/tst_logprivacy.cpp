// APDU descriptions never leak payloads by default and never leak PINs at all.
#include "common/LogPrivacy.h"

#include <QTest>

using namespace guichet::log;

class TestLogPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandCases_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        QTest::addColumn<QString>("redacted");
        QTest::addColumn<QString>("secure");

        QTest::newRow("case 1") << QByteArray::fromHex("00A40000") << QStringLiteral("00 A4 00 00")
                                << QStringLiteral("00 A4 00 00");
        QTest::newRow("case 2 short")
            << QByteArray::fromHex("00B0000000") << QStringLiteral("00 B0 00 00 Le=256")
            << QStringLiteral("00 B0 00 00 Le=256");
        QTest::newRow("case 3 short SELECT")
            << QByteArray::fromHex("00A4040C07A0000002471001")
            << QStringLiteral("00 A4 04 0C Lc=7 <7 bytes>")
            << QStringLiteral("00 A4 04 0C Lc=7 [A0 00 00 02 47 10 01]");
        QTest::newRow("case 4 short") << QByteArray::fromHex("0084000002AABB08")
                                      << QStringLiteral("00 84 00 00 Lc=2 <2 bytes> Le=8")
                                      << QStringLiteral("00 84 00 00 Lc=2 [AA BB] Le=8");
        QTest::newRow("case 2 extended")
            << QByteArray::fromHex("00B0000000FFFF") << QStringLiteral("00 B0 00 00 Le=65535")
            << QStringLiteral("00 B0 00 00 Le=65535");
        QTest::newRow("case 4 extended") << QByteArray::fromHex("0CB00000000003AABBCC0000")
                                         << QStringLiteral("0C B0 00 00 Lc=3 <3 bytes> Le=65536")
                                         << QStringLiteral("0C B0 00 00 Lc=3 [AA BB CC] Le=65536");
        QTest::newRow("too short")
            << QByteArray::fromHex("00A4") << QStringLiteral("malformed APDU (2 bytes)")
            << QStringLiteral("malformed APDU (2 bytes)");
        QTest::newRow("Lc mismatch") << QByteArray::fromHex("00A4040C05A000")
                                     << QStringLiteral("00 A4 04 0C malformed (Lc=5, 7 bytes)")
                                     << QStringLiteral("00 A4 04 0C malformed (Lc=5, 7 bytes)");
    }

    void commandCases()
    {
        QFETCH(QByteArray, apdu);
        QFETCH(QString, redacted);
        QFETCH(QString, secure);
        QCOMPARE(describeCommandApdu(apdu), redacted);
        QCOMPARE(describeCommandApdu(apdu, Disclosure::Secure), secure);
    }

    void pinNeverShown_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        // VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER with PIN "123456" (ASCII).
        QTest::newRow("VERIFY") << QByteArray::fromHex("0020008106313233343536");
        QTest::newRow("CHANGE REFERENCE DATA") << QByteArray::fromHex("0024008106313233343536");
        QTest::newRow("RESET RETRY COUNTER") << QByteArray::fromHex("002C008106313233343536");
    }

    void pinNeverShown()
    {
        QFETCH(QByteArray, apdu);
        for (auto disclosure : {Disclosure::Redacted, Disclosure::Secure}) {
            const QString text = describeCommandApdu(apdu, disclosure);
            QVERIFY2(!text.contains(QStringLiteral("31 32")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("<6 bytes>")), qPrintable(text));
        }
    }

    void responses()
    {
        const QByteArray response = QByteArray::fromHex("6104AABBCCDD9000");
        QCOMPARE(describeResponseApdu(response), QStringLiteral("SW=9000 <6 bytes>"));
        QCOMPARE(describeResponseApdu(response, Disclosure::Secure),
                 QStringLiteral("SW=9000 [61 04 AA BB CC DD]"));
        QCOMPARE(describeResponseApdu(QByteArray::fromHex("6A82")), QStringLiteral("SW=6A82"));
        QCOMPARE(describeResponseApdu(QByteArray::fromHex("90")),
                 QStringLiteral("malformed response (1 bytes)"));
    }

    void pseudonymsAreStableAndOpaque()
    {
        const QByteArray documentNumber("L898902C3");
        const QString a = pseudonym(documentNumber);
        QCOMPARE(pseudonym(documentNumber), a);
        QVERIFY(a.startsWith(QStringLiteral("p:")));
        QCOMPARE(a.size(), 2 + 16);
        QVERIFY(!a.contains(QStringLiteral("L898902C3")));
        QVERIFY(pseudonym(QByteArray("L898902C4")) != a);
    }
};

QTEST_GUILESS_MAIN(TestLogPrivacy)
#include "tst_logprivacy.moc"
