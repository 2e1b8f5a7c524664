// CommandApdu: encoding of cases 1-4 in short and extended form, decoding, and every refusal.
#include "card/iso7816/CommandApdu.h"

#include <QTest>

using namespace guichet;
using guichet::card::iso7816::CommandApdu;

class TestCommandApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qulonglong>("ne");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("isoCase");
        QTest::addColumn<QByteArray>("expected");
        const auto automatic = static_cast<int>(CommandApdu::Encoding::Automatic);
        const auto extended = static_cast<int>(CommandApdu::Encoding::Extended);
        const QByteArray two = QByteArray::fromHex("011E");
        const QByteArray big(300, '\x5A');
        QTest::newRow("case 1") << QByteArray() << 0ULL << automatic << 1
                                << QByteArray::fromHex("00A4020C");
        QTest::newRow("case 2S Ne=8")
            << QByteArray() << 8ULL << automatic << 2 << QByteArray::fromHex("00A4020C08");
        QTest::newRow("case 2S Ne=256 is Le 00")
            << QByteArray() << 256ULL << automatic << 2 << QByteArray::fromHex("00A4020C00");
        QTest::newRow("case 3S") << two << 0ULL << automatic << 3
                                 << QByteArray::fromHex("00A4020C02011E");
        QTest::newRow("case 4S") << two << 256ULL << automatic << 4
                                 << QByteArray::fromHex("00A4020C02011E00");
        QTest::newRow("case 2E Ne=257")
            << QByteArray() << 257ULL << automatic << 2 << QByteArray::fromHex("00A4020C000101");
        QTest::newRow("case 2E Ne=65536 is Le 0000")
            << QByteArray() << 65536ULL << automatic << 2 << QByteArray::fromHex("00A4020C000000");
        QTest::newRow("case 3E forced")
            << two << 0ULL << extended << 3 << QByteArray::fromHex("00A4020C000002011E");
        QTest::newRow("case 4E forced")
            << two << 256ULL << extended << 4 << QByteArray::fromHex("00A4020C000002011E0100");
        QTest::newRow("case 3E 300 bytes")
            << big << 0ULL << automatic << 3
            << QByteArray(QByteArray::fromHex("00A4020C00012C") + big);
        QTest::newRow("case 4E 300 bytes Ne=65536")
            << big << 65536ULL << automatic << 4
            << QByteArray(QByteArray::fromHex("00A4020C00012C") + big + QByteArray(2, '\0'));
        QTest::newRow("case 2E forced Ne=1")
            << QByteArray() << 1ULL << extended << 2 << QByteArray::fromHex("00A4020C000001");
    }

    void encode()
    {
        QFETCH(QByteArray, data);
        QFETCH(qulonglong, ne);
        QFETCH(int, encoding);
        QFETCH(int, isoCase);
        QFETCH(QByteArray, expected);
        auto apdu = CommandApdu::create(0x00, 0xA4, 0x02, 0x0C, data, ne);
        QVERIFY(apdu.ok());
        QCOMPARE(apdu->isoCase(), isoCase);
        auto bytes = apdu->encode(static_cast<CommandApdu::Encoding>(encoding));
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->toHex(), expected.toHex());
        // Decoding gives back the same command, whatever the form.
        auto parsed = CommandApdu::parse(*bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QVERIFY(*parsed == *apdu);
        QVERIFY(!apdu->describe().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("check");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("header");
        QTest::newRow("3 bytes") << QByteArray::fromHex("00A402") << QStringLiteral("header");
        QTest::newRow("short Lc too long")
            << QByteArray::fromHex("00A4020C03011E") << QStringLiteral("lc");
        QTest::newRow("short Lc too short")
            << QByteArray::fromHex("00A4020C01011E0000") << QStringLiteral("lc");
        QTest::newRow("extended marker cut")
            << QByteArray::fromHex("00A4020C0001") << QStringLiteral("extended_length");
        QTest::newRow("extended Lc 0")
            << QByteArray::fromHex("00A4020C00000000") << QStringLiteral("lc");
        QTest::newRow("extended Lc mismatch")
            << QByteArray::fromHex("00A4020C000003011E") << QStringLiteral("lc");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, check);
        auto parsed = CommandApdu::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(parsed.error().field, QStringLiteral("command_apdu"));
        QCOMPARE(parsed.error().check, check);
    }

    void sizeLimits_data()
    {
        QTest::addColumn<int>("dataSize");
        QTest::addColumn<qulonglong>("ne");
        QTest::addColumn<QString>("check");
        QTest::newRow("Nc 65536") << 65536 << 0ULL << QStringLiteral("nc_range");
        QTest::newRow("Ne 65537") << 0 << 65537ULL << QStringLiteral("ne_range");
    }

    void sizeLimits()
    {
        QFETCH(int, dataSize);
        QFETCH(qulonglong, ne);
        QFETCH(QString, check);
        auto created = CommandApdu::create(0, 0xB0, 0, 0, QByteArray(dataSize, '\0'), ne);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(created.error().check, check);
        const CommandApdu unchecked(0, 0xB0, 0, 0, QByteArray(dataSize, '\0'), ne);
        auto encoded = unchecked.encode();
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().check, check);
    }

    void shortRefusedWhenTooBig()
    {
        const CommandApdu apdu(0, 0xB0, 0, 0, {}, 257);
        auto encoded = apdu.encode(CommandApdu::Encoding::Short);
        QVERIFY(!encoded.ok());
        QCOMPARE(encoded.error().check, QStringLiteral("short_length"));
        QVERIFY(apdu.needsExtendedLength());
        QCOMPARE(apdu.withNe(256).needsExtendedLength(), false);
        QCOMPARE(apdu.withCla(0x0C).cla(), std::uint8_t{0x0C});
    }
};

QTEST_GUILESS_MAIN(TestCommandApdu)
#include "tst_commandapdu.moc"
