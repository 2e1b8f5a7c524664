// ResponseApdu: decoding, status-word helpers (9000, 61xx, 6Cxx) and the status failure.
#include "card/iso7816/ResponseApdu.h"

#include <QTest>

using namespace guichet;
using guichet::card::iso7816::ResponseApdu;

class TestResponseApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("sw");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("moreData");
        QTest::addColumn<bool>("wrongLength");
        QTest::addColumn<int>("available");
        QTest::newRow("9000 no data") << QByteArray::fromHex("9000") << QByteArray() << 0x9000
                                      << true << false << false << 256;
        QTest::newRow("data 9000")
            << QByteArray::fromHex("4608F919887022129000")
            << QByteArray::fromHex("4608F91988702212") << 0x9000 << true << false << false << 256;
        QTest::newRow("6110") << QByteArray::fromHex("6110") << QByteArray() << 0x6110 << false
                              << true << false << 16;
        QTest::newRow("6100 means 256") << QByteArray::fromHex("6100") << QByteArray() << 0x6100
                                        << false << true << false << 256;
        QTest::newRow("6C04") << QByteArray::fromHex("6C04") << QByteArray() << 0x6C04 << false
                              << false << true << 4;
        QTest::newRow("6A82") << QByteArray::fromHex("6A82") << QByteArray() << 0x6A82 << false
                              << false << false << 130;
    }

    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, data);
        QFETCH(int, sw);
        QFETCH(bool, success);
        QFETCH(bool, moreData);
        QFETCH(bool, wrongLength);
        QFETCH(int, available);
        auto response = ResponseApdu::parse(bytes);
        QVERIFY(response.ok());
        QCOMPARE(response->data(), data);
        QCOMPARE(int(response->sw()), sw);
        QCOMPARE(response->isSuccess(), success);
        QCOMPARE(response->hasMoreData(), moreData);
        QCOMPARE(response->isWrongLength(), wrongLength);
        QCOMPARE(response->availableLength(), std::size_t(available));
        QCOMPARE(response->encode(), bytes);
        QCOMPARE(response->requireSuccess(QStringLiteral("SELECT")).ok(), success);
        QVERIFY(!response->describe().isEmpty());
    }

    void tooShort_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray::fromHex("90");
    }

    void tooShort()
    {
        QFETCH(QByteArray, bytes);
        auto response = ResponseApdu::parse(bytes);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, FailureCode::CardApduMalformed);
        QCOMPARE(response.error().field, QStringLiteral("response_apdu"));
        QCOMPARE(response.error().check, QStringLiteral("status_word"));
    }

    void statusFailure()
    {
        const ResponseApdu response({}, 0x6A82);
        QCOMPARE(response.swText(), QStringLiteral("6A82"));
        auto verdict = response.requireSuccess(QStringLiteral("SELECT EF.COM"));
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().code, FailureCode::CardStatusWord);
        QCOMPARE(verdict.error().field, QStringLiteral("status_word"));
        QCOMPARE(verdict.error().check, QStringLiteral("6A82"));
        QVERIFY(verdict.error().message.contains(QStringLiteral("SELECT EF.COM")));
    }
};

QTEST_GUILESS_MAIN(TestResponseApdu)
#include "tst_responseapdu.moc"
