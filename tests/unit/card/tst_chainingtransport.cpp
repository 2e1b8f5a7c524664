// ChainingTransport: GET RESPONSE for 61xx, re-send for 6Cxx, limits checked before sending.
#include "card/iso7816/ChainingTransport.h"

#include "support/ScriptedTransport.h"

#include <QTest>

using namespace guichet;
using guichet::card::iso7816::ChainingTransport;
using guichet::card::iso7816::CommandApdu;
using guichet::test::ScriptedTransport;

class TestChainingTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchanges_data()
    {
        // Script: pairs of "command hex", "response hex", separated by '|'.
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain 9000")
            << QByteArray::fromHex("00B0000004") << QStringLiteral("00B0000004|01020304 9000")
            << QByteArray::fromHex("010203049000");
        QTest::newRow("61xx once") << QByteArray::fromHex("00B0000000")
                                   << QStringLiteral("00B0000000|0102 6102|00C0000002|0304 9000")
                                   << QByteArray::fromHex("010203049000");
        QTest::newRow("61xx twice, 6100 means 256")
            << QByteArray::fromHex("00B0000000")
            << QStringLiteral("00B0000000|01 6100|00C0000000|02 6101|00C0000001|03 9000")
            << QByteArray::fromHex("0102039000");
        QTest::newRow("6Cxx re-send") << QByteArray::fromHex("00B0000010")
                                      << QStringLiteral("00B0000010|6C04|00B0000004|0A0B0C0D 9000")
                                      << QByteArray::fromHex("0A0B0C0D9000");
        QTest::newRow("6Cxx then 61xx")
            << QByteArray::fromHex("00B0000010")
            << QStringLiteral("00B0000010|6C04|00B0000004|0A0B 6102|00C0000002|0C0D 9000")
            << QByteArray::fromHex("0A0B0C0D9000");
        QTest::newRow("second 6Cxx goes back")
            << QByteArray::fromHex("00B0000010")
            << QStringLiteral("00B0000010|6C04|00B0000004|6C02") << QByteArray::fromHex("6C02");
        QTest::newRow("GET RESPONSE keeps channel, drops SM bits")
            << QByteArray::fromHex("0DB0000000")
            << QStringLiteral("0DB0000000|01 6101|01C0000001|02 9000")
            << QByteArray::fromHex("01029000");
        QTest::newRow("error status passes through")
            << QByteArray::fromHex("00A4020C02011E") << QStringLiteral("00A4020C02011E|6A82")
            << QByteArray::fromHex("6A82");
    }

    void exchanges()
    {
        QFETCH(QByteArray, command);
        QFETCH(QString, script);
        QFETCH(QByteArray, expected);
        ScriptedTransport inner;
        const QStringList parts = script.split(QLatin1Char('|'));
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
            inner.expect(parts[i].toLatin1(), parts[i + 1].toLatin1().replace(' ', ""));
        ChainingTransport transport(inner);
        auto parsed = CommandApdu::parse(command);
        QVERIFY(parsed.ok());
        auto response = transport.transmit(*parsed);
        QVERIFY2(response.ok(),
                 qPrintable(response.ok() ? QString() : response.error().toString()));
        QCOMPARE(response->encode().toHex(), expected.toHex());
        QVERIFY(inner.finished());
    }

    void endlessMoreDataIsCapped()
    {
        ScriptedTransport inner;
        inner.expect("00B0000000", "6100");
        const QByteArray chunk = QByteArray(256, '\x11').toHex() + "6100";
        for (int i = 0; i < 258; ++i)
            inner.expect("00C0000000", chunk);
        ChainingTransport transport(inner);
        auto response = transport.transmit(CommandApdu(0, 0xB0, 0, 0, {}, 256));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(response.error().check, QStringLiteral("get_response_limit"));
    }

    void limits_data()
    {
        QTest::addColumn<int>("dataSize");
        QTest::addColumn<qulonglong>("ne");
        QTest::addColumn<qulonglong>("maxCommand");
        QTest::addColumn<bool>("extended");
        QTest::addColumn<QString>("check");
        QTest::newRow("extended not supported")
            << 0 << 1000ULL << 261ULL << false << QStringLiteral("extended_length");
        QTest::newRow("too long for reader")
            << 200 << 0ULL << 64ULL << false << QStringLiteral("max_command_length");
        QTest::newRow("extended too long")
            << 1000 << 0ULL << 512ULL << true << QStringLiteral("max_command_length");
    }

    void limits()
    {
        QFETCH(int, dataSize);
        QFETCH(qulonglong, ne);
        QFETCH(qulonglong, maxCommand);
        QFETCH(bool, extended);
        QFETCH(QString, check);
        ScriptedTransport inner;
        inner.setLimits(maxCommand, extended);
        ChainingTransport transport(inner);
        QCOMPARE(transport.maxCommandLength(), std::size_t(maxCommand));
        QCOMPARE(transport.supportsExtendedLength(), extended);
        QCOMPARE(transport.maxResponseLength(), inner.maxResponseLength());
        auto response =
            transport.transmit(CommandApdu(0, 0xD6, 0, 0, QByteArray(dataSize, 'x'), ne));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(response.error().check, check);
    }

    void transportErrorPassesThrough()
    {
        ScriptedTransport inner; // empty script: the first command fails
        ChainingTransport transport(inner);
        auto response = transport.transmit(CommandApdu(0, 0x84, 0, 0, {}, 8));
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, FailureCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestChainingTransport)
#include "tst_chainingtransport.moc"
