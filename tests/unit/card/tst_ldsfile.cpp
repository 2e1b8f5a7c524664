// LdsFile: the table of EF.COM, EF.SOD and DG1-DG16 with file ids, short ids and tags.
#include "card/emrtd/LdsFile.h"

#include <QTest>

using namespace guichet::card::emrtd;

class TestLdsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("fid");
        QTest::addColumn<int>("sfi");
        QTest::addColumn<int>("tag");
        QTest::addColumn<int>("dataGroup");
        // ICAO 9303-10 table 38 (and DOMAIN.md §4).
        const int tags[] = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                            0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
        QTest::newRow("EF.COM") << int(LdsFileId::Com) << QStringLiteral("EF.COM") << 0x011E << 0x1E
                                << 0x60 << 0;
        QTest::newRow("EF.SOD") << int(LdsFileId::Sod) << QStringLiteral("EF.SOD") << 0x011D << 0x1D
                                << 0x77 << 0;
        for (int dg = 1; dg <= 16; ++dg) {
            const QString name = QStringLiteral("DG%1").arg(dg);
            QTest::newRow(qPrintable(name))
                << int(LdsFileId::Dg1) + dg - 1 << name << 0x0100 + dg << dg << tags[dg - 1] << dg;
        }
    }

    void table()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QFETCH(int, fid);
        QFETCH(int, sfi);
        QFETCH(int, tag);
        QFETCH(int, dataGroup);
        const auto fileId = static_cast<LdsFileId>(id);
        const LdsFileInfo &info = LdsFile::info(fileId);
        QCOMPARE(info.id, fileId);
        QCOMPARE(LdsFile::name(fileId), name);
        QCOMPARE(int(info.fid), fid);
        QCOMPARE(int(info.sfi), sfi);
        QCOMPARE(int(info.tag), tag);
        QCOMPARE(info.dataGroup, dataGroup);
        QCOMPARE(LdsFile::fromTag(std::uint32_t(tag)), fileId);
        QCOMPARE(LdsFile::fromFid(std::uint16_t(fid)), fileId);
        if (dataGroup > 0)
            QCOMPARE(LdsFile::fromDataGroup(dataGroup), fileId);
    }

    void unknown()
    {
        QCOMPARE(LdsFile::all().size(), std::size_t(18));
        QVERIFY(!LdsFile::fromTag(0x71));
        QVERIFY(!LdsFile::fromTag(0x5F1F));
        QVERIFY(!LdsFile::fromDataGroup(0));
        QVERIFY(!LdsFile::fromDataGroup(17));
        QVERIFY(!LdsFile::fromDataGroup(-1));
        QVERIFY(!LdsFile::fromFid(0x011C)); // EF.CardAccess lives in the MF, not in the LDS table
        QVERIFY(!LdsFile::fromFid(0x0111));
    }
};

QTEST_GUILESS_MAIN(TestLdsFile)
#include "tst_ldsfile.moc"
