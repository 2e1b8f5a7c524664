// The vault: creation and opening, drafts, status changes, the audit chain and its tampering,
// and the promise that nothing readable reaches the disk.
#include "crypto/Random.h"
#include "vault/KeyRing.h"
#include "vault/SqlDatabase.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::vault;

namespace {

const crypto::ScryptParameters kFast{16384, 8, 1};
const QByteArray kPassphrase("recovery passphrase 42");
const QString kAgent = QStringLiteral("agent-0001");

QByteArray document(const QString &surname)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("document_type"), QStringLiteral("passport")},
                                     {QStringLiteral("applicant"),
                                      QJsonObject{{QStringLiteral("surname"), surname}}}})
        .toJson(QJsonDocument::Compact);
}

// Direct access to the database, as an insider with the key could have.
SqlDatabase rawDatabase(const QString &path)
{
    auto ring = KeyRing::load(path + QStringLiteral(".keys"));
    auto key = ring->unlockWithPassphrase(kPassphrase);
    return SqlDatabase::open(path, *key, false).value();
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("vault%1.db").arg(++m_counter)); }

    std::unique_ptr<Vault> createVault(const QString &path)
    {
        auto vault = Vault::create(path, kPassphrase, kAgent, kFast);
        if (!vault)
            qFatal("create failed: %s", qPrintable(vault.error().toString()));
        return std::move(vault).value();
    }

