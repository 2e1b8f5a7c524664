// CheckDigit against the ICAO Doc 9303 worked examples and the filler rules.
#include "mrz/CheckDigit.h"

#include <QTest>

using namespace guichet::mrz;

class TestCheckDigit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values()
    {
        QCOMPARE(CheckDigit::value(u'0'), 0);
        QCOMPARE(CheckDigit::value(u'9'), 9);
        QCOMPARE(CheckDigit::value(u'A'), 10);
        QCOMPARE(CheckDigit::value(u'Z'), 35);
        QCOMPARE(CheckDigit::value(u'<'), 0);
        QCOMPARE(CheckDigit::value(u'a'), -1);
        QCOMPARE(CheckDigit::value(u' '), -1);
        QCOMPARE(CheckDigit::value(QChar(0x00C9)), -1);
    }

    void compute_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<int>("digit");
        // ICAO Doc 9303 part 3 and the specimen MRZs of parts 4-6.
        QTest::newRow("document number") << QStringLiteral("L898902C3") << 6;
        QTest::newRow("birth date") << QStringLiteral("740812") << 2;
        QTest::newRow("expiry date") << QStringLiteral("120415") << 9;
        QTest::newRow("personal number") << QStringLiteral("ZE184226B<<<<<") << 1;
        QTest::newRow("TD1 number") << QStringLiteral("D23145890") << 7;
        QTest::newRow("long number") << QStringLiteral("D23145890734") << 9;
        QTest::newRow("long number with filler") << QStringLiteral("000590240<601") << 3;
        QTest::newRow("TD3 composite")
            << QStringLiteral("L898902C3674081221204159ZE184226B<<<<<1") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("fillers") << QStringLiteral("<<<<<<") << 0;
    }

    void compute()
    {
        QFETCH(QString, data);
        QFETCH(int, digit);
        QCOMPARE(CheckDigit::compute(data), digit);
        QVERIFY(CheckDigit::matches(data, QChar(u'0' + digit)));
        QVERIFY(!CheckDigit::matches(data, QChar(u'0' + (digit + 1) % 10)));
    }

    void fillerCheckDigit()
    {
        // An unused optional data field may carry '<' as its check digit, and only then.
        QVERIFY(CheckDigit::matches(QStringLiteral("<<<<<<<<<<<<<<"), u'<'));
        QVERIFY(CheckDigit::matches(QStringLiteral("<<<<<<<<<<<<<<"), u'0'));
        QVERIFY(!CheckDigit::matches(QStringLiteral("ZE184226B<<<<<"), u'<'));
        QVERIFY(!CheckDigit::matches(QStringLiteral("740812"), u'A'));
        QVERIFY(CheckDigit::isFillerOnly(QString()));
        QVERIFY(!CheckDigit::isFillerOnly(QStringLiteral("<<A")));
    }
};

QTEST_GUILESS_MAIN(TestCheckDigit)
#include "tst_checkdigit.moc"
