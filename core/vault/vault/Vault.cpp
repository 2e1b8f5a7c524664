// Vault creation and opening, schema migrations, applications and the audit chain.
#include "vault/Vault.h"

#include "common/Log.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "identity/AgentIdentity.h"
#include "vault/KeyRing.h"
#include "vault/SqlDatabase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace guichet::vault {

namespace {

constexpr std::array kStatusNames{"draft",  "finalised", "approved",     "rejected",
                                  "sealed", "sent",      "acknowledged", "purged"};

// Schema migrations, in order; version N is reached by running kMigrations[N-1]. Never edit a
// released step: add a new one.
constexpr std::array kMigrations{
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    document_type TEXT NOT NULL,
    status TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    document BLOB NOT NULL
);
CREATE INDEX applications_by_update ON applications (updated_at DESC);
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY,
    document_type TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    purged_at INTEGER NOT NULL,
    document_sha256 BLOB NOT NULL
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    agent TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
)sql",
    // 2: documents in their own table, so that a status change does not rewrite (re-encrypt and
    // securely delete) a whole document of up to several megabytes. SQLite 3.15 has no DROP
    // COLUMN: the table is rebuilt.
    R"sql(
CREATE TABLE application_documents (id TEXT PRIMARY KEY, document BLOB NOT NULL);
INSERT INTO application_documents (id, document) SELECT id, document FROM applications;
CREATE TABLE applications_v2 (
    id TEXT PRIMARY KEY,
    document_type TEXT NOT NULL,
    status TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
INSERT INTO applications_v2 SELECT id, document_type, status, label, created_at, updated_at, revision
    FROM applications;
DROP TABLE applications;
ALTER TABLE applications_v2 RENAME TO applications;
CREATE INDEX applications_by_update ON applications (updated_at DESC);
)sql",
};

QString keyRingPath(const QString &path)
{
    return path + QStringLiteral(".keys");
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray encodeHead(std::int64_t sequence, const QByteArray &hash)
{
    char bytes[8];
    qToBigEndian(static_cast<quint64>(sequence), bytes);
    return QByteArray(bytes, 8) + hash;
}

// Documents are stored in canonical form (compact, keys sorted): the same content always has
// the same bytes, which the batch and its hashes rely on.
Result<QByteArray> canonicalDocument(const QByteArray &document)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return fail(FailureCode::InvalidArgument,
                    QStringLiteral("an application document must be a JSON object"),
                    QStringLiteral("document"), QStringLiteral("json"));
    return json.toJson(QJsonDocument::Compact);
}

// The summary columns, in the order summaryFromRow() reads them.
#define GUICHET_SUMMARY_COLUMNS                                                                    \
    "SELECT id, document_type, status, label, created_at, updated_at, revision FROM applications "

} // namespace

QString statusName(ApplicationStatus status)
{
    return QLatin1String(kStatusNames[static_cast<std::size_t>(status)]);
}

Result<ApplicationStatus> statusFromName(const QString &name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == QLatin1String(kStatusNames[i]))
            return static_cast<ApplicationStatus>(i);
    }
    return fail(FailureCode::VaultCorrupt, QStringLiteral("unknown application status"),
                QStringLiteral("applications.status"), QStringLiteral("value"));
}

namespace {

Result<ApplicationSummary> summaryFromRow(const SqlStatement &row)
{
    auto status = statusFromName(row.columnText(2));
    if (!status)
        return fail(status.error());
    return ApplicationSummary{row.columnText(0), row.columnText(1), *status,
                              row.columnText(3), row.columnInt(4),  row.columnInt(5),
                              row.columnInt(6)};
}

} // namespace

Vault::Vault(std::unique_ptr<SqlDatabase> db, QString path, QString id, QString agent,
             crypto::SecureBuffer key)
    : m_db(std::move(db)), m_path(std::move(path)), m_id(std::move(id)), m_agent(std::move(agent)),
      m_key(std::move(key))
{ }

Vault::~Vault() = default;

