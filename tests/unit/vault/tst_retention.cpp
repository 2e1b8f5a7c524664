// Life-cycle transitions, purge with tombstones and no trace on disk, retention caps.
#include "vault/KeyRing.h"
#include "vault/SqlDatabase.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::vault;

Q_DECLARE_METATYPE(guichet::vault::ApplicationStatus)

namespace {

const crypto::ScryptParameters kFast{16384, 8, 1};
constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Vault> newVault(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("r%1.db").arg(++m_counter));
        if (path)
            *path = file;
        return Vault::create(file, "retention passphrase", QStringLiteral("agent"), kFast).value();
    }

    static void acknowledge(Vault &vault, const QString &id)
    {
        for (auto to : {ApplicationStatus::Finalised, ApplicationStatus::Sealed,
                        ApplicationStatus::Sent, ApplicationStatus::Acknowledged})
            QVERIFY(vault.transition(id, to).ok());
    }

private Q_SLOTS:
    void transitions_data()
    {
        using S = ApplicationStatus;
        QTest::addColumn<QList<S>>("path");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("normal day")
            << QList<S>{S::Finalised, S::Sealed, S::Sent, S::Acknowledged} << true;
        QTest::newRow("with approval") << QList<S>{S::Finalised, S::Approved, S::Sealed} << true;
        QTest::newRow("rejected back to draft")
            << QList<S>{S::Finalised, S::Rejected, S::Draft} << true;
        QTest::newRow("batch abandoned") << QList<S>{S::Finalised, S::Sealed, S::Finalised} << true;
        QTest::newRow("skip finalise") << QList<S>{S::Sealed} << false;
        QTest::newRow("acknowledge unsent")
            << QList<S>{S::Finalised, S::Sealed, S::Acknowledged} << false;
        QTest::newRow("approve a draft") << QList<S>{S::Approved} << false;
        QTest::newRow("purge by transition") << QList<S>{S::Finalised, S::Purged} << false;
        QTest::newRow("reopen sent")
            << QList<S>{S::Finalised, S::Sealed, S::Sent, S::Draft} << false;
    }

    void transitions()
    {
        QFETCH(QList<ApplicationStatus>, path);
        QFETCH(bool, allowed);
        auto vault = newVault();
        const QString id = vault->saveDraft({}, QStringLiteral("cni"), {}, "{}")->id;
        bool ok = true;
        for (auto to : path) {
            auto moved = vault->transition(id, to);
            if (!moved) {
                QCOMPARE(moved.error().code, FailureCode::VaultInvalidState);
                ok = false;
                break;
            }
            QCOMPARE(moved->status, to);
        }
        QCOMPARE(ok, allowed);
        QVERIFY(vault->verifyAudit()->ok);
    }

    void purgeKeepsTombstonesAndLeavesNoTrace()
    {
        QString path;
        const QByteArray marker("PURGEMARKERQZ");
        QStringList ids;
        {
            auto vault = newVault(&path);
            for (int i = 0; i < 50; ++i) {
                const QByteArray doc =
                    QByteArrayLiteral("{\"document_type\":\"cni\",\"surname\":\"") + marker +
                    QByteArray::number(i) + QByteArrayLiteral("\"}");
                ids << vault->saveDraft({}, QStringLiteral("cni"), QString::fromLatin1(marker), doc)
                           ->id;
            }
            const QString kept =
                vault->saveDraft({}, QStringLiteral("cni"), QStringLiteral("kept"), "{}")->id;
            for (const QString &id : std::as_const(ids))
                acknowledge(*vault, id);
            auto purged = vault->purgeAcknowledged();
            QVERIFY(purged.ok());
            QCOMPARE(purged->size(), 50);
            QCOMPARE(vault->applications()->size(), 1);
            QCOMPARE(vault->applications()->first().id, kept);
            QVERIFY(*vault->isTombstoned(ids.first()));
            QCOMPARE(vault->application(ids.first()).error().code, FailureCode::VaultNotFound);
            QVERIFY(vault->verifyAudit()->ok);
            QCOMPARE(*vault->integrityCheck(), QStringLiteral("ok"));
            // Nothing old survives even for someone holding the key: no free page (secure_delete
            // zeroed them and VACUUM dropped them) and an empty WAL (truncated).
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
            auto ring = KeyRing::load(path + QStringLiteral(".keys"));
            auto key = ring->unlockWithPassphrase("retention passphrase");
            auto raw = SqlDatabase::open(path, *key, false);
            QVERIFY(raw.ok());
            auto freelist = raw->prepare("PRAGMA freelist_count;");
            QVERIFY(freelist.ok() && *freelist->step());
            QCOMPARE(freelist->columnInt(0), 0);
        }
        // The live tables hold no trace of the purged applications.
        auto reopened =
            Vault::openWithPassphrase(path, "retention passphrase", QStringLiteral("agent"));
        QVERIFY(reopened.ok());
        for (const auto &app : *(*reopened)->applications())
            QVERIFY(!app.label.contains(QString::fromLatin1(marker)));
    }

    void retentionLevels()
    {
        auto vault = newVault();
        RetentionPolicy policy;
        policy.warnPending = 2;
        policy.maxPending = 4;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(vault->retention(policy, now)->level, RetentionReport::Level::Ok);
        for (int i = 0; i < 2; ++i)
            QVERIFY(vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").ok());
        auto warning = vault->retention(policy, now);
        QCOMPARE(warning->level, RetentionReport::Level::Warning);
        QCOMPARE(warning->reasons, QStringList{QStringLiteral("pending")});
        QVERIFY(vault->checkCanStartApplication(policy, now).ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY(vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").ok());
        auto refused = vault->checkCanStartApplication(policy, now);
        QCOMPARE(refused.error().code, FailureCode::VaultRetentionExceeded);
        QCOMPARE(refused.error().check, QStringLiteral("pending"));
    }

    void offlineAndDraftAge()
    {
        auto vault = newVault();
        QVERIFY(vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        RetentionPolicy policy;
        auto later = vault->retention(policy, now + 8 * kDay);
        QCOMPARE(later->level, RetentionReport::Level::Refuse);
        QVERIFY(later->reasons.contains(QStringLiteral("offline_days")));
        QVERIFY(later->reasons.contains(QStringLiteral("draft_age")));
        QCOMPARE(later->offlineDays, 8);
        // A batch acknowledged today resets the offline clock (not the draft's age).
        QVERIFY(vault->setLastSync(now + 8 * kDay).ok());
        auto afterSync = vault->retention(policy, now + 8 * kDay);
        QVERIFY(!afterSync->reasons.contains(QStringLiteral("offline_days")));
        QVERIFY(afterSync->reasons.contains(QStringLiteral("draft_age")));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
