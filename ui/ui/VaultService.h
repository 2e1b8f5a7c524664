// The vault on its own thread: the UI asks through queued calls and hears back through signals.
#pragma once

#include "common/Error.h"
#include "crypto/PasswordKdf.h"
#include "vault/AuditChain.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace guichet::vault {
class AutosaveQueue;
}

namespace guichet::ui {

struct VaultServiceOptions {
    // Key derivation for a new vault; empty: calibrated to Vault::kUnlockTarget (tests pass a
    // cheap one to stay fast).
    std::optional<crypto::ScryptParameters> kdf = std::nullopt;
    int autosaveDebounceMs = 300;
};

// What the vault thread reports; VaultWorker emits these on its thread and VaultService
// re-emits them on the UI thread. operation names in failed(): "open", "list", "load",
// "create", "finalise", "audit".
class VaultEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void opened(const QString &vaultId);
    void closed();
    void listed(const QList<guichet::vault::ApplicationSummary> &applications,
                const guichet::vault::RetentionReport &retention);
    void loaded(const guichet::vault::StoredApplication &application);
    void draftCreated(const guichet::vault::ApplicationSummary &summary);
    void saved(const QString &id, qint64 revision);
    void saveFailed(const QString &id, const guichet::Error &error);
    void flushed();
    void finalised(const guichet::vault::ApplicationSummary &summary);
    void auditVerified(const guichet::vault::AuditVerification &verification);
    void failed(const QString &operation, const guichet::Error &error);
};

// Lives on the vault thread; every slot runs there. Only VaultService talks to it.
class VaultWorker : public VaultEvents
{
    Q_OBJECT
public:
    explicit VaultWorker(VaultServiceOptions options);
    ~VaultWorker() override;

    VaultWorker(const VaultWorker &) = delete;
    VaultWorker &operator=(const VaultWorker &) = delete;
    VaultWorker(VaultWorker &&) = delete;
    VaultWorker &operator=(VaultWorker &&) = delete;

public Q_SLOTS:
    void open(const QString &path, QByteArray passphrase, bool create);
    void close();
    void list();
    void load(const QString &id);
    void createDraft(const QString &documentType, const QString &label, const QByteArray &document);
    void schedule(const QString &id, const QString &documentType, const QString &label,
                  const QByteArray &document);
    void flush();
    void finalise(const QString &id);
    void verifyAudit();

private:
    [[nodiscard]] bool requireOpen(const QString &operation);
    void release();

    VaultServiceOptions m_options;
    std::unique_ptr<vault::Vault> m_vault;
    vault::AutosaveQueue *m_queue = nullptr;
};

// Owns the vault thread. Every call returns at once; results arrive as signals on the UI thread.
class VaultService : public VaultEvents
{
    Q_OBJECT
public:
    explicit VaultService(VaultServiceOptions options = {}, QObject *parent = nullptr);
    ~VaultService() override; // flushes, closes the vault and stops the thread

    VaultService(const VaultService &) = delete;
    VaultService &operator=(const VaultService &) = delete;
    VaultService(VaultService &&) = delete;
    VaultService &operator=(VaultService &&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }

    // The passphrase is moved to the vault thread and wiped there after use.
    void open(const QString &path, QByteArray passphrase, bool create);
    void close(); // flushes pending autosaves first
    void list();
    void load(const QString &id);
    void createDraft(const QString &documentType, const QString &label, const QByteArray &document);
    void scheduleAutosave(const QString &id, const QString &documentType, const QString &label,
                          const QByteArray &document);
    void flush();
    void finalise(const QString &id); // flushes, then finalises
    void verifyAudit();

private:
    template <typename Method, typename... Args>
    void post(Method method, Args &&...args);

    QThread m_thread;
    VaultWorker *m_worker = nullptr;
    bool m_open = false;
};

} // namespace guichet::ui
