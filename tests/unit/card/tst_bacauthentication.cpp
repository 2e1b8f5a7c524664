// BacAuthentication: the ICAO 9303-11 Appendix D exchange byte for byte, and every refusal.
#include "card/emrtd/BacAuthentication.h"

#include "support/IcaoWorkedExamples.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;
using guichet::card::iso7816::ResponseApdu;
using guichet::test::icaoExample;
using guichet::test::icaoHex;

namespace {

QByteArray traceHex(const QJsonObject &example, int step, const char *key)
{
    return test::hex(example.value(QStringLiteral("apdu_trace"))
                         .toArray()
                         .at(step)
                         .toObject()
                         .value(QLatin1String(key)));
}

// BAC as the ICAO example runs it, with the chip's challenge already answered.
Result<BacAuthentication> icaoBac(const QJsonObject &example)
{
    auto bac = test::icaoBacAuthentication();
    if (!bac)
        return bac;
    if (auto command = bac->externalAuthenticateCommand(icaoHex(example, "RND_IC")); !command)
        return fail(command.error());
    return bac;
}

// A chip answer E_ICC || M_ICC for an arbitrary R, as a (possibly lying) chip would build it.
QByteArray chipAnswer(const QJsonObject &example, const QByteArray &r)
{
    const QByteArray iv(8, '\0');
    const QByteArray encrypted =
        cbcEncrypt(CipherAlgorithm::TripleDes, icaoHex(example, "K_enc"), iv, r).valueOr({});
    return encrypted + retailMac(icaoHex(example, "K_mac"), padIso9797(encrypted, 8)).valueOr({});
}

} // namespace

class TestBacAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icaoAppendixD()
    {
        const QJsonObject example = icaoExample("BAC_appendix_D");
        QCOMPARE(BacAuthentication::getChallengeCommand().encode()->toHex(),
                 traceHex(example, 0, "cmd").toHex());
        QCOMPARE(traceHex(example, 0, "rsp").left(8), icaoHex(example, "RND_IC"));

        auto keys = BacKeys::fromMrzInformation(u"L898902C<369080619406236");
        QVERIFY(keys.ok());
        auto bac = BacAuthentication::createWith(*keys, icaoHex(example, "RND_IFD"),
                                                 crypto::SecureBuffer(icaoHex(example, "K_IFD")));
        QVERIFY(bac.ok());
        auto command = bac->externalAuthenticateCommand(icaoHex(example, "RND_IC"));
        QVERIFY(command.ok());
        QCOMPARE(command->encode()->toHex(), traceHex(example, 1, "cmd").toHex());
        QCOMPARE(command->data().toHex(),
                 QByteArray(icaoHex(example, "E_IFD") + icaoHex(example, "M_IFD")).toHex());

        auto response = ResponseApdu::parse(traceHex(example, 1, "rsp"));
        QVERIFY(response.ok());
        auto session = bac->completeAuthentication(*response);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
        QCOMPARE(session->algorithm, CipherAlgorithm::TripleDes);
        QCOMPARE(session->encKey.view().toByteArray().toHex(), icaoHex(example, "KS_enc").toHex());
        QCOMPARE(session->macKey.view().toByteArray().toHex(), icaoHex(example, "KS_mac").toHex());
        QCOMPARE(session->ssc.toHex(), icaoHex(example, "SSC_initial").toHex());
    }

    void randomTerminalValues()
    {
        auto keys = BacKeys::fromMrzInformation(u"L898902C<369080619406236");
        auto first = BacAuthentication::create(*keys);
        auto second = BacAuthentication::create(*keys);
        QVERIFY(first.ok() && second.ok());
        const QByteArray challenge = QByteArray::fromHex("4608F91988702212");
        // Fresh RND.IFD and K.IFD each time: the cryptograms differ.
        QVERIFY(first->externalAuthenticateCommand(challenge)->data() !=
                second->externalAuthenticateCommand(challenge)->data());
    }

    void refusedAnswers_data()
    {
        const QJsonObject example = icaoExample("BAC_appendix_D");
        const QByteArray good = traceHex(example, 1, "rsp").chopped(2);
        const QByteArray r = icaoHex(example, "R_decrypted");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("sw");
        QTest::addColumn<QString>("check");
        QTest::newRow("6300 (wrong MRZ)")
            << QByteArray() << 0x6300 << QStringLiteral("status_word");
        QTest::newRow("good data, 6982") << good << 0x6982 << QStringLiteral("status_word");
        QTest::newRow("39 bytes") << good.left(39) << 0x9000 << QStringLiteral("length");
        QTest::newRow("41 bytes") << QByteArray(good + '\0') << 0x9000 << QStringLiteral("length");
        QByteArray flippedMac = good;
        flippedMac[39] = static_cast<char>(flippedMac[39] ^ 0x01);
        QTest::newRow("MAC bit flipped") << flippedMac << 0x9000 << QStringLiteral("mac");
        QByteArray flippedCipher = good;
        flippedCipher[0] = static_cast<char>(flippedCipher[0] ^ 0x80);
        QTest::newRow("cryptogram bit flipped") << flippedCipher << 0x9000 << QStringLiteral("mac");
        QByteArray otherIcc = r;
        otherIcc[0] = static_cast<char>(otherIcc[0] ^ 0x01);
        QTest::newRow("RND.ICC not echoed")
            << chipAnswer(example, otherIcc) << 0x9000 << QStringLiteral("nonce");
        QByteArray otherIfd = r;
        otherIfd[15] = static_cast<char>(otherIfd[15] ^ 0x01);
        QTest::newRow("RND.IFD not echoed")
            << chipAnswer(example, otherIfd) << 0x9000 << QStringLiteral("nonce");
    }

    void refusedAnswers()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, sw);
        QFETCH(QString, check);
        auto bac = icaoBac(icaoExample("BAC_appendix_D"));
        QVERIFY(bac.ok());
        auto session = bac->completeAuthentication(ResponseApdu(data, std::uint16_t(sw)));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, FailureCode::CardBacFailed);
        QCOMPARE(session.error().field, QStringLiteral("bac"));
        QCOMPARE(session.error().check, check);
    }

    void refusedUse()
    {
        auto keys = BacKeys::fromMrzInformation(u"L898902C<369080619406236");
        QVERIFY(keys.ok());
        auto shortNonce =
            BacAuthentication::createWith(*keys, QByteArray(7, '\0'), crypto::SecureBuffer(16));
        QCOMPARE(shortNonce.error().code, FailureCode::InvalidArgument);
        QCOMPARE(shortNonce.error().check, QStringLiteral("length"));
        auto shortKey =
            BacAuthentication::createWith(*keys, QByteArray(8, '\0'), crypto::SecureBuffer(8));
        QCOMPARE(shortKey.error().code, FailureCode::InvalidArgument);

        auto bac = BacAuthentication::create(*keys);
        QVERIFY(bac.ok());
        auto early = bac->completeAuthentication(ResponseApdu(QByteArray(40, '\0'), 0x9000));
        QCOMPARE(early.error().code, FailureCode::CryptoStateError);
        auto challenge = bac->externalAuthenticateCommand(QByteArray(7, '\0'));
        QCOMPARE(challenge.error().code, FailureCode::CardBacFailed);
        QCOMPARE(challenge.error().check, QStringLiteral("challenge_length"));
    }
};

QTEST_GUILESS_MAIN(TestBacAuthentication)
#include "tst_bacauthentication.moc"
