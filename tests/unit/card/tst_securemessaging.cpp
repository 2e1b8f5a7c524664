// SecureMessaging: the ICAO 9303-11 Appendix D.4 and gmrtd AES exchanges byte for byte, and
// refusals.
#include "card/emrtd/SecureMessaging.h"

#include "card/iso7816/TlvWriter.h"
#include "support/ErrorAssertions.h"
#include "support/IcaoWorkedExamples.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;
using guichet::card::iso7816::CommandApdu;
using guichet::card::iso7816::ResponseApdu;
using guichet::card::iso7816::TlvWriter;
using guichet::test::icaoExample;
using guichet::test::icaoHex;

namespace {

struct Step {
    QByteArray plainCommand;
    QByteArray protectedCommand;
    QByteArray protectedResponse;
    QByteArray plainResponse;
};

// The steps of a section. The gmrtd AES trace gives only the protected side: its plain side is
// SELECT EF.COM and two READ BINARY that return EF.COM in two pieces (4 bytes, then the rest).
QList<Step> steps(const char *section)
{
    const QJsonObject example = icaoExample(section);
    QList<Step> out;
    const auto trace = example.value(QStringLiteral("secure_messaging_trace")).toArray();
    for (const auto &value : trace) {
        const QJsonObject s = value.toObject();
        out.append({test::hex(s.value(QStringLiteral("plain_cmd"))),
                    test::hex(s.value(QStringLiteral("protected_cmd"))),
                    test::hex(s.value(QStringLiteral("protected_rsp"))),
                    test::hex(s.value(QStringLiteral("plain_rsp")))});
    }
    const auto aes = example.value(QStringLiteral("trace")).toArray();
    if (!aes.isEmpty()) {
        const QByteArray com = icaoHex(example, "EF_COM");
        const QByteArray ok = QByteArray::fromHex("9000");
        const QList<QPair<QByteArray, QByteArray>> plain{
            {QByteArray::fromHex("00A4020C02011E"), ok},
            {QByteArray::fromHex("00B0000004"), com.left(4) + ok},
            {QByteArray::fromHex("00B0000416"), com.mid(4) + ok},
        };
        for (qsizetype i = 0; i < aes.size(); ++i) {
            const QJsonObject s = aes.at(i).toObject();
            out.append({plain.at(i).first, test::hex(s.value(QStringLiteral("cmd"))),
                        test::hex(s.value(QStringLiteral("rsp"))), plain.at(i).second});
        }
    }
    return out;
}

SessionKeys keysOf(const char *section)
{
    const QJsonObject example = icaoExample(section);
    SessionKeys keys;
    keys.encKey = crypto::SecureBuffer(icaoHex(example, "KS_enc"));
    keys.macKey = crypto::SecureBuffer(icaoHex(example, "KS_mac"));
    keys.ssc = icaoHex(example, "SSC_initial");
    switch (keys.encKey.size()) {
    case 16:
        keys.algorithm =
            keys.ssc.size() == 8 ? CipherAlgorithm::TripleDes : CipherAlgorithm::Aes128;
        break;
    case 24:
        keys.algorithm = CipherAlgorithm::Aes192;
        break;
    default:
        keys.algorithm = CipherAlgorithm::Aes256;
    }
    return keys;
}

SecureMessaging sessionOf(const char *section)
{
    return SecureMessaging::create(keysOf(section)).value();
}

// What a chip sends back at SSC `ssc`: the given objects, then DO'8E' over them.
QByteArray chipResponse(const QByteArray &objects, const QByteArray &ssc)
{
    const SessionKeys keys = keysOf("BAC_appendix_D");
    auto mac = retailMac(keys.macKey.view(), padIso9797(QByteArray(ssc + objects), 8));
    return objects + TlvWriter::encode(0x8E, mac.valueOr({})) + QByteArray::fromHex("9000");
}

QByteArray encryptedDo87(const QByteArray &paddedPlain)
{
    const SessionKeys keys = keysOf("BAC_appendix_D");
    auto encrypted = cbcEncrypt(CipherAlgorithm::TripleDes, keys.encKey.view(), QByteArray(8, '\0'),
                                paddedPlain);
    return TlvWriter::encode(0x87, QByteArray(1, '\x01').append(encrypted.valueOr({})));
}

} // namespace

class TestSecureMessaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExamples_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("step");
        for (const char *section : {"BAC_appendix_D", "AES_secure_messaging_gmrtd"}) {
            const auto all = steps(section);
            for (qsizetype i = 0; i < all.size(); ++i)
                QTest::addRow("%s step %d", section, int(i))
                    << QString::fromLatin1(section) << int(i);
        }
    }

    // Replays the exchange up to `step`, checking every command and response on the way.
    void workedExamples()
    {
        QFETCH(QString, section);
        QFETCH(int, step);
        const QByteArray name = section.toLatin1();
        const auto all = steps(name.constData());
        SecureMessaging sm = sessionOf(name.constData());
        QByteArray ssc = sm.ssc();
        for (int i = 0; i <= step; ++i) {
            const Step &s = all.at(i);
            auto plain = CommandApdu::parse(s.plainCommand);
            QVERIFY(plain.ok());
            auto protectedCommand = sm.protect(*plain);
            QVERIFY2(protectedCommand.ok(),
                     qPrintable(protectedCommand.ok() ? QString()
                                                      : protectedCommand.error().toString()));
            QCOMPARE(protectedCommand->encode()->toHex(), s.protectedCommand.toHex());
            auto response = ResponseApdu::parse(s.protectedResponse);
            QVERIFY(response.ok());
            auto unprotected = sm.unprotect(*response);
            QVERIFY2(unprotected.ok(),
                     qPrintable(unprotected.ok() ? QString() : unprotected.error().toString()));
            QCOMPARE(unprotected->encode().toHex(), s.plainResponse.toHex());
            QVERIFY(sm.ssc() != ssc);
            ssc = sm.ssc();
        }
        if (step == all.size() - 1)
            QCOMPARE(sm.ssc().toHex(), icaoHex(icaoExample(name.constData()), "SSC_final").toHex());
    }

    void refusedResponses_data()
    {
        // Every response answers a first command, so the chip's SSC is SSC_initial + 2.
        const QByteArray ssc = QByteArray::fromHex("887022120C06C228");
        const QByteArray status = QByteArray::fromHex("99029000");
        const QByteArray good = steps("BAC_appendix_D").at(0).protectedResponse;
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        const int mac = int(FailureCode::CardSecureMessagingMac);
        const int missing = int(FailureCode::CardSecureMessagingMissingStatus);
        const int malformed = int(FailureCode::CardSecureMessagingMalformed);
        const QString sm = QStringLiteral("secure_messaging");
        QByteArray flipped = good;
        flipped[good.size() - 3] = static_cast<char>(flipped[good.size() - 3] ^ 0x01);
        QTest::newRow("MAC bit flipped")
            << flipped << mac << QStringLiteral("secure_messaging.do8e") << QStringLiteral("mac");
        QTest::newRow("response replayed at another SSC")
            << steps("BAC_appendix_D").at(1).protectedResponse << mac
            << QStringLiteral("secure_messaging.do8e") << QStringLiteral("mac");
        QTest::newRow("plain 6982")
            << QByteArray::fromHex("6982") << missing << QStringLiteral("secure_messaging.do99")
            << QStringLiteral("missing");
        QTest::newRow("no DO'99'")
            << chipResponse(encryptedDo87(padIso9797("abc", 8)), ssc) << missing
            << QStringLiteral("secure_messaging.do99") << QStringLiteral("missing");
        QTest::newRow("no DO'8E'")
            << QByteArray(status + QByteArray::fromHex("9000")) << mac
            << QStringLiteral("secure_messaging.do8e") << QStringLiteral("missing");
        QTest::newRow("DO'8E' of 4 bytes")
            << QByteArray::fromHex("990290008E04010203049000") << mac
            << QStringLiteral("secure_messaging.do8e") << QStringLiteral("length");
        QTest::newRow("unknown DO'81'") << chipResponse(status + QByteArray::fromHex("810100"), ssc)
                                        << malformed << sm << QStringLiteral("unexpected_object");
        QTest::newRow("DO'99' twice")
            << chipResponse(status + status, ssc) << malformed << sm << QStringLiteral("duplicate");
        QTest::newRow("object after DO'8E'") << QByteArray(chipResponse(status, ssc).chopped(2) +
                                                           status + QByteArray::fromHex("9000"))
                                             << malformed << sm << QStringLiteral("order");
        QTest::newRow("DO'99' of 1 byte") << chipResponse(QByteArray::fromHex("990190"), ssc)
                                          << malformed << sm << QStringLiteral("status_length");
        QByteArray noIndicator = encryptedDo87(padIso9797("abc", 8));
        noIndicator[2] = '\x02';
        QTest::newRow("DO'87' without 01") << chipResponse(noIndicator + status, ssc) << malformed
                                           << sm << QStringLiteral("padding_indicator");
        QTest::newRow("cryptogram not whole blocks")
            << chipResponse(QByteArray::fromHex("8706010102030405") + status, ssc) << malformed
            << sm << QStringLiteral("cryptogram_length");
        QTest::newRow("plaintext without padding")
            << chipResponse(encryptedDo87(QByteArray::fromHex("0102030405060708")) + status, ssc)
            << malformed << QStringLiteral("padding") << QStringLiteral("padding");
        QTest::newRow("broken TLV")
            << QByteArray::fromHex("9902909000") << int(FailureCode::CardTlvMalformed)
            << QStringLiteral("tlv.99") << QStringLiteral("truncated_value");
    }

    void refusedResponses()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, check);
        SecureMessaging sm = sessionOf("BAC_appendix_D");
        QVERIFY(sm.protect(CommandApdu(0x00, 0xA4, 0x02, 0x0C, QByteArray::fromHex("011E"))).ok());
        auto parsed = ResponseApdu::parse(response);
        QVERIFY(parsed.ok());
        auto unprotected = sm.unprotect(*parsed);
        QVERIFY(!unprotected.ok());
        test::compareError(unprotected.error(), code, field, check);
        // The counter moved on regardless: the session cannot be resynchronised by replaying.
        QCOMPARE(sm.ssc().toHex(), QByteArray("887022120c06c228"));
    }

    void validCraftedResponse()
    {
        SecureMessaging sm = sessionOf("BAC_appendix_D");
        QVERIFY(sm.protect(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 3)).ok());
        const QByteArray response =
            chipResponse(encryptedDo87(padIso9797("abc", 8)) + QByteArray::fromHex("99026282"),
                         QByteArray::fromHex("887022120C06C228"));
        auto unprotected = sm.unprotect(ResponseApdu::parse(response).value());
        QVERIFY(unprotected.ok());
        QCOMPARE(unprotected->data(), QByteArray("abc"));
        QCOMPARE(unprotected->sw(), std::uint16_t{0x6282}); // DO'99' wins over the outer SW
    }

    void protectForms_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<qulonglong>("ne");
        QTest::addColumn<QByteArray>("dataPrefix");
        QTest::addColumn<qulonglong>("protectedNe");
        QTest::newRow("case 1: DO'8E' only")
            << QByteArray::fromHex("00840000") << 0ULL << QByteArray::fromHex("8E08") << 256ULL;
        QTest::newRow("odd INS: DO'85' without indicator")
            << QByteArray::fromHex("00B10000045402000000") << 0ULL << QByteArray::fromHex("8508")
            << 256ULL;
        QTest::newRow("Ne 257: DO'97' of 2 bytes, extended")
            << QByteArray::fromHex("00B00000") << 257ULL << QByteArray::fromHex("97020101")
            << 65536ULL;
        QTest::newRow("Ne 65536: DO'97' 0000") << QByteArray::fromHex("00B00000") << 65536ULL
                                               << QByteArray::fromHex("97020000") << 65536ULL;
        QTest::newRow("Ne 256: DO'97' 00")
            << QByteArray::fromHex("00B00000") << 256ULL << QByteArray::fromHex("970100") << 256ULL;
        QTest::newRow("300 bytes of data go extended")
            << QByteArray(QByteArray::fromHex("00D6000000012C") + QByteArray(300, 'x')) << 0ULL
            << QByteArray::fromHex("8782013101") << 65536ULL;
    }

    void protectForms()
    {
        QFETCH(QByteArray, plain);
        QFETCH(qulonglong, ne);
        QFETCH(QByteArray, dataPrefix);
        QFETCH(qulonglong, protectedNe);
        auto command = CommandApdu::parse(plain);
        QVERIFY(command.ok());
        SecureMessaging sm = sessionOf("BAC_appendix_D");
        auto protectedCommand = sm.protect(ne ? command->withNe(ne) : *command);
        QVERIFY(protectedCommand.ok());
        QCOMPARE(protectedCommand->cla(), std::uint8_t{0x0C});
        QCOMPARE(protectedCommand->data().left(dataPrefix.size()).toHex(), dataPrefix.toHex());
        QVERIFY(protectedCommand->data().right(10).startsWith(QByteArray::fromHex("8E08")));
        QCOMPARE(protectedCommand->ne(), std::size_t(protectedNe));
    }

    void refusedSetup()
    {
        SessionKeys shortKey = keysOf("BAC_appendix_D");
        shortKey.encKey = crypto::SecureBuffer(8);
        auto created = SecureMessaging::create(std::move(shortKey));
        QCOMPARE(created.error().code, FailureCode::CryptoInvalidKey);
        SessionKeys longSsc = keysOf("BAC_appendix_D");
        longSsc.ssc = QByteArray(16, '\0');
        created = SecureMessaging::create(std::move(longSsc));
        QCOMPARE(created.error().code, FailureCode::InvalidArgument);
        QCOMPARE(created.error().check, QStringLiteral("length"));

        SecureMessaging sm = sessionOf("BAC_appendix_D");
        auto twice = sm.protect(CommandApdu(0x0C, 0xB0, 0, 0, {}, 4));
        QCOMPARE(twice.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(twice.error().check, QStringLiteral("already_protected"));
    }

    void counterCarries()
    {
        SessionKeys keys = keysOf("BAC_appendix_D");
        keys.ssc = QByteArray::fromHex("00000000FFFFFFFF");
        SecureMessaging sm = SecureMessaging::create(std::move(keys)).value();
        QVERIFY(sm.protect(CommandApdu(0, 0xB0, 0, 0, {}, 4)).ok());
        QCOMPARE(sm.ssc().toHex(), QByteArray("0000000100000000"));
        QCOMPARE(sm.algorithm(), CipherAlgorithm::TripleDes);
    }
};

QTEST_GUILESS_MAIN(TestSecureMessaging)
#include "tst_securemessaging.moc"
