// Autosave: bursts of changes coalesce into one durable write, on the vault's thread.
#include "vault/AutosaveQueue.h"
#include "vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace guichet;
using namespace guichet::vault;

namespace {

const crypto::ScryptParameters kFast{16384, 8, 1};

QByteArray doc(int n)
{
    return QByteArrayLiteral("{\"document_type\":\"cni\",\"n\":") + QByteArray::number(n) + '}';
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_id;

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("a%1.db").arg(++counter));
        m_vault =
            Vault::create(path, "autosave passphrase", QStringLiteral("agent"), kFast).value();
        m_id = m_vault->saveDraft({}, QStringLiteral("cni"), {}, doc(0)).value().id;
    }

    void cleanup() { m_vault.reset(); }

    void burstCoalesces()
    {
        AutosaveQueue queue(m_vault.get(), 100);
        QSignalSpy saved(&queue, &AutosaveQueue::saved);
        for (int i = 1; i <= 20; ++i)
            queue.schedule(m_id, QStringLiteral("cni"), QStringLiteral("label"), doc(i));
        QCOMPARE(queue.pendingCount(), 1);
        QVERIFY(saved.wait(2000));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toLongLong(), 2); // one new revision for twenty changes
        QCOMPARE(m_vault->application(m_id)->document, doc(20));
    }

    void flushWritesAtOnce()
    {
        AutosaveQueue queue(m_vault.get(), 60000);
        QSignalSpy saved(&queue, &AutosaveQueue::saved);
        queue.schedule(m_id, QStringLiteral("cni"), {}, doc(7));
        QCOMPARE(saved.count(), 0);
        queue.flush();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_vault->application(m_id)->document, doc(7));
        QCOMPARE(queue.pendingCount(), 0);
    }

    void failureIsReported()
    {
        AutosaveQueue queue(m_vault.get(), 10);
        QSignalSpy failed(&queue, &AutosaveQueue::failed);
        QVERIFY(m_vault->finalise(m_id).ok());
        queue.schedule(m_id, QStringLiteral("cni"), {}, doc(1));
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().at(1).value<Error>().code, FailureCode::VaultInvalidState);
    }

    // The queue on the vault's own thread, fed by queued calls as the UI will.
    void worksFromAnotherThread()
    {
        QThread worker;
        auto *queue = new AutosaveQueue(m_vault.get(), 50);
        queue->moveToThread(&worker);
        connect(&worker, &QThread::finished, queue, &QObject::deleteLater);
        worker.start();
        QSignalSpy saved(queue, &AutosaveQueue::saved);
        for (int i = 1; i <= 5; ++i)
            QMetaObject::invokeMethod(queue, "schedule", Qt::QueuedConnection, Q_ARG(QString, m_id),
                                      Q_ARG(QString, QStringLiteral("cni")),
                                      Q_ARG(QString, QString()), Q_ARG(QByteArray, doc(i)));
        QVERIFY(saved.wait(2000));
        QCOMPARE(saved.count(), 1);
        worker.quit();
        worker.wait();
        QCOMPARE(m_vault->application(m_id)->document, doc(5));
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