Result<std::unique_ptr<Vault>> Vault::create(const QString &path, QByteArrayView recoveryPassphrase,
                                             const QString &agent,
                                             std::optional<crypto::ScryptParameters> kdf)
{
    if (QFileInfo::exists(path) || QFileInfo::exists(keyRingPath(path)))
        return fail(FailureCode::VaultExists,
                    QStringLiteral("a vault (or its keyring) already exists at this path"),
                    QStringLiteral("vault.path"), QStringLiteral("exists"));
    if (!kdf) {
        auto calibrated = crypto::calibrateScrypt(kUnlockTarget);
        if (!calibrated)
            return fail(calibrated.error());
        kdf = *calibrated;
    }
    auto key = crypto::randomSecret(32);
    if (!key)
        return fail(key.error());
    const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeyRing ring = KeyRing::createFor(vaultId);
    if (auto added = ring.addPassphrase(*key, recoveryPassphrase, QStringLiteral("recovery"), *kdf);
        !added)
        return fail(added.error());

    auto db = SqlDatabase::open(path, *key, true);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Vault> vault(new Vault(std::make_unique<SqlDatabase>(std::move(db).value()),
                                           path, vaultId, agent, std::move(key).value()));
    if (auto ok = vault->migrate(); !ok)
        return fail(ok.error());
    {
        auto insert =
            vault->m_db->prepare("INSERT INTO meta (key, value) VALUES ('vault_id', ?1);");
        if (!insert)
            return fail(insert.error());
        if (auto ok = insert->bind(1, vaultId.toUtf8()).run(); !ok)
            return fail(ok.error());
    }
    // The keyring is written last: a crash before this leaves a database nobody can open,
    // which `create` refuses to overwrite, rather than a keyring for a missing database.
    if (auto saved = ring.save(keyRingPath(path)); !saved)
        return fail(saved.error());
    if (auto ok = vault->recordEvent(QStringLiteral("vault_create"), vaultId); !ok)
        return fail(ok.error());
    return vault;
}

Result<std::unique_ptr<Vault>>
Vault::openWithPassphrase(const QString &path, QByteArrayView passphrase, const QString &agent)
{
    if (!QFileInfo::exists(path))
        return fail(FailureCode::VaultNotAVault, QStringLiteral("no vault at this path"),
                    QStringLiteral("vault.path"), QStringLiteral("exists"));
    auto ring = KeyRing::load(keyRingPath(path));
    if (!ring)
        return fail(ring.error());
    auto key = ring->unlockWithPassphrase(passphrase);
    if (!key)
        return fail(key.error());
    return openWithKey(path, *ring, std::move(key).value(), agent, {});
}

Result<std::unique_ptr<Vault>> Vault::openWithToken(const QString &path,
                                                    identity::TokenProvider &provider,
                                                    const QString &tokenLabel,
                                                    const crypto::SecureBuffer &pin)
{
    if (!QFileInfo::exists(path))
        return fail(FailureCode::VaultNotAVault, QStringLiteral("no vault at this path"),
                    QStringLiteral("vault.path"), QStringLiteral("exists"));
    auto ring = KeyRing::load(keyRingPath(path));
    if (!ring)
        return fail(ring.error());
    auto unlocked = ring->unlockWithToken(provider, tokenLabel, pin);
    if (!unlocked)
        return fail(unlocked.error());
    auto agent = identity::AgentIdentity::fromCertificate(unlocked->certificate);
    if (!agent)
        return fail(agent.error());
    return openWithKey(path, *ring, std::move(unlocked->key), agent->agentId(), unlocked->entryId);
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString &path, const KeyRing &ring,
                                                  crypto::SecureBuffer key, const QString &agent,
                                                  const QString &unlockObject)
{
    auto db = SqlDatabase::open(path, key, false);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Vault> vault(new Vault(std::make_unique<SqlDatabase>(std::move(db).value()),
                                           path, ring.vaultId(), agent, std::move(key)));
    if (auto ok = vault->migrate(); !ok)
        return fail(ok.error());
    // The keyring must belong to this database.
    auto stored = vault->m_db->prepare("SELECT value FROM meta WHERE key = 'vault_id';");
    if (!stored)
        return fail(stored.error());
    auto row = stored->step();
    if (!row)
        return fail(row.error());
    if (!*row || stored->columnBlob(0) != ring.vaultId().toUtf8())
        return fail(FailureCode::VaultKeyringInvalid,
                    QStringLiteral("the keyring does not belong to this database"),
                    QStringLiteral("keyring.vault_id"), QStringLiteral("match"));
    if (auto ok = vault->recordEvent(QStringLiteral("unlock"), unlockObject); !ok)
        return fail(ok.error());
    return vault;
}

