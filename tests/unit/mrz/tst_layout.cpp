// MrzLayout: every format's fields tile its lines exactly, and the composites cover the data.
#include "mrz/MrzLayout.h"

#include <QTest>

using namespace guichet::mrz;

Q_DECLARE_METATYPE(guichet::mrz::MrzFormat)

class TestMrzLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiling_data()
    {
        QTest::addColumn<MrzFormat>("format");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("compositeLength");
        QTest::newRow("TD1") << MrzFormat::TD1 << 3 << 30 << 25 + 7 + 7 + 11;
        QTest::newRow("TD2") << MrzFormat::TD2 << 2 << 36 << 10 + 7 + 14;
        QTest::newRow("TD3") << MrzFormat::TD3 << 2 << 44 << 10 + 7 + 22;
        QTest::newRow("MRV-A") << MrzFormat::MRVA << 2 << 44 << 0;
        QTest::newRow("MRV-B") << MrzFormat::MRVB << 2 << 36 << 0;
        QTest::newRow("French ID") << MrzFormat::FRA_ID << 2 << 36 << 36 + 35;
    }

    void tiling()
    {
        QFETCH(MrzFormat, format);
        QFETCH(int, lines);
        QFETCH(int, length);
        QFETCH(int, compositeLength);
        const MrzLayout &layout = MrzLayout::of(format);
        QCOMPARE(layout.lineCount(), lines);
        QCOMPARE(layout.lineLength(), length);
        // Each position belongs to exactly one field: no gap, no overlap.
        QList<QList<int>> owners(lines, QList<int>(length, 0));
        for (const auto &field : layout.fields()) {
            for (int c = field.span.start; c < field.span.start + field.span.length; ++c)
                ++owners[field.span.line][c];
        }
        for (int line = 0; line < lines; ++line) {
            for (int column = 0; column < length; ++column)
                QVERIFY2(owners.at(line).at(column) == 1,
                         qPrintable(QStringLiteral("line %1 column %2").arg(line).arg(column)));
        }
        int covered = 0;
        for (const auto &span : layout.composite())
            covered += span.length;
        QCOMPARE(covered, compositeLength);
        QCOMPARE(layout.fieldAt(1, 0),
                 QStringLiteral("%1").arg(format == MrzFormat::TD1
                                              ? QStringLiteral("birth_date")
                                              : QStringLiteral("document_number")));
    }
};

QTEST_GUILESS_MAIN(TestMrzLayout)
#include "tst_layout.moc"