private Q_SLOTS:
    void createAndReopen()
    {
        const QString path = freshPath();
        QString id;
        {
            auto vault = createVault(path);
            QCOMPARE(vault->schemaVersion(), 2);
            auto saved =
                vault->saveDraft({}, QStringLiteral("passport"), QStringLiteral("DUPONT Marie"),
                                 document(QStringLiteral("DUPONT")));
            QVERIFY(saved.ok());
            id = saved->id;
        }
        auto reopened = Vault::openWithPassphrase(path, kPassphrase, kAgent);
        QVERIFY2(reopened.ok(),
                 qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
        auto app = (*reopened)->application(id);
        QVERIFY(app.ok());
        QCOMPARE(app->summary.label, QStringLiteral("DUPONT Marie"));
        QCOMPARE(app->document, document(QStringLiteral("DUPONT")));
    }

    void openFailures()
    {
        const QString path = freshPath();
        createVault(path);
        QCOMPARE(Vault::openWithPassphrase(path, "wrong passphrase 42", kAgent).error().code,
                 FailureCode::VaultWrongCredential);
        QCOMPARE(Vault::openWithPassphrase(freshPath(), kPassphrase, kAgent).error().code,
                 FailureCode::VaultNotAVault);
        QCOMPARE(Vault::create(path, kPassphrase, kAgent, kFast).error().code,
                 FailureCode::VaultExists);

        // A database without its keyring cannot be opened, and says why.
        const QString lonely = freshPath();
        createVault(lonely);
        QVERIFY(QFile::remove(lonely + QStringLiteral(".keys")));
        auto noKeys = Vault::openWithPassphrase(lonely, kPassphrase, kAgent);
        QCOMPARE(noKeys.error().code, FailureCode::VaultNotAVault);
        QCOMPARE(noKeys.error().field, QStringLiteral("keyring"));

        // Another vault's keyring (same passphrase) opens its own key, not this database.
        const QString other = freshPath();
        createVault(other);
        QVERIFY(QFile::remove(path + QStringLiteral(".keys")));
        QVERIFY(QFile::copy(other + QStringLiteral(".keys"), path + QStringLiteral(".keys")));
        QCOMPARE(Vault::openWithPassphrase(path, kPassphrase, kAgent).error().code,
                 FailureCode::VaultNotAVault);

        // A file that is not a database at all.
        const QString junk = freshPath();
        createVault(junk);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'j'));
        file.close();
        QVERIFY(QFile::remove(junk + QStringLiteral("-wal")) || true);
        QCOMPARE(Vault::openWithPassphrase(junk, kPassphrase, kAgent).error().code,
                 FailureCode::VaultNotAVault);
    }

    void draftsAndRevisions()
    {
        auto vault = createVault(freshPath());
        auto first = vault->saveDraft({}, QStringLiteral("cni"), QStringLiteral("A"),
                                      document(QStringLiteral("A")));
        QVERIFY(first.ok());
        QCOMPARE(first->revision, 1);
        QCOMPARE(first->status, ApplicationStatus::Draft);

        auto second = vault->saveDraft(first->id, QStringLiteral("cni"), QStringLiteral("A2"),
                                       document(QStringLiteral("A2")), 1);
        QVERIFY(second.ok());
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->createdMs, first->createdMs);

        // A stale editor cannot overwrite a newer save.
        auto stale = vault->saveDraft(first->id, QStringLiteral("cni"), QStringLiteral("A3"),
                                      document(QStringLiteral("A3")), 1);
        QCOMPARE(stale.error().code, FailureCode::VaultConflict);
        QCOMPARE(vault->application(first->id)->summary.label, QStringLiteral("A2"));

        auto other = vault->saveDraft({}, QStringLiteral("passport"), QStringLiteral("B"),
                                      document(QStringLiteral("B")));
        QVERIFY(other.ok());
        auto list = vault->applications();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(0).updatedMs >= list->at(1).updatedMs);
    }

    void badDrafts()
    {
        auto vault = createVault(freshPath());
        auto notJson = vault->saveDraft({}, QStringLiteral("cni"), {}, "not json");
        QCOMPARE(notJson.error().code, FailureCode::InvalidArgument);
        QCOMPARE(notJson.error().field, QStringLiteral("document"));
        auto array = vault->saveDraft({}, QStringLiteral("cni"), {}, "[1,2]");
        QCOMPARE(array.error().code, FailureCode::InvalidArgument);
        auto noType = vault->saveDraft({}, {}, {}, "{}");
        QCOMPARE(noType.error().field, QStringLiteral("document_type"));
        auto unknown =
            vault->saveDraft(QStringLiteral("no-such-id"), QStringLiteral("cni"), {}, "{}");
        QCOMPARE(unknown.error().code, FailureCode::VaultNotFound);
        QCOMPARE(vault->application(QStringLiteral("no-such-id")).error().code,
                 FailureCode::VaultNotFound);
        QCOMPARE(vault->applications()->size(), 0); // nothing half-written
    }

    void finaliseLocksTheDraft()
    {
        auto vault = createVault(freshPath());
        const auto draft = vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").value();
        auto finalised = vault->finalise(draft.id);
        QVERIFY(finalised.ok());
        QCOMPARE(finalised->status, ApplicationStatus::Finalised);
        auto edit = vault->saveDraft(draft.id, QStringLiteral("cni"), {}, "{}");
        QCOMPARE(edit.error().code, FailureCode::VaultInvalidState);
        QCOMPARE(vault->finalise(draft.id).error().code, FailureCode::VaultInvalidState);
    }

    void auditChainRecordsEverything()
    {
        const QString path = freshPath();
        auto vault = createVault(path);
        const auto draft = vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").value();
        QVERIFY(vault->saveDraft(draft.id, QStringLiteral("cni"), {}, "{}").ok());
        QVERIFY(vault->finalise(draft.id).ok());
        QVERIFY(vault->recordEvent(QStringLiteral("lock")).ok());
        auto records = vault->auditRecords();
        QVERIFY(records.ok());
        QStringList actions;
        for (const auto &r : std::as_const(*records)) {
            actions << r.action;
            QCOMPARE(r.agent, kAgent);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("vault_create"), QStringLiteral("create"),
                                       QStringLiteral("change"), QStringLiteral("finalise"),
                                       QStringLiteral("lock")}));
        auto verdict = vault->verifyAudit();
        QVERIFY(verdict.ok());
        QVERIFY(verdict->ok);
        QCOMPARE(verdict->records, 5);
        // Personal data never enters the audit: the label and document are not in any record.
        for (const auto &r : std::as_const(*records))
            QVERIFY(r.object.isEmpty() || r.object == draft.id || r.object == vault->id());
    }

    void auditTampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("edited action")
            << QByteArray("UPDATE audit SET action = 'approve' WHERE seq = 3;") << qint64{3}
            << QStringLiteral("hash");
        QTest::newRow("edited time") << QByteArray("UPDATE audit SET at = at + 1 WHERE seq = 2;")
                                     << qint64{2} << QStringLiteral("hash");
        QTest::newRow("removed middle")
            << QByteArray("DELETE FROM audit WHERE seq = 2;") << qint64{2} << QStringLiteral("gap");
        QTest::newRow("removed tail") << QByteArray("DELETE FROM audit WHERE seq = 4;") << qint64{4}
                                      << QStringLiteral("head");
        QTest::newRow("rehashed record")
            << QByteArray("UPDATE audit SET hash = zeroblob(32) WHERE seq = 1;") << qint64{1}
            << QStringLiteral("hash");
    }

    void auditTampering()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        QFETCH(QString, reason);
        const QString path = freshPath();
        auto vault = createVault(path);
        const auto draft = vault->saveDraft({}, QStringLiteral("cni"), {}, "{}").value();
        QVERIFY(vault->finalise(draft.id).ok());
        QVERIFY(vault->recordEvent(QStringLiteral("lock")).ok());
        QVERIFY(vault->verifyAudit()->ok);
        {
            // A second connection, as a tool run by someone holding the key would be.
            SqlDatabase db = rawDatabase(path);
            QVERIFY(db.exec(sql.constData()).ok());
        }
        auto verdict = vault->verifyAudit();
        QVERIFY(verdict.ok());
        QVERIFY(!verdict->ok);
        QCOMPARE(verdict->firstBad, firstBad);
        QCOMPARE(verdict->reason, reason);
    }

    // Records removed from the end, then the vault reopened (which appends "unlock"): the
    // chain shows a gap where they were.
    void truncatedThenReopened()
    {
        const QString path = freshPath();
        {
            auto vault = createVault(path);
            QVERIFY(vault->recordEvent(QStringLiteral("lock")).ok());
            QVERIFY(vault->recordEvent(QStringLiteral("unlock")).ok());
        }
        {
            SqlDatabase db = rawDatabase(path);
            QVERIFY(db.exec("DELETE FROM audit WHERE seq >= 2;").ok());
        }
        auto vault = Vault::openWithPassphrase(path, kPassphrase, kAgent);
        QVERIFY(vault.ok());
        auto verdict = (*vault)->verifyAudit();
        QVERIFY(!verdict->ok);
        QCOMPARE(verdict->firstBad, 2);
        QCOMPARE(verdict->reason, QStringLiteral("gap"));
    }

    // Drafts with a marker in every field: no file of the vault (database, WAL, shared memory,
    // keyring) nor any temporary file holds the marker in clear.
    void nothingReadableOnDisk()
    {
        QTemporaryDir own;
        QTemporaryDir temp;
        qputenv("TMPDIR", temp.path().toUtf8());
        const QString path = own.filePath(QStringLiteral("vault.db"));
        const QByteArray marker("ZQXMARKERJW");
        {
            auto vault = Vault::create(path, kPassphrase, kAgent, kFast).value();
            for (int i = 0; i < 200; ++i) {
                const QString name = QString::fromLatin1(marker) + QString::number(i);
                QVERIFY(
                    vault->saveDraft({}, QStringLiteral("passport"), name, document(name)).ok());
            }
            // Scan while open (WAL not yet checkpointed) and after closing.
            for (const QString &dir : {own.path(), temp.path()}) {
                QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    QFile file(it.next());
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
                }
            }
        }
        for (const QString &dir : {own.path(), temp.path()}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
            }
        }
        qunsetenv("TMPDIR");
    }

    // A vault written by schema 1 (documents inside the applications table) opens, migrates to
    // the current schema in place and keeps every document and its audit chain.
    void migratesFromSchemaOne()
    {
        const QString path = freshPath();
        const QString vaultId = QStringLiteral("0b9f4c1e-5a7d-4c2b-8e3f-1d2c3b4a5f60");
        auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(vaultId);
        QVERIFY(ring.addPassphrase(key, kPassphrase, QStringLiteral("recovery"), kFast).ok());
        QVERIFY(ring.save(path + QStringLiteral(".keys")).ok());
        {
            SqlDatabase db = SqlDatabase::open(path, key, true).value();
            QVERIFY(db.exec(R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE applications (id TEXT PRIMARY KEY, document_type TEXT NOT NULL, status TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    revision INTEGER NOT NULL, document BLOB NOT NULL);
CREATE INDEX applications_by_update ON applications (updated_at DESC);
CREATE TABLE tombstones (id TEXT PRIMARY KEY, document_type TEXT NOT NULL, created_at INTEGER NOT NULL,
    purged_at INTEGER NOT NULL, document_sha256 BLOB NOT NULL);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, agent TEXT NOT NULL, action TEXT NOT NULL,
    object TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
INSERT INTO meta VALUES ('vault_id', CAST('0b9f4c1e-5a7d-4c2b-8e3f-1d2c3b4a5f60' AS BLOB));
INSERT INTO applications VALUES ('old-1', 'cni', 'finalised', 'OLD', 1, 2, 3, CAST('{"document_type":"cni"}' AS BLOB));
PRAGMA user_version = 1;
)sql")
                        .ok());
        }
        auto vault = Vault::openWithPassphrase(path, kPassphrase, kAgent);
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().toString()));
        QCOMPARE((*vault)->schemaVersion(), 2);
        auto old = (*vault)->application(QStringLiteral("old-1"));
        QVERIFY(old.ok());
        QCOMPARE(old->summary.status, ApplicationStatus::Finalised);
        QCOMPARE(old->summary.revision, 3);
        QCOMPARE(old->document, QByteArray(R"({"document_type":"cni"})"));
        QVERIFY((*vault)->transition(QStringLiteral("old-1"), ApplicationStatus::Sealed).ok());
        QVERIFY((*vault)->verifyAudit()->ok);
        QCOMPARE(*(*vault)->integrityCheck(), QStringLiteral("ok"));
    }

    // Documents are stored in canonical form whatever the spacing and key order given.
    void documentsAreCanonical()
    {
        auto vault = createVault(freshPath());
        const auto saved =
            vault->saveDraft({}, QStringLiteral("cni"), {}, "{ \"b\": 1,\n  \"a\": [ 2, 3 ] }");
        QVERIFY(saved.ok());
        QCOMPARE(vault->application(saved->id)->document, QByteArray(R"({"a":[2,3],"b":1})"));
    }

    void calibratedCreation()
    {
        // Default creation calibrates scrypt to at least the unlock target on this machine.
        const QString path = freshPath();
        auto vault = Vault::create(path, kPassphrase, kAgent);
        QVERIFY(vault.ok());
        auto ring = KeyRing::load(path + QStringLiteral(".keys"));
        QVERIFY(ring.ok());
        QVERIFY(ring->entries().first().kdf.n >= (quint64{1} << 16));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
