// SessionLock against a real SoftHSM2 token: idle lock, unlock with the PIN, token removal.
#include "identity/SessionLock.h"
#include "identity/TokenProvider.h"
#include "support/SoftHsmToken.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::identity;
using guichet::testing::pin;
using namespace std::chrono_literals;

class TestSessionLock : public QObject
{
    Q_OBJECT

    testing::SoftHsm m_hsm;
    QString m_removableDirectory;
    std::unique_ptr<TokenProvider> m_provider;

private Q_SLOTS:
    void initTestCase()
    {
        QString log;
        QVERIFY2(m_hsm.setUp(&log), qPrintable(log));
        QVERIFY2(!m_hsm.addToken(QStringLiteral("agent1"), QStringLiteral("1234"), &log).isEmpty(),
                 qPrintable(log));
        m_removableDirectory =
            m_hsm.addToken(QStringLiteral("removable"), QStringLiteral("1234"), &log);
        QVERIFY2(!m_removableDirectory.isEmpty(), qPrintable(log));
        m_provider = TokenProvider::load().value();
    }

    void cleanupTestCase() { m_provider.reset(); }

    void idleLockAndUnlock()
    {
        QVERIFY(m_provider->login(QStringLiteral("agent1"), pin("1234")).ok());
        SessionLock lock(*m_provider, QStringLiteral("agent1"));
        QCOMPARE(lock.idleTimeout(), SessionLock::kDefaultIdleTimeout);
        QSignalSpy lockedSpy(&lock, &SessionLock::locked);
        QSignalSpy unlockedSpy(&lock, &SessionLock::unlocked);
        lock.setIdleTimeout(300ms);
        QVERIFY(lockedSpy.wait(10000));
        QVERIFY(lock.isLocked());
        QCOMPARE(lockedSpy.constFirst().constFirst().value<SessionLock::Reason>(),
                 SessionLock::Reason::Idle);
        QCOMPARE(SessionLock::reasonName(SessionLock::Reason::Idle), QStringLiteral("idle"));
        QVERIFY(!m_provider->isLoggedIn()); // the key is unusable while locked

        QCOMPARE(lock.unlock(pin("0000")).error().code, FailureCode::IdentityWrongPin);
        QVERIFY(lock.isLocked());
        QCOMPARE(unlockedSpy.size(), 0);
        QVERIFY(lock.unlock(pin("1234")).ok());
        QVERIFY(!lock.isLocked());
        QCOMPARE(unlockedSpy.size(), 1);
        QVERIFY(m_provider->isLoggedIn());
        // And it locks again when idle.
        QVERIFY(lockedSpy.wait(10000));
        QCOMPARE(lockedSpy.size(), 2);
    }

    // Activity keeps the session open: a long timeout, renewed well before it elapses.
    void activityResetsTheTimer()
    {
        QVERIFY(m_provider->login(QStringLiteral("agent1"), pin("1234")).ok());
        SessionLock lock(*m_provider, QStringLiteral("agent1"));
        lock.setIdleTimeout(3s);
        QSignalSpy lockedSpy(&lock, &SessionLock::locked);
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(500);
            lock.activity();
        }
        QCOMPARE(lockedSpy.size(), 0); // 4 s of activity, longer than the timeout
        lock.lock();
        QCOMPARE(lockedSpy.size(), 1);
        QCOMPARE(lockedSpy.constFirst().constFirst().value<SessionLock::Reason>(),
                 SessionLock::Reason::Manual);
    }

    // SoftHSM2 drops a token whose directory disappears: the card "leaves the reader".
    void tokenRemoval()
    {
        QVERIFY(m_provider->login(QStringLiteral("removable"), pin("1234")).ok());
        SessionLock lock(*m_provider, QStringLiteral("removable"));
        lock.setPollInterval(100ms);
        QSignalSpy lockedSpy(&lock, &SessionLock::locked);
        QVERIFY(QDir(m_removableDirectory).removeRecursively());
        QVERIFY(lockedSpy.wait(10000));
        QCOMPARE(lockedSpy.constFirst().constFirst().value<SessionLock::Reason>(),
                 SessionLock::Reason::TokenRemoved);
        QCOMPARE(m_provider->findToken(QStringLiteral("removable")).error().code,
                 FailureCode::IdentityTokenNotFound);
        QCOMPARE(lock.unlock(pin("1234")).error().code, FailureCode::IdentityTokenNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
