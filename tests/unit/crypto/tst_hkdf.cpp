// HKDF against RFC 5869 appendix A (extract, expand and the whole).
#include "crypto/Hkdf.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestHkdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc5869_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("prk");
        QTest::addColumn<QByteArray>("okm");
        const QJsonObject file =
            test::loadJson(test::dataPath(QStringLiteral("crypto/hkdf_rfc5869.json")));
        const QJsonArray vectors = file.value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 7);
        for (const auto &value : vectors) {
            const QJsonObject v = value.toObject();
            QTest::addRow("case %d", v.value(QStringLiteral("case")).toInt())
                << v.value(QStringLiteral("hash")).toString()
                << test::hex(v.value(QStringLiteral("ikm")))
                << test::hex(v.value(QStringLiteral("salt")))
                << test::hex(v.value(QStringLiteral("info")))
                << v.value(QStringLiteral("length")).toInt()
                << test::hex(v.value(QStringLiteral("prk")))
                << test::hex(v.value(QStringLiteral("okm")));
        }
    }

    void rfc5869()
    {
        QFETCH(QString, hash);
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(int, length);
        QFETCH(QByteArray, prk);
        QFETCH(QByteArray, okm);
        const auto digest = digestFromName(hash).value();
        const auto n = static_cast<std::size_t>(length);

        auto whole = hkdf(digest, ikm, salt, info, n);
        QVERIFY(whole.ok());
        QVERIFY2(whole->equals(okm), "OKM differs");

        auto extracted = hkdfExtract(digest, ikm, salt);
        QVERIFY(extracted.ok());
        QVERIFY2(extracted->equals(prk), "PRK differs");

        auto expanded = hkdfExpand(digest, prk, info, n);
        QVERIFY(expanded.ok());
        QVERIFY2(expanded->equals(okm), "OKM from PRK differs");
    }

    void lengthLimits()
    {
        auto zero = hkdf(DigestAlgorithm::Sha256, "ikm", {}, {}, 0);
        QCOMPARE(zero.error().code, FailureCode::CryptoInvalidLength);
        auto max = hkdf(DigestAlgorithm::Sha256, "ikm", {}, {}, std::size_t{255} * 32);
        QVERIFY(max.ok());
        auto tooLong = hkdf(DigestAlgorithm::Sha256, "ikm", {}, {}, std::size_t{255} * 32 + 1);
        QCOMPARE(tooLong.error().code, FailureCode::CryptoInvalidLength);
        QCOMPARE(tooLong.error().field, QStringLiteral("hkdf.length"));
    }
};

QTEST_GUILESS_MAIN(TestHkdf)
#include "tst_hkdf.moc"