Result<KeyRing> Vault::loadKeyRing() const
{
    auto ring = KeyRing::load(keyRingPath(m_path));
    if (!ring)
        return ring;
    if (ring->vaultId() != m_id)
        return fail(FailureCode::VaultKeyringInvalid,
                    QStringLiteral("the keyring does not belong to this database"),
                    QStringLiteral("keyring.vault_id"), QStringLiteral("match"));
    return ring;
}

Result<QList<KeyRingEntry>> Vault::credentials() const
{
    auto ring = loadKeyRing();
    if (!ring)
        return fail(ring.error());
    return ring->entries();
}

Result<QString> Vault::enrolAgent(QByteArrayView certificateDer, const QString &tokenLabel,
                                  const QString &tokenSerial, QByteArrayView keyId)
{
    auto ring = loadKeyRing();
    if (!ring)
        return fail(ring.error());
    auto entryId = ring->addToken(m_key, certificateDer, tokenLabel, tokenSerial, keyId);
    if (!entryId)
        return entryId;
    if (auto saved = ring->save(keyRingPath(m_path)); !saved)
        return fail(saved.error());
    if (auto ok = recordEvent(QStringLiteral("agent_enrol"), *entryId); !ok)
        return fail(ok.error());
    return entryId;
}

Result<void> Vault::removeAgent(const QString &entryId)
{
    auto ring = loadKeyRing();
    if (!ring)
        return fail(ring.error());
    const auto &entries = ring->entries();
    const bool isToken = std::any_of(entries.begin(), entries.end(), [&](const KeyRingEntry &e) {
        return e.id == entryId && e.kind == QLatin1String("token");
    });
    if (!isToken)
        return fail(FailureCode::VaultNotFound, QStringLiteral("no agent entry with this id"),
                    QStringLiteral("keyring.entry"), QStringLiteral("id"));
    if (auto removed = ring->remove(entryId); !removed)
        return removed;
    if (auto saved = ring->save(keyRingPath(m_path)); !saved)
        return saved;
    return recordEvent(QStringLiteral("agent_remove"), entryId);
}

int Vault::schemaVersion() const
{
    auto statement = m_db->prepare("PRAGMA user_version;");
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? static_cast<int>(statement->columnInt(0)) : -1;
}

Result<void> Vault::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(FailureCode::VaultCorrupt, QStringLiteral("cannot read the schema version"),
                    QStringLiteral("vault.schema"), QStringLiteral("version"));
    if (current > static_cast<int>(kMigrations.size()))
        return fail(
            FailureCode::VaultSchemaTooNew,
            QStringLiteral("the vault was written by a newer Guichet (schema %1)").arg(current),
            QStringLiteral("vault.schema"), QStringLiteral("version"));
    for (auto version = static_cast<std::size_t>(current); version < kMigrations.size();
         ++version) {
        auto transaction = SqlTransaction::begin(*m_db);
        if (!transaction)
            return fail(transaction.error());
        if (auto ok = m_db->exec(kMigrations[version]); !ok)
            return ok;
        const QByteArray bump = QByteArrayLiteral("PRAGMA user_version = ") +
                                QByteArray::number(static_cast<qulonglong>(version) + 1) + ';';
        if (auto ok = m_db->exec(bump.constData()); !ok)
            return ok;
        if (auto ok = transaction->commit(); !ok)
            return ok;
        qCDebug(lcVault) << "vault schema migrated to version" << version + 1;
    }
    return success();
}

