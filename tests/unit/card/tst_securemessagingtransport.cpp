// SecureMessagingTransport: BAC then reading EF.COM through transports, as ICAO 9303-11 D.4 shows.
#include "card/emrtd/SecureMessagingTransport.h"

#include "card/emrtd/BacAuthentication.h"
#include "card/emrtd/EfCom.h"
#include "card/iso7816/ChainingTransport.h"
#include "support/IcaoWorkedExamples.h"
#include "support/ScriptedTransport.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;
using guichet::card::iso7816::ChainingTransport;
using guichet::card::iso7816::CommandApdu;
using guichet::test::icaoExample;
using guichet::test::icaoHex;
using guichet::test::ScriptedTransport;

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The card side of Appendix D: the BAC exchange, then the protected SELECT and READ BINARYs,
// with `tamper` flipping a bit in the last response's MAC.
void scriptCard(ScriptedTransport &card, bool tamper)
{
    const QJsonObject example = icaoExample("BAC_appendix_D");
    for (const auto &value : example.value(QStringLiteral("apdu_trace")).toArray())
        card.expect(text(value.toObject(), "cmd").toLatin1(),
                    text(value.toObject(), "rsp").toLatin1());
    const auto trace = example.value(QStringLiteral("secure_messaging_trace")).toArray();
    for (qsizetype i = 0; i < trace.size(); ++i) {
        QByteArray response = text(trace.at(i).toObject(), "protected_rsp").toLatin1();
        if (tamper && i == trace.size() - 1)
            response[response.size() - 5] = response[response.size() - 5] == '0' ? '1' : '0';
        card.expect(text(trace.at(i).toObject(), "protected_cmd").toLatin1(), response);
    }
}

// BAC over the transport, as the reading code will run it.
Result<SecureMessaging> runBac(card::iso7816::CardTransport &transport)
{
    auto bac = test::icaoBacAuthentication();
    if (!bac)
        return fail(bac.error());
    auto challenge = transport.transmit(BacAuthentication::getChallengeCommand());
    if (!challenge)
        return fail(challenge.error());
    auto command = bac->externalAuthenticateCommand(challenge->data());
    if (!command)
        return fail(command.error());
    auto answer = transport.transmit(*command);
    if (!answer)
        return fail(answer.error());
    auto session = bac->completeAuthentication(*answer);
    if (!session)
        return fail(session.error());
    return SecureMessaging::create(std::move(session).value());
}

const CommandApdu kSelectCom(0x00, 0xA4, 0x02, 0x0C, QByteArray::fromHex("011E"));

} // namespace

class TestSecureMessagingTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readEfComUnderBac()
    {
        ScriptedTransport card;
        scriptCard(card, false);
        ChainingTransport chaining(card);
        auto session = runBac(chaining);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
        SecureMessagingTransport sm(chaining, std::move(session).value());

        QVERIFY(sm.transmit(kSelectCom)->isSuccess());
        auto head = sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4));
        QVERIFY(head.ok() && head->isSuccess());
        // 60 14: EF.COM holds 0x14 more bytes after its 4-byte start.
        QCOMPARE(head->data().toHex(), QByteArray("60145f01"));
        auto rest = sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 18));
        QVERIFY(rest.ok() && rest->isSuccess());
        const QByteArray com = head->data() + rest->data();
        const QJsonObject example = icaoExample("BAC_appendix_D");
        QCOMPARE(com.toHex(), icaoHex(example, "EF_COM").toHex());
        QVERIFY(EfCom::parse(com).ok());
        QCOMPARE(sm.session().ssc().toHex(), icaoHex(example, "SSC_final").toHex());
        QVERIFY(card.finished());
    }

    void failureLosesTheSession()
    {
        ScriptedTransport card;
        scriptCard(card, true);
        ChainingTransport chaining(card);
        auto session = runBac(chaining);
        QVERIFY(session.ok());
        SecureMessagingTransport sm(chaining, std::move(session).value());
        // A command refused before protection keeps the session usable.
        auto refused = sm.transmit(kSelectCom.withCla(0x0C));
        QCOMPARE(refused.error().check, QStringLiteral("already_protected"));
        QVERIFY(sm.transmit(kSelectCom).ok());
        QVERIFY(sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4)).ok());
        auto tampered = sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 18));
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, FailureCode::CardSecureMessagingMac);
        auto after = sm.transmit(kSelectCom);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, FailureCode::CryptoStateError);
        QCOMPARE(after.error().check, QStringLiteral("session_lost"));
    }

    void limits()
    {
        ScriptedTransport card;
        card.setLimits(261, false);
        auto session = SecureMessaging::create(
            SessionKeys{CipherAlgorithm::TripleDes, crypto::SecureBuffer(16),
                        crypto::SecureBuffer(16), QByteArray(8, '\0')});
        QVERIFY(session.ok());
        SecureMessagingTransport sm(card, std::move(session).value());
        QCOMPARE(sm.maxCommandLength(), std::size_t(261 - SecureMessagingTransport::kOverhead));
        QCOMPARE(sm.maxResponseLength(), std::size_t(256 - SecureMessagingTransport::kOverhead));
        QVERIFY(!sm.supportsExtendedLength());
    }
};

QTEST_GUILESS_MAIN(TestSecureMessagingTransport)
#include "tst_securemessagingtransport.moc"
