// MrzDate: century resolution of birth, expiry and issue dates against a reference day.
#include "mrz/MrzDate.h"

#include <QTest>

using namespace guichet::mrz;

class TestMrzDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void birth_data()
    {
        QTest::addColumn<QString>("yymmdd");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDate>("expected");
        const QDate today(2026, 11, 22);
        QTest::newRow("1974") << QStringLiteral("740812") << today << QDate(1974, 8, 12);
        QTest::newRow("today") << QStringLiteral("261122") << today << QDate(2026, 11, 22);
        QTest::newRow("tomorrow is a century ago")
            << QStringLiteral("261123") << today << QDate(1926, 11, 23);
        QTest::newRow("2000 leap day") << QStringLiteral("000229") << today << QDate(2000, 2, 29);
        QTest::newRow("1900 has no leap day, 2000 is in the future")
            << QStringLiteral("000229") << QDate(1999, 1, 1) << QDate();
        QTest::newRow("month 13") << QStringLiteral("741312") << today << QDate();
        QTest::newRow("day 0") << QStringLiteral("740800") << today << QDate();
        QTest::newRow("unknown day") << QStringLiteral("7408<<") << today << QDate();
        QTest::newRow("letter") << QStringLiteral("74O812") << today << QDate();
        QTest::newRow("short") << QStringLiteral("7408") << today << QDate();
    }

    void birth()
    {
        QFETCH(QString, yymmdd);
        QFETCH(QDate, reference);
        QFETCH(QDate, expected);
        QCOMPARE(MrzDate::birth(yymmdd, reference), expected);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("yymmdd");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDate>("expected");
        const QDate today(2026, 11, 22);
        QTest::newRow("expired 2012") << QStringLiteral("120415") << today << QDate(2012, 4, 15);
        QTest::newRow("valid to 2034") << QStringLiteral("340528") << today << QDate(2034, 5, 28);
        QTest::newRow("1995") << QStringLiteral("950712") << today << QDate(1995, 7, 12);
        QTest::newRow("49 years ahead") << QStringLiteral("750101") << today << QDate(2075, 1, 1);
        QTest::newRow("50 years ahead is the past")
            << QStringLiteral("760101") << today << QDate(1976, 1, 1);
        QTest::newRow("reference 1990, 2030")
            << QStringLiteral("300101") << QDate(1990, 1, 1) << QDate(2030, 1, 1);
        QTest::newRow("reference 2080, 2101")
            << QStringLiteral("010101") << QDate(2080, 6, 1) << QDate(2101, 1, 1);
        QTest::newRow("31 April") << QStringLiteral("120431") << today << QDate();
        QTest::newRow("unknown") << QStringLiteral("<<<<<<") << today << QDate();
    }

    void expiry()
    {
        QFETCH(QString, yymmdd);
        QFETCH(QDate, reference);
        QFETCH(QDate, expected);
        QCOMPARE(MrzDate::expiry(yymmdd, reference), expected);
    }

    void issueMonth()
    {
        const QDate today(2026, 11, 22);
        QCOMPARE(MrzDate::issueMonth(QStringLiteral("8806"), today), QDate(1988, 6, 1));
        QCOMPARE(MrzDate::issueMonth(QStringLiteral("1710"), today), QDate(2017, 10, 1));
        QCOMPARE(MrzDate::issueMonth(QStringLiteral("2612"), today), QDate(1926, 12, 1));
        QCOMPARE(MrzDate::issueMonth(QStringLiteral("8813"), today), QDate());
        QCOMPARE(MrzDate::issueMonth(QStringLiteral("88"), today), QDate());
    }
};

QTEST_GUILESS_MAIN(TestMrzDate)
#include "tst_date.moc"