Result<void> Vault::appendAudit(const QString &action, const QString &object)
{
    // The record and the head must commit together with the change they describe: a crash
    // between them would leave a head that no longer matches the chain.
    if (!m_db->inTransaction())
        return fail(FailureCode::Internal, QStringLiteral("audit record outside a transaction"),
                    QStringLiteral("audit"), QStringLiteral("transaction"));
    AuditRecord record;
    record.timeMs = nowMs();
    record.agent = m_agent;
    record.action = action;
    record.object = object;

    auto head = m_db->prepare("SELECT value FROM meta WHERE key = 'audit_head';");
    if (!head)
        return fail(head.error());
    auto row = head->step();
    if (!row)
        return fail(row.error());
    if (*row) {
        const QByteArray value = head->columnBlob(0);
        if (value.size() != 8 + 32)
            return fail(FailureCode::VaultAuditBroken, QStringLiteral("audit head is damaged"),
                        QStringLiteral("audit.head"), QStringLiteral("length"));
        record.sequence = static_cast<std::int64_t>(qFromBigEndian<quint64>(value.constData())) + 1;
        record.previousHash = value.sliced(8);
    } else {
        record.sequence = 1;
        auto genesis = auditGenesisHash(m_id);
        if (!genesis)
            return fail(genesis.error());
        record.previousHash = *genesis;
    }
    auto hash = auditRecordHash(record);
    if (!hash)
        return fail(hash.error());
    record.hash = *hash;

    auto insert =
        m_db->prepare("INSERT INTO audit (seq, at, agent, action, object, prev_hash, hash) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, record.sequence)
        .bind(2, record.timeMs)
        .bind(3, record.agent)
        .bind(4, record.action)
        .bind(5, record.object)
        .bind(6, record.previousHash)
        .bind(7, record.hash);
    if (auto ok = insert->run(); !ok)
        return ok;
    auto setHead =
        m_db->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?1);");
    if (!setHead)
        return fail(setHead.error());
    return setHead->bind(1, encodeHead(record.sequence, record.hash)).run();
}

Result<void> Vault::recordEvent(const QString &action, const QString &object)
{
    auto transaction = SqlTransaction::begin(*m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = appendAudit(action, object); !ok)
        return ok;
    return transaction->commit();
}

