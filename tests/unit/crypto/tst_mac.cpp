// HMAC against RFC 4231; AES-CMAC against RFC 4493, SP 800-38B and Wycheproof.
#include "crypto/Mac.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestMac : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hmacRfc4231_data()
    {
        QTest::addColumn<int>("digest");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("truncate");
        const QJsonObject file =
            test::loadJson(test::dataPath(QStringLiteral("crypto/hmac_rfc4231.json")));
        const std::pair<const char *, DigestAlgorithm> columns[] = {
            {"sha224", DigestAlgorithm::Sha224},
            {"sha256", DigestAlgorithm::Sha256},
            {"sha384", DigestAlgorithm::Sha384},
            {"sha512", DigestAlgorithm::Sha512},
        };
        for (const auto &value : file.value(QStringLiteral("vectors")).toArray()) {
            const QJsonObject v = value.toObject();
            const int truncate = v.value(QStringLiteral("truncate_bytes")).toInt(0);
            for (const auto &[column, digest] : columns) {
                QTest::addRow("case %d %s", v.value(QStringLiteral("case")).toInt(), column)
                    << static_cast<int>(digest) << test::hex(v.value(QStringLiteral("key")))
                    << test::hex(v.value(QStringLiteral("data")))
                    << test::hex(v.value(QLatin1String(column))) << truncate;
            }
        }
    }

    void hmacRfc4231()
    {
        QFETCH(int, digest);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QFETCH(int, truncate);
        const auto algorithm = static_cast<DigestAlgorithm>(digest);
        auto tag = hmac(algorithm, key, data);
        QVERIFY(tag.ok());
        QByteArray got = *tag;
        if (truncate > 0)
            got.truncate(truncate);
        QCOMPARE(got.toHex(), expected.toHex());

        // Streaming and verification, including the truncated comparison.
        auto mac = Mac::hmac(algorithm, key);
        QVERIFY(mac.ok());
        QVERIFY(mac->update(QByteArrayView(data).first(data.size() / 2)).ok());
        QVERIFY(mac->update(QByteArrayView(data).sliced(data.size() / 2)).ok());
        QVERIFY(mac->verify(expected).ok());
    }

    void cmacPublished_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("tag");
        const QJsonObject file =
            test::loadJson(test::dataPath(QStringLiteral("crypto/aes_cmac_rfc4493.json")));
        for (const auto &value : file.value(QStringLiteral("vectors")).toArray()) {
            const QJsonObject v = value.toObject();
            QTest::newRow(qPrintable(v.value(QStringLiteral("name")).toString()))
                << test::hex(v.value(QStringLiteral("key")))
                << test::hex(v.value(QStringLiteral("message")))
                << test::hex(v.value(QStringLiteral("tag")));
        }
    }

    void cmacPublished()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, tag);
        auto got = aesCmac(key, message);
        QVERIFY(got.ok());
        QCOMPARE(got->toHex(), tag.toHex());
    }

    void cmacWycheproof_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QString>("result");
        const QJsonObject file =
            test::loadJson(test::corpusPath(QStringLiteral("wycheproof/aes_cmac_test.json")));
        int rows = 0;
        for (const auto &group : file.value(QStringLiteral("testGroups")).toArray()) {
            for (const auto &value : group.toObject().value(QStringLiteral("tests")).toArray()) {
                const QJsonObject t = value.toObject();
                QTest::addRow("tc%d", t.value(QStringLiteral("tcId")).toInt())
                    << test::hex(t.value(QStringLiteral("key")))
                    << test::hex(t.value(QStringLiteral("msg")))
                    << test::hex(t.value(QStringLiteral("tag")))
                    << t.value(QStringLiteral("result")).toString();
                ++rows;
            }
        }
        QCOMPARE(rows, file.value(QStringLiteral("numberOfTests")).toInt());
    }

    void cmacWycheproof()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, tag);
        QFETCH(QString, result);
        auto mac = Mac::cmac(key);
        if (!mac.ok()) {
            // Only keys of a size AES does not have may be refused, and with a clear code.
            QCOMPARE(result, QStringLiteral("invalid"));
            QCOMPARE(mac.error().code, FailureCode::CryptoInvalidKey);
            QCOMPARE(mac.error().check, QStringLiteral("length"));
            return;
        }
        QVERIFY(mac->update(message).ok());
        const bool verified = mac->verify(tag).ok();
        QCOMPARE(verified, result == QLatin1String("valid"));
    }

    void macErrors()
    {
        auto mac = Mac::hmac(DigestAlgorithm::Sha256, "key");
        QVERIFY(mac.ok());
        QVERIFY(mac->update("data").ok());
        // Shorter than 8 bytes is never accepted as a tag.
        auto verdict = mac->verify(QByteArray(4, '\0'));
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().code, FailureCode::CryptoInvalidLength);
        QVERIFY(!mac->finish().ok()); // already finished

        auto wrong = Mac::hmac(DigestAlgorithm::Sha256, "key");
        QVERIFY(wrong->update("data").ok());
        auto mismatch = wrong->verify(QByteArray(32, '\x01'));
        QCOMPARE(mismatch.error().code, FailureCode::CryptoAuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(TestMac)
#include "tst_mac.moc"
