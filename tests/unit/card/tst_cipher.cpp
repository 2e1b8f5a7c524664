// eMRTD block-cipher primitives: ISO 9797-1 padding, 3DES/AES-CBC, retail MAC, SM MAC.
#include "card/emrtd/Cipher.h"

#include "support/IcaoWorkedExamples.h"

#include <QTest>

using namespace guichet;
using namespace guichet::card::emrtd;

using guichet::test::icaoHex;

class TestCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void padding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("block");
        QTest::addColumn<QByteArray>("padded");
        QTest::newRow("empty, 8") << QByteArray() << 8 << QByteArray::fromHex("8000000000000000");
        QTest::newRow("7 bytes, 8") << QByteArray::fromHex("01020304050607") << 8
                                    << QByteArray::fromHex("0102030405060780");
        QTest::newRow("8 bytes adds a block, 8")
            << QByteArray::fromHex("0102030405060708") << 8
            << QByteArray::fromHex("01020304050607088000000000000000");
        QTest::newRow("header, 16") << QByteArray::fromHex("0CA4020C") << 16
                                    << QByteArray::fromHex("0CA4020C800000000000000000000000");
        QTest::newRow("data ending in 80, 8")
            << QByteArray::fromHex("80") << 8 << QByteArray::fromHex("8080000000000000");
    }

    void padding()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, block);
        QFETCH(QByteArray, padded);
        QCOMPARE(padIso9797(data, std::size_t(block)).toHex(), padded.toHex());
        auto unpadded = unpadIso9797(padded, std::size_t(block));
        QVERIFY(unpadded.ok());
        QCOMPARE(unpadded->toHex(), data.toHex());
    }

    void badPadding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("check");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("length");
        QTest::newRow("not a block")
            << QByteArray::fromHex("0102038000") << QStringLiteral("length");
        QTest::newRow("no marker")
            << QByteArray::fromHex("0102030405060708") << QStringLiteral("padding");
        QTest::newRow("all zeros") << QByteArray(8, '\0') << QStringLiteral("padding");
        QTest::newRow("marker more than a block back")
            << QByteArray::fromHex("80000000000000000000000000000000") << QStringLiteral("padding");
        QTest::newRow("01 instead of 80")
            << QByteArray::fromHex("0102030405060100") << QStringLiteral("padding");
    }

    void badPadding()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, check);
        auto unpadded = unpadIso9797(data, 8);
        QVERIFY(!unpadded.ok());
        QCOMPARE(unpadded.error().code, FailureCode::CardSecureMessagingMalformed);
        QCOMPARE(unpadded.error().field, QStringLiteral("padding"));
        QCOMPARE(unpadded.error().check, check);
    }

    // ICAO 9303-11 Appendix D.3: E_IFD = 3DES-CBC(K_enc, S), M_IFD = MAC(K_mac, pad(E_IFD)).
    void icaoBacCryptogram()
    {
        const QJsonObject bac = test::icaoExample("BAC_appendix_D");
        const QByteArray iv(8, '\0');
        auto encrypted =
            cbcEncrypt(CipherAlgorithm::TripleDes, icaoHex(bac, "K_enc"), iv, icaoHex(bac, "S"));
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted->toHex(), icaoHex(bac, "E_IFD").toHex());
        auto mac = retailMac(icaoHex(bac, "K_mac"), padIso9797(*encrypted, 8));
        QVERIFY(mac.ok());
        QCOMPARE(mac->toHex(), icaoHex(bac, "M_IFD").toHex());
        auto viaSm =
            smMac(CipherAlgorithm::TripleDes, icaoHex(bac, "K_mac"), padIso9797(*encrypted, 8));
        QCOMPARE(viaSm->toHex(), icaoHex(bac, "M_IFD").toHex());
        auto decrypted =
            cbcDecrypt(CipherAlgorithm::TripleDes, icaoHex(bac, "K_enc"), iv, *encrypted);
        QVERIFY(decrypted.ok());
        QVERIFY(decrypted->equals(icaoHex(bac, "S")));
        // The chip's answer decrypts to R (Appendix D.3 step 2).
        const QByteArray answer = QByteArray::fromHex(bac.value(QStringLiteral("apdu_trace"))
                                                          .toArray()
                                                          .at(1)
                                                          .toObject()
                                                          .value(QStringLiteral("rsp"))
                                                          .toString()
                                                          .toLatin1());
        auto r = cbcDecrypt(CipherAlgorithm::TripleDes, icaoHex(bac, "K_enc"), iv, answer.left(32));
        QVERIFY(r.ok());
        QVERIFY(r->equals(icaoHex(bac, "R_decrypted")));
    }

    // NIST SP 800-38A F.2.1/F.2.3/F.2.5 (CBC-AES128/192/256, first block) and F.1.1 (ECB).
    void aes_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("cbc");
        QTest::addColumn<QByteArray>("ecb");
        QTest::newRow("AES-128") << int(CipherAlgorithm::Aes128)
                                 << QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c")
                                 << QByteArray::fromHex("7649abac8119b246cee98e9b12e9197d")
                                 << QByteArray::fromHex("3ad77bb40d7a3660a89ecaf32466ef97");
        QTest::newRow("AES-192") << int(CipherAlgorithm::Aes192)
                                 << QByteArray::fromHex(
                                        "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b")
                                 << QByteArray::fromHex("4f021db243bc633d7178183a9fa071e8")
                                 << QByteArray::fromHex("bd334f1d6e45f25ff712a214571fa5cc");
        QTest::newRow("AES-256")
            << int(CipherAlgorithm::Aes256)
            << QByteArray::fromHex(
                   "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
            << QByteArray::fromHex("f58c4c04d6e5f1ba779eabfb5f7bfbd6")
            << QByteArray::fromHex("f3eed1bdb5d2a03c064b5a7e3db181f8");
    }

    void aes()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, cbc);
        QFETCH(QByteArray, ecb);
        const auto alg = static_cast<CipherAlgorithm>(algorithm);
        const QByteArray plain = QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172a");
        const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        auto encrypted = cbcEncrypt(alg, key, iv, plain);
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted->toHex(), cbc.toHex());
        auto decrypted = cbcDecrypt(alg, key, iv, cbc);
        QVERIFY(decrypted.ok());
        QVERIFY(decrypted->equals(plain));
        auto block = encryptBlock(alg, key, plain);
        QVERIFY(block.ok());
        QCOMPARE(block->toHex(), ecb.toHex());
        QCOMPARE(cipherBlockSize(alg), std::size_t(16));
        QCOMPARE(cipherKeySize(alg), std::size_t(key.size()));
    }

    // RFC 4493 example 2 (16-byte message), truncated to the 8 bytes secure messaging sends.
    void aesSmMac()
    {
        auto tag =
            smMac(CipherAlgorithm::Aes128, QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c"),
                  QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172a"));
        QVERIFY(tag.ok());
        QCOMPARE(tag->toHex(), QByteArray("070a16b46b4d4144"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("3DES key of 8")
            << QByteArray(8, '\1') << QByteArray(8, '\0') << QByteArray(8, '\0')
            << int(FailureCode::CryptoInvalidKey) << QStringLiteral("cipher.key");
        QTest::newRow("IV of 16") << QByteArray(16, '\1') << QByteArray(16, '\0')
                                  << QByteArray(8, '\0') << int(FailureCode::CryptoInvalidLength)
                                  << QStringLiteral("cipher.iv");
        QTest::newRow("data of 7")
            << QByteArray(16, '\1') << QByteArray(8, '\0') << QByteArray(7, '\0')
            << int(FailureCode::CryptoInvalidLength) << QStringLiteral("cipher.data");
        QTest::newRow("empty data")
            << QByteArray(16, '\1') << QByteArray(8, '\0') << QByteArray()
            << int(FailureCode::CryptoInvalidLength) << QStringLiteral("cipher.data");
    }

    void refusals()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto encrypted = cbcEncrypt(CipherAlgorithm::TripleDes, key, iv, data);
        QVERIFY(!encrypted.ok());
        QCOMPARE(int(encrypted.error().code), code);
        QCOMPARE(encrypted.error().field, field);
        QCOMPARE(encrypted.error().check, QStringLiteral("length"));
        auto decrypted = cbcDecrypt(CipherAlgorithm::TripleDes, key, iv, data);
        QVERIFY(!decrypted.ok());
        QCOMPARE(decrypted.error().field, field);
    }

    void retailMacRefusals()
    {
        auto shortKey = retailMac(QByteArray(8, '\1'), QByteArray(8, '\0'));
        QCOMPARE(shortKey.error().code, FailureCode::CryptoInvalidKey);
        QCOMPARE(shortKey.error().field, QStringLiteral("retail_mac.key"));
        auto unpadded = retailMac(QByteArray(16, '\1'), QByteArray(9, '\0'));
        QCOMPARE(unpadded.error().code, FailureCode::CryptoInvalidLength);
        QCOMPARE(unpadded.error().field, QStringLiteral("retail_mac.data"));
        auto notOneBlock =
            encryptBlock(CipherAlgorithm::Aes128, QByteArray(16, '\1'), QByteArray(32, '\0'));
        QCOMPARE(notOneBlock.error().field, QStringLiteral("cipher.data"));
    }
};

QTEST_GUILESS_MAIN(TestCipher)
#include "tst_cipher.moc"
