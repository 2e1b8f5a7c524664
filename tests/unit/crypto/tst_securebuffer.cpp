// SecureBuffer: ownership, growth, wiping, and constant-time comparison.
#include "crypto/ConstantTime.h"
#include "crypto/SecureBuffer.h"

#include <QTest>

#include <cstring>

using namespace guichet::crypto;

class TestSecureBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructsZeroed()
    {
        SecureBuffer buffer(32);
        QCOMPARE(buffer.size(), std::size_t{32});
        for (auto byte : buffer.span())
            QCOMPARE(byte, std::uint8_t{0});
    }

    void copiesOnlyOnRequest()
    {
        SecureBuffer a(QByteArrayView("secret"));
        SecureBuffer b = a.copy();
        QVERIFY(b.equals(QByteArrayView("secret")));
        b.data()[0] = 'S';
        QVERIFY(a.equals(QByteArrayView("secret")));
    }

    void moveEmptiesSource()
    {
        SecureBuffer a(QByteArrayView("key material"));
        SecureBuffer b(std::move(a));
        // Checking the moved-from state is the point of this test.
        // NOLINTNEXTLINE(bugprone-use-after-move,clang-analyzer-cplusplus.Move)
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr); // NOLINT(clang-analyzer-cplusplus.Move)
        QVERIFY(b.equals(QByteArrayView("key material")));
        SecureBuffer c;
        c = std::move(b);
        QVERIFY(c.equals(QByteArrayView("key material")));
    }

    void resizeAndAppend()
    {
        SecureBuffer buffer(QByteArrayView("abc"));
        buffer.append(QByteArrayView("def"));
        QVERIFY(buffer.equals(QByteArrayView("abcdef")));
        buffer.resize(2);
        QVERIFY(buffer.equals(QByteArrayView("ab")));
        buffer.resize(4);
        QCOMPARE(buffer.size(), std::size_t{4});
        QCOMPARE(buffer.data()[2], std::uint8_t{0});
        QCOMPARE(buffer.data()[3], std::uint8_t{0});
        for (int i = 0; i < 100; ++i)
            buffer.append(QByteArrayView("0123456789"));
        QCOMPARE(buffer.size(), std::size_t{1004});
        QCOMPARE(std::memcmp(buffer.data() + 994, "0123456789", 10), 0);
    }

    void clearReleases()
    {
        SecureBuffer buffer(QByteArrayView("pin"));
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.data() == nullptr);
        QVERIFY(buffer.equals(QByteArrayView()));
    }

    void shrinkWipesTail()
    {
        SecureBuffer buffer(QByteArrayView("ABCDEFGH"));
        std::uint8_t *storage = buffer.data();
        buffer.resize(3);
        // The storage is kept; the bytes beyond the new size must be wiped.
        QVERIFY(buffer.data() == storage);
        for (int i = 3; i < 8; ++i)
            QCOMPARE(storage[i], std::uint8_t{0});
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
        QTest::newRow("first differs") << QByteArray("xbcdef") << QByteArray("abcdef") << false;
        QTest::newRow("last differs") << QByteArray("abcdex") << QByteArray("abcdef") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcdef") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
    }

    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(guichet::crypto::constantTimeEquals(a, b), equal);
        QCOMPARE(guichet::crypto::constantTimeEquals(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