Result<ApplicationSummary> Vault::summaryOf(const QString &id)
{
    auto select = m_db->prepare(GUICHET_SUMMARY_COLUMNS "WHERE id = ?1;");
    if (!select)
        return fail(select.error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(FailureCode::VaultNotFound, QStringLiteral("no application with this id"),
                    QStringLiteral("application.id"), QStringLiteral("exists"));
    return summaryFromRow(*select);
}

Result<ApplicationSummary> Vault::saveDraft(const QString &id, const QString &documentType,
                                            const QString &label, const QByteArray &document,
                                            std::optional<qint64> expectedRevision)
{
    auto canonical = canonicalDocument(document);
    if (!canonical)
        return fail(canonical.error());
    if (documentType.isEmpty())
        return fail(FailureCode::InvalidArgument, QStringLiteral("document type missing"),
                    QStringLiteral("document_type"), QStringLiteral("required"));
    auto transaction = SqlTransaction::begin(*m_db);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = nowMs();
    QString applicationId = id;
    const bool creating = applicationId.isEmpty();
    if (creating) {
        applicationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        auto current = summaryOf(applicationId);
        if (!current)
            return fail(current.error());
        if (current->status != ApplicationStatus::Draft)
            return fail(FailureCode::VaultInvalidState,
                        QStringLiteral("only drafts can be changed (this one is %1)")
                            .arg(statusName(current->status)),
                        QStringLiteral("application.status"), QStringLiteral("draft"));
        if (expectedRevision && *expectedRevision != current->revision)
            return fail(
                FailureCode::VaultConflict,
                QStringLiteral("the draft was saved elsewhere since (revision %1, expected %2)")
                    .arg(current->revision)
                    .arg(*expectedRevision),
                QStringLiteral("application.revision"), QStringLiteral("expected"));
    }
    // Same parameters for both: ?1 id, ?2 type, ?3 label, ?4 time.
    auto write = m_db->prepare(
        creating ? "INSERT INTO applications (id, document_type, status, label, created_at, "
                   "updated_at, revision) VALUES (?1, ?2, 'draft', ?3, ?4, ?4, 1);"
                 : "UPDATE applications SET document_type = ?2, label = ?3, updated_at = ?4, "
                   "revision = revision + 1 WHERE id = ?1;");
    if (!write)
        return fail(write.error());
    write->bind(1, applicationId).bind(2, documentType).bind(3, label).bind(4, now);
    if (auto ok = write->run(); !ok)
        return fail(ok.error());
    if (auto ok = storeDocument(applicationId, *canonical); !ok)
        return fail(ok.error());
    if (auto ok = appendAudit(creating ? QStringLiteral("create") : QStringLiteral("change"),
                              applicationId);
        !ok)
        return fail(ok.error());
    auto summary = summaryOf(applicationId);
    if (!summary)
        return summary;
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return summary;
}

Result<void> Vault::storeDocument(const QString &id, const QByteArray &document)
{
    auto store = m_db->prepare(
        "INSERT OR REPLACE INTO application_documents (id, document) VALUES (?1, ?2);");
    if (!store)
        return fail(store.error());
    return store->bind(1, id).bind(2, document).run();
}

Result<StoredApplication> Vault::application(const QString &id)
{
    auto summary = summaryOf(id);
    if (!summary)
        return fail(summary.error());
    auto select = m_db->prepare("SELECT document FROM application_documents WHERE id = ?1;");
    if (!select)
        return fail(select.error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    return StoredApplication{*summary, select->columnBlob(0)};
}

Result<QList<ApplicationSummary>> Vault::applications()
{
    auto select = m_db->prepare(GUICHET_SUMMARY_COLUMNS "ORDER BY updated_at DESC, id;");
    if (!select)
        return fail(select.error());
    QList<ApplicationSummary> list;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        auto summary = summaryFromRow(*select);
        if (!summary)
            return fail(summary.error());
        list.append(std::move(summary).value());
    }
    return list;
}

Result<ApplicationSummary> Vault::changeStatus(const QString &id, ApplicationStatus from,
                                               ApplicationStatus to, const QString &action)
{
    auto transaction = SqlTransaction::begin(*m_db);
    if (!transaction)
        return fail(transaction.error());
    auto current = summaryOf(id);
    if (!current)
        return current;
    if (current->status != from)
        return fail(FailureCode::VaultInvalidState,
                    QStringLiteral("cannot %1 an application that is %2")
                        .arg(action, statusName(current->status)),
                    QStringLiteral("application.status"), statusName(from));
    auto update = m_db->prepare("UPDATE applications SET status = ?2, updated_at = ?3, "
                                "revision = revision + 1 WHERE id = ?1;");
    if (!update)
        return fail(update.error());
    update->bind(1, id).bind(2, statusName(to)).bind(3, nowMs());
    if (auto ok = update->run(); !ok)
        return fail(ok.error());
    if (auto ok = appendAudit(action, id); !ok)
        return fail(ok.error());
    auto summary = summaryOf(id);
    if (!summary)
        return summary;
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return summary;
}

Result<ApplicationSummary> Vault::finalise(const QString &id)
{
    return changeStatus(id, ApplicationStatus::Draft, ApplicationStatus::Finalised,
                        QStringLiteral("finalise"));
}

Result<QList<AuditRecord>> Vault::auditRecords()
{
    auto select = m_db->prepare(
        "SELECT seq, at, agent, action, object, prev_hash, hash FROM audit ORDER BY seq;");
    if (!select)
        return fail(select.error());
    QList<AuditRecord> records;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        records.append(AuditRecord{select->columnInt(0), select->columnInt(1),
                                   select->columnText(2), select->columnText(3),
                                   select->columnText(4), select->columnBlob(5),
                                   select->columnBlob(6)});
    }
    return records;
}

Result<AuditVerification> Vault::verifyAudit()
{
    auto records = auditRecords();
    if (!records)
        return fail(records.error());
    AuditVerification verdict;
    verdict.records = records->size();
    auto expectedPrevious = auditGenesisHash(m_id);
    if (!expectedPrevious)
        return fail(expectedPrevious.error());
    QByteArray previous = *expectedPrevious;
    std::int64_t expectedSequence = 1;
    const auto broken = [&verdict](std::int64_t sequence, const char *reason) {
        verdict.ok = false;
        verdict.firstBad = sequence;
        verdict.reason = QLatin1String(reason);
        return verdict;
    };
    for (const AuditRecord &record : std::as_const(*records)) {
        if (record.sequence != expectedSequence)
            return broken(expectedSequence, "gap");
        if (record.previousHash != previous)
            return broken(record.sequence, "link");
        auto hash = auditRecordHash(record);
        if (!hash)
            return fail(hash.error());
        if (*hash != record.hash)
            return broken(record.sequence, "hash");
        previous = record.hash;
        ++expectedSequence;
    }
    // The head (kept apart) catches records removed from the end.
    auto head = m_db->prepare("SELECT value FROM meta WHERE key = 'audit_head';");
    if (!head)
        return fail(head.error());
    auto row = head->step();
    if (!row)
        return fail(row.error());
    const QByteArray expectedHead =
        records->isEmpty() ? QByteArray() : encodeHead(records->constLast().sequence, previous);
    const QByteArray storedHead = *row ? head->columnBlob(0) : QByteArray();
    if (storedHead != expectedHead)
        return broken(expectedSequence, "head");
    verdict.ok = true;
    return verdict;
}

} // namespace guichet::vault

