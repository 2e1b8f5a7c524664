// BacKeys: MRZ information, check digits, the ICAO KDF and DES parity, against ICAO 9303-11 D and
// G.1.
#include "card/emrtd/BacKeys.h"

#include "crypto/Digest.h"
#include "support/IcaoWorkedExamples.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;
using guichet::test::icaoExample;
using guichet::test::icaoHex;

class TestBacKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromMrz_data()
    {
        QTest::addColumn<QString>("documentNumber");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("expiryDate");
        QTest::addColumn<QString>("mrzInformation");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("enc");
        QTest::addColumn<QByteArray>("mac");
        for (const char *section : {"BAC_appendix_D", "PACE_ECDH_GM_appendix_G1"}) {
            const QJsonObject example = icaoExample(section);
            const QJsonObject mrz = example.value(QStringLiteral("mrz")).toObject();
            const bool bac = example.contains(QStringLiteral("K_seed"));
            QTest::newRow(section) << mrz.value(QStringLiteral("document_number")).toString()
                                   << mrz.value(QStringLiteral("date_of_birth")).toString()
                                   << mrz.value(QStringLiteral("date_of_expiry")).toString()
                                   << mrz.value(QStringLiteral("mrz_information")).toString()
                                   << (bac ? icaoHex(example, "K_seed") : QByteArray())
                                   << (bac ? icaoHex(example, "K_enc") : QByteArray())
                                   << (bac ? icaoHex(example, "K_mac") : QByteArray());
        }
        // ICAO 9303-11 Appendix D's TD1 example (12-character number), keys from DOMAIN.md §4.
        QTest::newRow("D23145890734")
            << QStringLiteral("D23145890734") << QStringLiteral("340712")
            << QStringLiteral("950712") << QStringLiteral("D23145890734934071279507122")
            << QByteArray::fromHex("B366AD857DDCA2B08C0E299811714730")
            << QByteArray::fromHex("F4313713DFA438B68C045D1FBCE5DF1C")
            << QByteArray::fromHex("E052C4340DFBF789435DC8E56240460E");
        QTest::newRow("short number is padded")
            << QStringLiteral("AB12") << QStringLiteral("000101") << QStringLiteral("991231")
            << QStringLiteral("AB12<<<<<800010189912315") << QByteArray() << QByteArray()
            << QByteArray();
    }

    void fromMrz()
    {
        QFETCH(QString, documentNumber);
        QFETCH(QString, birthDate);
        QFETCH(QString, expiryDate);
        QFETCH(QString, mrzInformation);
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, enc);
        QFETCH(QByteArray, mac);
        auto information = BacKeys::mrzInformation(documentNumber, birthDate, expiryDate);
        QVERIFY(information.ok());
        QCOMPARE(*information, mrzInformation);
        auto keys = BacKeys::fromMrzInformation(*information);
        QVERIFY(keys.ok());
        if (!seed.isEmpty()) {
            QCOMPARE(keys->seed().view().toByteArray().toHex(), seed.toHex());
            QCOMPARE(keys->encKey().view().toByteArray().toHex(), enc.toHex());
            QCOMPARE(keys->macKey().view().toByteArray().toHex(), mac.toHex());
        }
        const BacKeys copy = keys->copy();
        QVERIFY(copy.encKey().equals(keys->encKey().view()));
    }

    // KDF rows from every worked example: BAC keys and session keys, PACE K_pi and session keys.
    void deriveKey_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<uint>("counter");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("expected");
        const auto tdes = int(CipherAlgorithm::TripleDes);
        const auto aes128 = int(CipherAlgorithm::Aes128);
        const QJsonObject bac = icaoExample("BAC_appendix_D");
        QTest::newRow("D.1 K_enc") << icaoHex(bac, "K_seed") << 1U << tdes << icaoHex(bac, "K_enc");
        QTest::newRow("D.1 K_mac") << icaoHex(bac, "K_seed") << 2U << tdes << icaoHex(bac, "K_mac");
        QTest::newRow("D.3 KS_enc")
            << icaoHex(bac, "KS_seed") << 1U << tdes << icaoHex(bac, "KS_enc");
        QTest::newRow("D.3 KS_mac")
            << icaoHex(bac, "KS_seed") << 2U << tdes << icaoHex(bac, "KS_mac");
        const QJsonObject pace = icaoExample("PACE_ECDH_GM_appendix_G1");
        const QByteArray password = pace.value(QStringLiteral("mrz"))
                                        .toObject()
                                        .value(QStringLiteral("mrz_information"))
                                        .toString()
                                        .toLatin1();
        auto passwordHash = crypto::hash(crypto::DigestAlgorithm::Sha1, password);
        QTest::newRow("G.1 K_pi") << passwordHash.valueOr({}) << 3U << aes128
                                  << icaoHex(pace, "K_pi");
        QTest::newRow("G.1 KS_enc")
            << icaoHex(pace, "shared_secret_K") << 1U << aes128 << icaoHex(pace, "KS_enc");
        QTest::newRow("G.1 KS_mac")
            << icaoHex(pace, "shared_secret_K") << 2U << aes128 << icaoHex(pace, "KS_mac");
    }

    void deriveKey()
    {
        QFETCH(QByteArray, seed);
        QFETCH(uint, counter);
        QFETCH(int, algorithm);
        QFETCH(QByteArray, expected);
        auto key = BacKeys::deriveKey(seed, counter, static_cast<CipherAlgorithm>(algorithm));
        QVERIFY(key.ok());
        QCOMPARE(key->view().toByteArray().toHex(), expected.toHex());
    }

    // AES-192/256 take SHA-256 (ICAO 9303-11 §9.7.1): sizes and truncation of the same digest.
    void deriveKeySizes()
    {
        const QByteArray seed("seed");
        auto full = crypto::hash(crypto::DigestAlgorithm::Sha256,
                                 QByteArray(seed + QByteArray::fromHex("00000001")));
        QVERIFY(full.ok());
        auto k192 = BacKeys::deriveKey(seed, 1, CipherAlgorithm::Aes192);
        auto k256 = BacKeys::deriveKey(seed, 1, CipherAlgorithm::Aes256);
        QCOMPARE(k192->view().toByteArray(), full->left(24));
        QCOMPARE(k256->view().toByteArray(), *full);
    }

    void parity_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("adjusted");
        // The raw SHA-1 prefix behind ICAO's K_enc (see the example's note_parity).
        QTest::newRow("ICAO K_enc") << QByteArray::fromHex("AB94FCEDF2664EDFB9B291F85D7F77F2")
                                    << QByteArray::fromHex("AB94FDECF2674FDFB9B391F85D7F76F2");
        QTest::newRow("zeros and ones")
            << QByteArray::fromHex("0001FEFF") << QByteArray::fromHex("0101FEFE");
    }

    void parity()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, adjusted);
        crypto::SecureBuffer key(raw);
        BacKeys::adjustParity(key.span());
        QCOMPARE(key.view().toByteArray().toHex(), adjusted.toHex());
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("digit");
        QTest::newRow("L898902C<") << QStringLiteral("L898902C<") << 3;
        QTest::newRow("690806") << QStringLiteral("690806") << 1;
        QTest::newRow("940623") << QStringLiteral("940623") << 6;
        QTest::newRow("D23145890") << QStringLiteral("D23145890") << 7;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("lower case") << QStringLiteral("l898902c") << -1;
    }

    void checkDigit()
    {
        QFETCH(QString, field);
        QFETCH(int, digit);
        QCOMPARE(BacKeys::checkDigit(field), digit);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("documentNumber");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("expiryDate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("check");
        QTest::newRow("empty number")
            << QString() << QStringLiteral("690806") << QStringLiteral("940623")
            << QStringLiteral("document_number") << QStringLiteral("length");
        QTest::newRow("lower-case number")
            << QStringLiteral("l898902c") << QStringLiteral("690806") << QStringLiteral("940623")
            << QStringLiteral("document_number") << QStringLiteral("charset");
        QTest::newRow("birth date of 5")
            << QStringLiteral("L898902C") << QStringLiteral("69080") << QStringLiteral("940623")
            << QStringLiteral("birth_date") << QStringLiteral("length");
        QTest::newRow("letter in expiry")
            << QStringLiteral("L898902C") << QStringLiteral("690806") << QStringLiteral("94O623")
            << QStringLiteral("expiry_date") << QStringLiteral("charset");
        QTest::newRow("filler in birth date")
            << QStringLiteral("L898902C") << QStringLiteral("6908<6") << QStringLiteral("940623")
            << QStringLiteral("birth_date") << QStringLiteral("charset");
    }

    void refusals()
    {
        QFETCH(QString, documentNumber);
        QFETCH(QString, birthDate);
        QFETCH(QString, expiryDate);
        QFETCH(QString, field);
        QFETCH(QString, check);
        auto information = BacKeys::mrzInformation(documentNumber, birthDate, expiryDate);
        QVERIFY(!information.ok());
        QCOMPARE(information.error().code, FailureCode::InvalidArgument);
        QCOMPARE(information.error().field, field);
        QCOMPARE(information.error().check, check);
        // No value in the message: it names the field only.
        if (!documentNumber.isEmpty())
            QVERIFY(!information.error().message.contains(documentNumber));
    }

    void refusedInformation()
    {
        for (const QString &bad : {QString(), QStringLiteral("L898902C 369080619406236")}) {
            auto keys = BacKeys::fromMrzInformation(bad);
            QVERIFY(!keys.ok());
            QCOMPARE(keys.error().field, QStringLiteral("mrz_information"));
        }
    }
};

QTEST_GUILESS_MAIN(TestBacKeys)
#include "tst_backeys.moc"
