// SHA-1/SHA-2 against the FIPS 180 examples (tests/data/crypto/sha2.json), one-shot and streamed.
#include "crypto/Digest.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace guichet;
using namespace guichet::crypto;

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fips180_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        const QJsonObject file = test::loadJson(test::dataPath(QStringLiteral("crypto/sha2.json")));
        const QJsonArray vectors = file.value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() >= 15);
        int index = 0;
        for (const auto &value : vectors) {
            const QJsonObject v = value.toObject();
            QByteArray message;
            if (v.contains(QStringLiteral("message_ascii")))
                message = v.value(QStringLiteral("message_ascii")).toString().toLatin1();
            else if (v.contains(QStringLiteral("message_hex")))
                message = test::hex(v.value(QStringLiteral("message_hex")));
            else
                message = QByteArray(v.value(QStringLiteral("count")).toInt(),
                                     v.value(QStringLiteral("repeat")).toString().at(0).toLatin1());
            const QString algorithm = v.value(QStringLiteral("algorithm")).toString();
            QTest::addRow("%d %s (%lld bytes)", index++, qPrintable(algorithm),
                          static_cast<long long>(message.size()))
                << algorithm << message << test::hex(v.value(QStringLiteral("digest")));
        }
    }

    void fips180()
    {
        QFETCH(QString, algorithm);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        auto alg = digestFromName(algorithm);
        QVERIFY(alg.ok());
        QCOMPARE(digestSize(*alg), static_cast<std::size_t>(digest.size()));

        auto oneShot = hash(*alg, message);
        QVERIFY(oneShot.ok());
        QCOMPARE(oneShot->toHex(), digest.toHex());

        // Streamed in uneven pieces, crossing block boundaries.
        auto streamed = Digest::create(*alg);
        QVERIFY(streamed.ok());
        qsizetype offset = 0;
        qsizetype piece = 1;
        while (offset < message.size()) {
            const qsizetype n = std::min(piece, message.size() - offset);
            QVERIFY(streamed->update(QByteArrayView(message).sliced(offset, n)).ok());
            offset += n;
            piece = piece * 3 + 1;
        }
        auto result = streamed->finish();
        QVERIFY(result.ok());
        QCOMPARE(result->toHex(), digest.toHex());
    }

    void finishTwiceIsAnError()
    {
        auto digest = Digest::create(DigestAlgorithm::Sha256);
        QVERIFY(digest.ok());
        QVERIFY(digest->finish().ok());
        auto again = digest->finish();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, FailureCode::CryptoStateError);
        QVERIFY(!digest->update("x").ok());
    }

    void unknownNameIsAnError()
    {
        auto alg = digestFromName(QStringLiteral("MD5"));
        QVERIFY(!alg.ok());
        QCOMPARE(alg.error().code, FailureCode::CryptoUnsupportedAlgorithm);
        QCOMPARE(digestFromName(QStringLiteral("sha-384")).value(), DigestAlgorithm::Sha384);
        QCOMPARE(digestFromName(QStringLiteral("SHA512")).value(), DigestAlgorithm::Sha512);
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
