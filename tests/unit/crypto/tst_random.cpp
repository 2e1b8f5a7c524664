// Random bytes: sizes, distinctness, and a coarse statistical sanity check.
#include "crypto/Random.h"

#include <QSet>
#include <QTest>

#include <array>
#include <bit>
#include <cmath>

using namespace guichet::crypto;

class TestRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes()
    {
        for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{12}, std::size_t{32},
                              std::size_t{4096}}) {
            auto bytes = randomBytes(n);
            QVERIFY(bytes.ok());
            QCOMPARE(static_cast<std::size_t>(bytes->size()), n);
            auto secret = randomSecret(n);
            QVERIFY(secret.ok());
            QCOMPARE(secret->size(), n);
        }
    }

    void distinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            auto bytes = randomBytes(16);
            QVERIFY(bytes.ok());
            QVERIFY(!seen.contains(*bytes));
            seen.insert(*bytes);
        }
    }

    // Monobit test over 1 MiB: the share of one bits must be very close to one half
    // (|ones - n/2| < 6 sigma; sigma = sqrt(n)/2). A broken generator fails this at once.
    void monobit()
    {
        auto bytes = randomBytes(1 << 20);
        QVERIFY(bytes.ok());
        long long ones = 0;
        for (char c : std::as_const(*bytes))
            ones += std::popcount(static_cast<unsigned char>(c));
        const double n = 8.0 * (1 << 20);
        const double sigma = std::sqrt(n) / 2.0;
        QVERIFY2(std::abs(static_cast<double>(ones) - n / 2.0) < 6 * sigma,
                 qPrintable(QString::number(ones)));
    }

    void fillInPlace()
    {
        std::array<std::uint8_t, 64> buffer{};
        QVERIFY(fillRandom(buffer).ok());
        int zeros = 0;
        for (auto b : buffer)
            zeros += b == 0 ? 1 : 0;
        QVERIFY(zeros < 16);
    }
};

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
