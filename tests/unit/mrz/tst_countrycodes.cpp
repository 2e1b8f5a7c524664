// CountryCodes: ISO 3166-1 alpha-3, the ICAO Doc 9303 additions, and what stays unknown.
#include "mrz/CountryCodes.h"

#include <QTest>

using namespace guichet::mrz;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        const char *const known[] = {
            // ISO 3166-1, first and last of the table and a few the desk sees every day.
            "ABW", "ZWE", "FRA", "DEU", "BEL", "CHE", "PRT", "SWE", "NLD", "USA", "KOR", "RUS",
            "CHN", "AUS", "FIN", "IND",
            // ICAO additions.
            "D", "GBD", "GBN", "GBO", "GBP", "GBS", "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK",
            "EUE", "RKS", "XOM", "XPO"};
        for (const char *code : known)
            QTest::newRow(code) << QString::fromLatin1(code) << true;
        const char *const unknown[] = {"UTO", "UT0", "XYZ", "", "FR", "FRAN", "fra", "D<<", "ZZZ"};
        for (const char *code : unknown)
            QTest::addRow("unknown '%s'", code) << QString::fromLatin1(code) << false;
    }

    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        QCOMPARE(CountryCodes::isKnown(code), known);
    }
};

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
