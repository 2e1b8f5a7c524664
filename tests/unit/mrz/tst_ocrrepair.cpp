// OcrRepair: charset-driven replacements and check-digit-driven repairs, and their limits.
#include "mrz/OcrRepair.h"

#include <QTest>

using namespace guichet::mrz;

using Span = MrzLayout::Span;
using Charset = MrzLayout::Charset;

class TestOcrRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readings()
    {
        const QString letters = QStringLiteral("OQDILZSGB");
        const QString digits = QStringLiteral("000112568");
        for (qsizetype i = 0; i < letters.size(); ++i)
            QCOMPARE(OcrRepair::asDigit(letters.at(i)), digits.at(i));
        QVERIFY(OcrRepair::asDigit(u'X').isNull());
        QVERIFY(OcrRepair::asDigit(u'<').isNull());
        QCOMPARE(OcrRepair::asLetter(u'0'), u'O');
        QCOMPARE(OcrRepair::asLetter(u'1'), u'I');
        QCOMPARE(OcrRepair::asLetter(u'8'), u'B');
        QVERIFY(OcrRepair::asLetter(u'3').isNull());
        QVERIFY(OcrRepair::asLetter(u'<').isNull());
    }

    void enforce()
    {
        QStringList lines{QStringLiteral("5M1TH<<J0HN"), QStringLiteral("7SIOZS<X")};
        QList<MrzData::Correction> corrections;
        OcrRepair repair(lines, corrections);
        QVERIFY(repair.enforce(Span{0, 0, 11}, Charset::Letters));
        QCOMPARE(lines.at(0), QStringLiteral("SMITH<<JOHN"));
        QVERIFY(repair.enforce(Span{1, 0, 7}, Charset::Digits));
        QCOMPARE(lines.at(1), QStringLiteral("751025<X"));
        QCOMPARE(corrections.size(), 8);
        QCOMPARE(corrections.constFirst(),
                 (MrzData::Correction{1, 1, u'5', u'S',
                                      QStringLiteral("digit in a letters-only position")}));
        // X has no digit reading; alphanumeric spans are never touched.
        QVERIFY(!repair.enforce(Span{1, 7, 1}, Charset::Digits));
        QVERIFY(repair.enforce(Span{1, 0, 8}, Charset::Alphanumeric));
        QCOMPARE(lines.at(1), QStringLiteral("751025<X"));
    }

    void repairByCheckDigit()
    {
        // "X4AO7T3K9" check 3: only O→0 can satisfy it.
        QStringList lines{QStringLiteral("X4AO7T3K93")};
        QList<MrzData::Correction> corrections;
        OcrRepair repair(lines, corrections);
        const QList<Span> number{Span{0, 0, 9}};
        QVERIFY(repair.repairByCheckDigit(number, number, Span{0, 9, 1},
                                          QStringLiteral("document number"), [] { return true; }));
        QCOMPARE(lines.at(0), QStringLiteral("X4A07T3K93"));
        QCOMPARE(corrections.size(), 1);

        // The confirmation (the composite) can veto the only fit.
        QStringList vetoed{QStringLiteral("X4AO7T3K93")};
        QList<MrzData::Correction> none;
        OcrRepair strict(vetoed, none);
        QVERIFY(!strict.repairByCheckDigit(number, number, Span{0, 9, 1},
                                           QStringLiteral("document number"),
                                           [] { return false; }));
        QCOMPARE(vetoed.at(0), QStringLiteral("X4AO7T3K93"));
        QVERIFY(none.isEmpty());

        // L8989O2C3 check 6: three readings fit (L898902C3, LB9B902C3, LB9890ZC3); none is
        // chosen.
        QStringList ambiguous{QStringLiteral("L8989O2C36")};
        OcrRepair guarded(ambiguous, none);
        QVERIFY(!guarded.repairByCheckDigit(
            number, number, Span{0, 9, 1}, QStringLiteral("document number"), [] { return true; }));
        QCOMPARE(ambiguous.at(0), QStringLiteral("L8989O2C36"));
        QVERIFY(none.isEmpty());

        // Outside the swappable spans nothing is tried.
        QVERIFY(!guarded.repairByCheckDigit(
            number, {}, Span{0, 9, 1}, QStringLiteral("document number"), [] { return true; }));
    }
};

QTEST_GUILESS_MAIN(TestOcrRepair)
#include "tst_ocrrepair.moc"
