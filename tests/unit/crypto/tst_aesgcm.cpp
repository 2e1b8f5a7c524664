// AES-GCM against the GCM specification and NIST CAVP vectors; streaming; tampering; misuse.
#include "crypto/AesGcm.h"

#include "crypto/Random.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestAesGcm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void published_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<bool>("pass");
        const QJsonObject file =
            test::loadJson(test::dataPath(QStringLiteral("crypto/aes_gcm_nist.json")));
        int passes = 0;
        int failures = 0;
        for (const auto &value : file.value(QStringLiteral("vectors")).toArray()) {
            const QJsonObject v = value.toObject();
            const bool pass = v.value(QStringLiteral("result")).toString() == QLatin1String("pass");
            (pass ? passes : failures)++;
            QTest::newRow(qPrintable(v.value(QStringLiteral("name")).toString()))
                << test::hex(v.value(QStringLiteral("key")))
                << test::hex(v.value(QStringLiteral("iv")))
                << test::hex(v.value(QStringLiteral("aad")))
                << test::hex(v.value(QStringLiteral("plaintext")))
                << test::hex(v.value(QStringLiteral("ciphertext")))
                << test::hex(v.value(QStringLiteral("tag"))) << pass;
        }
        QVERIFY(passes >= 12);
        QVERIFY(failures >= 4);
    }

    void published()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        QFETCH(bool, pass);

        const QByteArray sealedExpected = ciphertext + tag;
        if (pass) {
            auto sealed = aesGcmSeal(key, iv, aad, plaintext);
            QVERIFY(sealed.ok());
            QCOMPARE(sealed->toHex(), sealedExpected.toHex());
        }
        auto opened = aesGcmOpen(key, iv, aad, sealedExpected);
        QCOMPARE(opened.ok(), pass);
        if (pass) {
            QVERIFY(opened->equals(plaintext));
        } else {
            QCOMPARE(opened.error().code, FailureCode::CryptoAuthenticationFailed);
            QCOMPARE(opened.error().field, QStringLiteral("aes_gcm.tag"));
        }
    }

    // Chunked streaming gives the same bytes as one shot, whatever the chunk boundaries.
    void streamingMatchesOneShot()
    {
        const QByteArray key = randomBytes(32).value();
        const QByteArray iv = randomBytes(12).value();
        const QByteArray aad("batch-header");
        const QByteArray plaintext = randomBytes(100000).value();
        const QByteArray expected = aesGcmSeal(key, iv, aad, plaintext).value();

        for (qsizetype chunk : {1, 15, 16, 17, 4096, 65536}) {
            auto gcm = AesGcm::encryptor(key, iv);
            QVERIFY(gcm.ok());
            QVERIFY(gcm->addAad(QByteArrayView(aad).first(5)).ok());
            QVERIFY(gcm->addAad(QByteArrayView(aad).sliced(5)).ok());
            QByteArray out;
            for (qsizetype offset = 0; offset < plaintext.size(); offset += chunk) {
                auto piece = gcm->update(QByteArrayView(plaintext).sliced(
                    offset, std::min(chunk, plaintext.size() - offset)));
                QVERIFY(piece.ok());
                out += *piece;
            }
            out += gcm->finishEncrypt().value();
            QCOMPARE(out, expected);

            auto dec = AesGcm::decryptor(key, iv);
            QVERIFY(dec->addAad(aad).ok());
            SecureBuffer plain(static_cast<std::size_t>(plaintext.size()));
            QVERIFY(
                dec->update(QByteArrayView(expected).first(plaintext.size()), plain.span()).ok());
            QVERIFY(dec->finishDecrypt(QByteArrayView(expected).sliced(plaintext.size())).ok());
            QVERIFY(plain.equals(plaintext));
        }
    }

    // Any single flipped bit anywhere (AAD, ciphertext, tag, IV) is refused.
    void tamperingIsDetected()
    {
        const QByteArray key = randomBytes(32).value();
        const QByteArray iv = randomBytes(12).value();
        const QByteArray aad("aad");
        const QByteArray sealed = aesGcmSeal(key, iv, aad, "personal data").value();
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray bad = sealed;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            auto opened = aesGcmOpen(key, iv, aad, bad);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, FailureCode::CryptoAuthenticationFailed);
        }
        QByteArray badIv = iv;
        badIv[0] = static_cast<char>(badIv[0] ^ 0x80);
        QVERIFY(!aesGcmOpen(key, badIv, aad, sealed).ok());
        QVERIFY(!aesGcmOpen(key, iv, "aae", sealed).ok());
        QVERIFY(!aesGcmOpen(key, iv, aad, sealed.first(sealed.size() - 1)).ok());
    }

    void truncatedTags()
    {
        const QByteArray key(16, '\x11');
        const QByteArray iv(12, '\x22');
        auto sealed = aesGcmSeal(key, iv, {}, "abc", 12);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), 3 + 12);
        QVERIFY(aesGcmOpen(key, iv, {}, *sealed, 12).ok());
        QVERIFY(!aesGcmOpen(key, iv, {}, *sealed, 16).ok());
        auto tooShort = aesGcmSeal(key, iv, {}, "abc", 8);
        QCOMPARE(tooShort.error().code, FailureCode::CryptoInvalidLength);
        QCOMPARE(tooShort.error().field, QStringLiteral("aes_gcm.tag"));
    }

    void badParameters()
    {
        auto badKey = aesGcmSeal(QByteArray(15, 'k'), QByteArray(12, 'i'), {}, "x");
        QCOMPARE(badKey.error().code, FailureCode::CryptoInvalidKey);
        QCOMPARE(badKey.error().field, QStringLiteral("aes_gcm.key"));
        auto noIv = aesGcmSeal(QByteArray(32, 'k'), {}, {}, "x");
        QCOMPARE(noIv.error().code, FailureCode::CryptoInvalidLength);
        QCOMPARE(noIv.error().field, QStringLiteral("aes_gcm.iv"));
        auto shortSealed = aesGcmOpen(QByteArray(32, 'k'), QByteArray(12, 'i'), {}, "short");
        QCOMPARE(shortSealed.error().code, FailureCode::CryptoInvalidLength);
    }

    void misuseIsRefused()
    {
        auto gcm = AesGcm::encryptor(QByteArray(32, 'k'), QByteArray(12, 'i'));
        QVERIFY(gcm->update("data").ok());
        auto lateAad = gcm->addAad("aad");
        QCOMPARE(lateAad.error().code, FailureCode::CryptoStateError);
        QVERIFY(!gcm->finishDecrypt(QByteArray(16, 't')).ok());
        QVERIFY(gcm->finishEncrypt().ok());
        QVERIFY(!gcm->finishEncrypt().ok());
        QVERIFY(!gcm->update("more").ok());
    }
};

QTEST_GUILESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
