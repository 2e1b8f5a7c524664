// TlvWriter: tags and shortest-form lengths, nesting, and round trips through the strict parser.
#include "card/iso7816/TlvWriter.h"

#include "card/iso7816/Tlv.h"

#include <QTest>

using namespace guichet;
using guichet::card::iso7816::Tlv;
using guichet::card::iso7816::TlvWriter;

class TestTlvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<uint>("tag");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("tag 00") << 0x00U << 0 << QByteArray::fromHex("0000");
        QTest::newRow("8E, 8") << 0x8EU << 8 << QByteArray::fromHex("8E08");
        QTest::newRow("5F1F, 127") << 0x5F1FU << 127 << QByteArray::fromHex("5F1F7F");
        QTest::newRow("04, 128") << 0x04U << 128 << QByteArray::fromHex("048180");
        QTest::newRow("04, 255") << 0x04U << 255 << QByteArray::fromHex("0481FF");
        QTest::newRow("04, 256") << 0x04U << 256 << QByteArray::fromHex("04820100");
        QTest::newRow("5F2E, 65535") << 0x5F2EU << 65535 << QByteArray::fromHex("5F2E82FFFF");
        QTest::newRow("04, 65536") << 0x04U << 65536 << QByteArray::fromHex("0483010000");
        QTest::newRow("5F8101, 1") << 0x5F8101U << 1 << QByteArray::fromHex("5F810101");
    }

    void encode()
    {
        QFETCH(uint, tag);
        QFETCH(int, length);
        QFETCH(QByteArray, header);
        const QByteArray value(length, '\x42');
        const QByteArray encoded = TlvWriter::encode(tag, value);
        QCOMPARE(encoded.left(header.size()).toHex(), header.toHex());
        QCOMPARE(encoded.size(), header.size() + length);
        auto parsed = Tlv::parse(encoded);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->tag(), tag);
        QCOMPARE(parsed->value().toByteArray(), value);
    }

    void nesting()
    {
        TlvWriter inner;
        inner.add(0x5F01, QByteArrayView("0106")).add(0x5F36, QByteArrayView("040000"));
        inner.add(0x5C, QByteArray::fromHex("6175"));
        TlvWriter outer;
        outer.add(0x60, inner);
        QCOMPARE(outer.bytes().toHex().toUpper(),
                 QByteArray("60145F0104303130365F36063034303030305C026175"));
        auto parsed = Tlv::parse(outer.bytes());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->children().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestTlvWriter)
#include "tst_tlvwriter.moc"
