// The encrypted vault: applications (drafts and their later states) and the audit chain.
#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/AuditChain.h"
#include "vault/KeyRing.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace guichet::vault {

class SqlDatabase;

// Caps on what an offline desk may hold (ARCHITECTURE.md §5). Past a warning threshold the desk
// warns; past a limit it refuses new applications until the day's batch is acknowledged.
struct RetentionPolicy {
    int warnOfflineDays = 3;
    int maxOfflineDays = 7;
    int warnPending = 40; // applications not yet acknowledged by the agency
    int maxPending = 100;
    int warnDraftAgeDays = 2;
    int maxDraftAgeDays = 5;
};

struct RetentionReport {
    enum class Level { Ok, Warning, Refuse };
    Level level = Level::Ok;
    QStringList reasons; // "offline_days", "pending", "draft_age" (the caps crossed)
    qint64 offlineDays = 0;
    qint64 pending = 0;
    qint64 oldestDraftDays = 0;
};

// An application's life: draft → finalised → approved/rejected → sealed → sent →
// acknowledged → purged (ARCHITECTURE.md §5).
enum class ApplicationStatus {
    Draft,
    Finalised,
    Approved,
    Rejected,
    Sealed,
    Sent,
    Acknowledged,
    Purged
};
[[nodiscard]] QString statusName(ApplicationStatus status);
[[nodiscard]] Result<ApplicationStatus> statusFromName(const QString &name);

struct ApplicationSummary {
    QString id;
    QString documentType;
    ApplicationStatus status = ApplicationStatus::Draft;
    QString label; // what the desk lists (the applicant's name): encrypted with the rest
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 revision = 0;
};

struct StoredApplication {
    ApplicationSummary summary;
    QByteArray document; // the whole application document (JSON)
};

class Vault
{
public:
    static constexpr auto kUnlockTarget = std::chrono::milliseconds(250);

    // Creates the database `path` and its keyring `path + ".keys"` with a fresh random key,
    // wrapped for the recovery passphrase (scrypt calibrated to kUnlockTarget unless given).
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    create(const QString &path, QByteArrayView recoveryPassphrase, const QString &agent,
           std::optional<crypto::ScryptParameters> kdf = std::nullopt);
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    openWithPassphrase(const QString &path, QByteArrayView passphrase, const QString &agent);
    // Unlocks with the agent's token (PIN login, RSA-OAEP unwrap on the card). The agent id in
    // the audit comes from the enrolled certificate that opened the vault, never from the
    // caller. The provider stays logged in (SessionLock, signing).
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    openWithToken(const QString &path, identity::TokenProvider &provider, const QString &tokenLabel,
                  const crypto::SecureBuffer &pin);

    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;
    Vault(Vault &&) = delete;
    Vault &operator=(Vault &&) = delete;
    ~Vault();

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString agent() const { return m_agent; }
    [[nodiscard]] int schemaVersion() const;

    // Saves a whole application document as a draft: a new one when `id` is empty, else a new
    // revision of an existing draft. With `expectedRevision`, refuses to overwrite a newer
    // save (VaultConflict). The document and its audit record commit together, durably.
    [[nodiscard]] Result<ApplicationSummary>
    saveDraft(const QString &id, const QString &documentType, const QString &label,
              const QByteArray &document, std::optional<qint64> expectedRevision = std::nullopt);
    [[nodiscard]] Result<StoredApplication> application(const QString &id);
    // Most recently changed first.
    [[nodiscard]] Result<QList<ApplicationSummary>> applications();
    [[nodiscard]] Result<ApplicationSummary> finalise(const QString &id);
    // Moves an application along its life cycle; only the transitions of ARCHITECTURE.md §5
    // are allowed (VaultInvalidState otherwise). `action` is what the audit records.
    [[nodiscard]] Result<ApplicationSummary> transition(const QString &id, ApplicationStatus to);

    // Removes the personal data of every acknowledged application, keeping a tombstone (id,
    // type, dates, SHA-256 of the document), then reclaims the freed pages (secure_delete has
    // already zeroed them) and truncates the WAL so that no old page survives on disk.
    // Returns the ids purged.
    [[nodiscard]] Result<QStringList> purgeAcknowledged();
    [[nodiscard]] Result<bool> isTombstoned(const QString &id);

    // When the agency last acknowledged a batch (0: never); the sync sets it.
    [[nodiscard]] Result<void> setLastSync(qint64 ms);
    [[nodiscard]] Result<RetentionReport> retention(const RetentionPolicy &policy, qint64 nowMs);
    // Ok, or VaultRetentionExceeded naming the cap when a new application must be refused.
    [[nodiscard]] Result<void> checkCanStartApplication(const RetentionPolicy &policy,
                                                        qint64 nowMs);

    // Credentials: the keyring's entries (rewritten, never re-encrypting the database). The
    // vault keeps its key in a SecureBuffer while open, so an agent can be enrolled from the
    // certificate alone. Both are audited ("agent_enrol", "agent_remove" with the entry id).
    [[nodiscard]] Result<QList<KeyRingEntry>> credentials() const;
    [[nodiscard]] Result<QString> enrolAgent(QByteArrayView certificateDer,
                                             const QString &tokenLabel, const QString &tokenSerial,
                                             QByteArrayView keyId);
    // Token entries only (VaultNotFound otherwise); never the last entry.
    [[nodiscard]] Result<void> removeAgent(const QString &entryId);

    // An event with no application attached (login, lock, unlock, failed attempt...).
    [[nodiscard]] Result<void> recordEvent(const QString &action, const QString &object = {});
    [[nodiscard]] Result<QList<AuditRecord>> auditRecords();
    [[nodiscard]] Result<AuditVerification> verifyAudit();
    // SQLite's own structural check of every page: "ok", or what is damaged.
    [[nodiscard]] Result<QString> integrityCheck();

private:
    Vault(std::unique_ptr<SqlDatabase> db, QString path, QString id, QString agent,
          crypto::SecureBuffer key);
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    openWithKey(const QString &path, const KeyRing &ring, crypto::SecureBuffer key,
                const QString &agent, const QString &unlockObject);
    [[nodiscard]] Result<KeyRing> loadKeyRing() const;
    [[nodiscard]] Result<void> migrate();
    [[nodiscard]] Result<void> appendAudit(const QString &action, const QString &object);
    [[nodiscard]] Result<void> storeDocument(const QString &id, const QByteArray &document);
    [[nodiscard]] Result<ApplicationSummary> summaryOf(const QString &id);
    [[nodiscard]] Result<ApplicationSummary> changeStatus(const QString &id, ApplicationStatus from,
                                                          ApplicationStatus to,
                                                          const QString &action);

    std::unique_ptr<SqlDatabase> m_db;
    QString m_path;
    QString m_id;
    QString m_agent;
    crypto::SecureBuffer m_key; // the unwrapped vault key, for enrolments (wiped on close)
};

} // namespace guichet::vault