namespace guichet::vault {

Result<QString> Vault::integrityCheck()
{
    auto check = m_db->prepare("PRAGMA integrity_check;");
    if (!check)
        return fail(check.error());
    QStringList lines;
    for (;;) {
        auto row = check->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        lines << check->columnText(0);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace guichet::vault

namespace guichet::vault {

namespace {

bool allowedTransition(ApplicationStatus from, ApplicationStatus to)
{
    using S = ApplicationStatus;
    switch (to) {
    case S::Finalised: // also back from sealed when a batch is abandoned before sending
        return from == S::Draft || from == S::Sealed;
    case S::Approved:
    case S::Rejected:
        return from == S::Finalised;
    case S::Sealed:
        return from == S::Finalised || from == S::Approved;
    case S::Sent:
        return from == S::Sealed;
    case S::Acknowledged:
        return from == S::Sent;
    case S::Draft: // a rejected application goes back to the agent as a draft
        return from == S::Rejected;
    case S::Purged:
        return false; // only purgeAcknowledged() purges
    }
    return false;
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

Result<ApplicationSummary> Vault::transition(const QString &id, ApplicationStatus to)
{
    auto current = summaryOf(id);
    if (!current)
        return current;
    if (!allowedTransition(current->status, to))
        return fail(FailureCode::VaultInvalidState,
                    QStringLiteral("an application that is %1 cannot become %2")
                        .arg(statusName(current->status), statusName(to)),
                    QStringLiteral("application.status"), statusName(to));
    return changeStatus(id, current->status, to, statusName(to));
}

Result<QStringList> Vault::purgeAcknowledged()
{
    QStringList purged;
    {
        auto transaction = SqlTransaction::begin(*m_db);
        if (!transaction)
            return fail(transaction.error());
        auto select = m_db->prepare(
            "SELECT a.id, a.document_type, a.created_at, d.document FROM applications a "
            "JOIN application_documents d ON d.id = a.id WHERE a.status = 'acknowledged';");
        if (!select)
            return fail(select.error());
        struct Row {
            QString id;
            QString type;
            qint64 created;
            QByteArray digest;
        };
        QList<Row> rows;
        for (;;) {
            auto row = select->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            auto digest = crypto::hash(crypto::DigestAlgorithm::Sha256, select->columnBlob(3));
            if (!digest)
                return fail(digest.error());
            rows.append(
                Row{select->columnText(0), select->columnText(1), select->columnInt(2), *digest});
        }
        const qint64 now = nowMs();
        for (const Row &row : std::as_const(rows)) {
            auto tomb =
                m_db->prepare("INSERT INTO tombstones (id, document_type, created_at, purged_at, "
                              "document_sha256) VALUES (?1, ?2, ?3, ?4, ?5);");
            auto remove = m_db->prepare("DELETE FROM applications WHERE id = ?1;");
            auto removeDocument = m_db->prepare("DELETE FROM application_documents WHERE id = ?1;");
            if (!tomb)
                return fail(tomb.error());
            if (!remove)
                return fail(remove.error());
            if (!removeDocument)
                return fail(removeDocument.error());
            if (auto ok = removeDocument->bind(1, row.id).run(); !ok)
                return fail(ok.error());
            if (auto ok = tomb->bind(1, row.id)
                              .bind(2, row.type)
                              .bind(3, row.created)
                              .bind(4, now)
                              .bind(5, row.digest)
                              .run();
                !ok)
                return fail(ok.error());
            if (auto ok = remove->bind(1, row.id).run(); !ok)
                return fail(ok.error());
            if (auto ok = appendAudit(QStringLiteral("purge"), row.id); !ok)
                return fail(ok.error());
            purged << row.id;
        }
        if (auto ok = transaction->commit(); !ok)
            return fail(ok.error());
    }
    if (!purged.isEmpty()) {
        // secure_delete zeroed the freed cells; VACUUM drops the free pages and the checkpoint
        // with truncation removes WAL frames that still held the old pages.
        if (auto ok = m_db->exec("VACUUM;"); !ok)
            return fail(ok.error());
        if (auto ok = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);"); !ok)
            return fail(ok.error());
    }
    return purged;
}

Result<bool> Vault::isTombstoned(const QString &id)
{
    auto select = m_db->prepare("SELECT 1 FROM tombstones WHERE id = ?1;");
    if (!select)
        return fail(select.error());
    select->bind(1, id);
    return select->step();
}

Result<void> Vault::setLastSync(qint64 ms)
{
    auto transaction = SqlTransaction::begin(*m_db);
    if (!transaction)
        return fail(transaction.error());
    auto set =
        m_db->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_sync_ms', ?1);");
    if (!set)
        return fail(set.error());
    if (auto ok = set->bind(1, QByteArray::number(ms)).run(); !ok)
        return ok;
    if (auto ok = appendAudit(QStringLiteral("sync_acknowledged"), QString()); !ok)
        return ok;
    return transaction->commit();
}

Result<RetentionReport> Vault::retention(const RetentionPolicy &policy, qint64 now)
{
    RetentionReport report;
    auto lastSync = m_db->prepare("SELECT value FROM meta WHERE key = 'last_sync_ms';");
    auto pending = m_db->prepare(
        "SELECT count(*) FROM applications WHERE status NOT IN ('acknowledged', 'purged');");
    auto oldest = m_db->prepare("SELECT min(created_at) FROM applications WHERE status = 'draft';");
    auto firstRecord = m_db->prepare("SELECT min(at) FROM audit;");
    if (!lastSync || !pending || !oldest || !firstRecord)
        return fail(FailureCode::VaultCorrupt, QStringLiteral("cannot read retention facts"),
                    QStringLiteral("vault.database"), QStringLiteral("retention"));
    // Offline since the last acknowledged batch, or since the vault's first record.
    qint64 since = 0;
    if (auto row = lastSync->step(); row && *row)
        since = lastSync->columnBlob(0).toLongLong();
    if (since == 0) {
        if (auto row = firstRecord->step(); row && *row)
            since = firstRecord->columnInt(0);
    }
    report.offlineDays = since > 0 ? std::max<qint64>(0, (now - since) / kDayMs) : 0;
    if (auto row = pending->step(); row && *row)
        report.pending = pending->columnInt(0);
    if (auto row = oldest->step(); row && *row && !oldest->columnIsNull(0))
        report.oldestDraftDays = std::max<qint64>(0, (now - oldest->columnInt(0)) / kDayMs);

    const auto consider = [&report](qint64 value, int warn, int max, const char *reason) {
        if (value >= max) {
            report.level = RetentionReport::Level::Refuse;
            report.reasons << QLatin1String(reason);
        } else if (value >= warn) {
            if (report.level == RetentionReport::Level::Ok)
                report.level = RetentionReport::Level::Warning;
            report.reasons << QLatin1String(reason);
        }
    };
    consider(report.offlineDays, policy.warnOfflineDays, policy.maxOfflineDays, "offline_days");
    consider(report.pending, policy.warnPending, policy.maxPending, "pending");
    consider(report.oldestDraftDays, policy.warnDraftAgeDays, policy.maxDraftAgeDays, "draft_age");
    return report;
}

Result<void> Vault::checkCanStartApplication(const RetentionPolicy &policy, qint64 now)
{
    auto report = retention(policy, now);
    if (!report)
        return fail(report.error());
    if (report->level != RetentionReport::Level::Refuse)
        return success();
    return fail(FailureCode::VaultRetentionExceeded,
                QStringLiteral("new applications are refused until the day's batch is acknowledged "
                               "(offline %1 days, %2 pending, oldest draft %3 days)")
                    .arg(report->offlineDays)
                    .arg(report->pending)
                    .arg(report->oldestDraftDays),
                QStringLiteral("retention"), report->reasons.join(QLatin1Char(',')));
}

} // namespace guichet::vault
