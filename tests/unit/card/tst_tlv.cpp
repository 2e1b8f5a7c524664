// Tlv: strict BER-TLV parsing, the structure it returns and every refusal with tag, offset, check.
#include "card/iso7816/Tlv.h"

#include "support/TestData.h"

#include <QTest>

using namespace guichet;
using guichet::card::iso7816::Tlv;

class TestTlv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<uint>("tag");
        QTest::addColumn<bool>("constructed");
        QTest::addColumn<int>("headerSize");
        QTest::addColumn<int>("children");
        QTest::newRow("primitive one-byte tag")
            << QByteArray::fromHex("8E0102") << 0x8EU << false << 2 << 0;
        QTest::newRow("empty value") << QByteArray::fromHex("0400") << 0x04U << false << 2 << 0;
        QTest::newRow("two-byte tag 5F1F")
            << QByteArray::fromHex("5F1F023C3C") << 0x5F1FU << false << 3 << 0;
        QTest::newRow("three-byte tag")
            << QByteArray::fromHex("5F8101013C") << 0x5F8101U << false << 4 << 0;
        QTest::newRow("constructed EF.COM")
            << QByteArray::fromHex("60145F0104303130365F36063034303030305C026175") << 0x60U << true
            << 2 << 3;
        QTest::newRow("long length 81")
            << QByteArray(QByteArray::fromHex("048180") + QByteArray(128, 'a')) << 0x04U << false
            << 3 << 0;
        QTest::newRow("long length 82")
            << QByteArray(QByteArray::fromHex("04820100") + QByteArray(256, 'a')) << 0x04U << false
            << 4 << 0;
        QTest::newRow("long length 83")
            << QByteArray(QByteArray::fromHex("0483010000") + QByteArray(65536, 'a')) << 0x04U
            << false << 5 << 0;
        QTest::newRow("constructed empty")
            << QByteArray::fromHex("3000") << 0x30U << true << 2 << 0;
        QTest::newRow("7F61 nested")
            << QByteArray::fromHex("7F61087F6005A103800101") << 0x7F61U << true << 3 << 1;
    }

    void accepted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(uint, tag);
        QFETCH(bool, constructed);
        QFETCH(int, headerSize);
        QFETCH(int, children);
        auto tlv = Tlv::parse(bytes);
        QVERIFY2(tlv.ok(), qPrintable(tlv.ok() ? QString() : tlv.error().toString()));
        QCOMPARE(tlv->tag(), tag);
        QCOMPARE(tlv->isConstructed(), constructed);
        QCOMPARE(tlv->headerSize(), qsizetype(headerSize));
        QCOMPARE(tlv->children().size(), std::size_t(children));
        QCOMPARE(tlv->encoded(), bytes);
        QCOMPARE(tlv->value().size(), bytes.size() - headerSize);
        QCOMPARE(tlv->offset(), qsizetype(0));
        qsizetype consumed = 0;
        auto prefix = Tlv::parsePrefix(QByteArray(bytes + QByteArray::fromHex("FFFF")), &consumed);
        QVERIFY(prefix.ok());
        QCOMPARE(consumed, bytes.size());
    }

    void structure()
    {
        auto com = Tlv::parse(QByteArray::fromHex("60145F0104303130365F36063034303030305C026175"));
        QVERIFY(com.ok());
        const Tlv *list = com->find(0x5C);
        QVERIFY(list);
        QCOMPARE(list->value().toByteArray(), QByteArray::fromHex("6175"));
        QCOMPARE(list->offset(), qsizetype(18));
        QCOMPARE(com->children().at(1).offset(), qsizetype(9));
        QVERIFY(!com->find(0x5F1F));
        auto missing = com->require(0x5F1F);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("tlv.5F1F"));
        QCOMPARE(missing.error().check, QStringLiteral("missing"));
        QVERIFY(com->require(0x5F01).ok());

        // Keep leaves the value alone, even when it would not parse.
        auto kept = Tlv::parse(QByteArray::fromHex("7703FFFFFF"), Tlv::Children::Keep);
        QVERIFY(kept.ok());
        QVERIFY(kept->children().empty());

        auto sequence = Tlv::parseSequence(
            QByteArray::fromHex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED"));
        QVERIFY(sequence.ok());
        QCOMPARE(sequence->size(), std::size_t(3));
        QCOMPARE(sequence->at(2).tag(), 0x8EU);
        QCOMPARE(sequence->at(2).offset(), qsizetype(15));
        QCOMPARE(Tlv::tagText(0x7F2E), QStringLiteral("7F2E"));
        QCOMPARE(Tlv::tagText(0x5F8101), QStringLiteral("5F8101"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("tlv")
                               << QStringLiteral("truncated_tag") << 0;
        QTest::newRow("multi-byte tag cut") << QByteArray::fromHex("5F") << QStringLiteral("tlv")
                                            << QStringLiteral("truncated_tag") << 0;
        QTest::newRow("multi-byte tag cut after 81")
            << QByteArray::fromHex("5F81") << QStringLiteral("tlv")
            << QStringLiteral("truncated_tag") << 0;
        QTest::newRow("tag of 5 bytes")
            << QByteArray::fromHex("5F8181810100") << QStringLiteral("tlv")
            << QStringLiteral("tag_too_long") << 0;
        QTest::newRow("tag 1F80 not minimal")
            << QByteArray::fromHex("1F800100") << QStringLiteral("tlv")
            << QStringLiteral("tag_not_minimal") << 0;
        QTest::newRow("no length") << QByteArray::fromHex("5F1F") << QStringLiteral("tlv.5F1F")
                                   << QStringLiteral("truncated_length") << 2;
        QTest::newRow("indefinite length")
            << QByteArray::fromHex("30800000") << QStringLiteral("tlv.30")
            << QStringLiteral("indefinite_length") << 1;
        QTest::newRow("5 length bytes")
            << QByteArray::fromHex("04850000000001") << QStringLiteral("tlv.04")
            << QStringLiteral("length_too_long") << 1;
        QTest::newRow("long length cut")
            << QByteArray::fromHex("048201") << QStringLiteral("tlv.04")
            << QStringLiteral("truncated_length") << 1;
        QTest::newRow("overlong 8105")
            << QByteArray::fromHex("04810500000000") << QStringLiteral("tlv.04")
            << QStringLiteral("overlong_length") << 1;
        QTest::newRow("overlong 820080")
            << QByteArray(QByteArray::fromHex("04820080") + QByteArray(128, 'a'))
            << QStringLiteral("tlv.04") << QStringLiteral("overlong_length") << 1;
        QTest::newRow("value truncated")
            << QByteArray::fromHex("5F1F053C3C") << QStringLiteral("tlv.5F1F")
            << QStringLiteral("truncated_value") << 2;
        QTest::newRow("child overruns parent")
            << QByteArray::fromHex("6004040301020300") << QStringLiteral("tlv.04")
            << QStringLiteral("truncated_value") << 3;
        QTest::newRow("child truncated deep")
            << QByteArray::fromHex("61067F6103810500") << QStringLiteral("tlv.81")
            << QStringLiteral("truncated_value") << 6;
        QTest::newRow("trailing bytes")
            << QByteArray::fromHex("8E0102FFFF") << QStringLiteral("tlv.8E")
            << QStringLiteral("trailing_bytes") << 3;
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        QFETCH(QString, check);
        QFETCH(int, offset);
        auto tlv = Tlv::parse(bytes);
        QVERIFY(!tlv.ok());
        QCOMPARE(tlv.error().code, FailureCode::CardTlvMalformed);
        QCOMPARE(tlv.error().field, field);
        QCOMPARE(tlv.error().check, check);
        QVERIFY2(tlv.error().message.endsWith(QStringLiteral("at offset %1").arg(offset)),
                 qPrintable(tlv.error().message));
    }

    void depthLimit_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("16 nested under the default") << 16 << Tlv::kDefaultMaxDepth << true;
        QTest::newRow("17 nested over the default") << 17 << Tlv::kDefaultMaxDepth << false;
        QTest::newRow("2 nested, limit 1") << 2 << 1 << false;
        QTest::newRow("1 nested, limit 1") << 1 << 1 << true;
    }

    void depthLimit()
    {
        QFETCH(int, levels);
        QFETCH(int, maxDepth);
        QFETCH(bool, accepted);
        // `levels` constructed objects, each wrapping the next, around a primitive.
        QByteArray bytes = QByteArray::fromHex("0400");
        for (int i = 0; i < levels; ++i)
            bytes = QByteArray(1, '\x30') + char(bytes.size()) + bytes;
        auto tlv = Tlv::parse(bytes, Tlv::Children::Parse, maxDepth);
        QCOMPARE(tlv.ok(), accepted);
        if (!accepted) {
            QCOMPARE(tlv.error().code, FailureCode::CardTlvMalformed);
            QCOMPARE(tlv.error().check, QStringLiteral("depth"));
            QCOMPARE(tlv.error().field, QStringLiteral("tlv.30"));
        }
        auto sequence = Tlv::parseSequence(bytes, Tlv::Children::Parse, maxDepth);
        QCOMPARE(sequence.ok(), accepted);
    }

    // Real LDS files with constructed values parse whole and re-encode to themselves.
    void corpusFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *file : {"jmrtd/bsi2008/EF_COM.bin", "jmrtd/bsi2008/Datagroup1.bin",
                                 "jmrtd/bsi2008/Datagroup2.bin", "jmrtd/bsi2008/Datagroup14.bin",
                                 "jmrtd/bsi2008/Datagroup15.bin", "jmrtd/loes2006/ef011E.bin",
                                 "jmrtd/loes2006/ef0101.bin", "gmrtd/sample_document/Com.bin",
                                 "gmrtd/sample_document/Dg1.bin", "gmrtd/sample_document/Dg11.bin",
                                 "gmrtd/sample_document/Dg12.bin", "gmrtd/sample_document/Dg15.bin",
                                 "pymrtd/dg/01_bsi_hjp_valid_DG14.bin"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void corpusFiles()
    {
        QFETCH(QString, path);
        const QByteArray bytes = test::readFile(test::corpusPath(path));
        auto tlv = Tlv::parse(bytes);
        QVERIFY2(tlv.ok(), qPrintable(tlv.ok() ? QString() : tlv.error().toString()));
        QCOMPARE(tlv->encoded(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestTlv)
#include "tst_tlv.moc"
