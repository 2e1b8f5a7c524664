// The vault thread and the queued calls that reach it.
#include "ui/VaultService.h"

#include "common/Log.h"
#include "vault/AutosaveQueue.h"

#include <QDateTime>
#include <QMetaObject>

#include <utility>

namespace guichet::ui {

namespace {

// The passphrase-only sign-in is the recovery path; agent ids come with core/identity.
QString recoveryAgent()
{
    return QStringLiteral("recovery");
}

void registerTypes()
{
    qRegisterMetaType<guichet::Error>("guichet::Error");
    qRegisterMetaType<vault::ApplicationSummary>();
    qRegisterMetaType<QList<vault::ApplicationSummary>>();
    qRegisterMetaType<vault::StoredApplication>();
    qRegisterMetaType<vault::RetentionReport>();
    qRegisterMetaType<vault::AuditVerification>();
}

template <typename... Signals>
void forward(VaultEvents *from, VaultEvents *to, Signals... signals)
{
    (QObject::connect(from, signals, to, signals), ...);
}

} // namespace

VaultWorker::VaultWorker(VaultServiceOptions options) : m_options(options) { }

VaultWorker::~VaultWorker()
{
    release();
}

void VaultWorker::release()
{
    if (m_queue) {
        m_queue->flush();
        delete m_queue;
        m_queue = nullptr;
    }
    m_vault.reset();
}

bool VaultWorker::requireOpen(const QString &operation)
{
    if (m_vault)
        return true;
    Q_EMIT failed(operation,
                  makeError(FailureCode::VaultNotFound, QStringLiteral("the vault is locked")));
    return false;
}

void VaultWorker::open(const QString &path, QByteArray passphrase, bool create)
{
    release();
    auto result = create ? vault::Vault::create(path, passphrase, recoveryAgent(), m_options.kdf)
                         : vault::Vault::openWithPassphrase(path, passphrase, recoveryAgent());
    passphrase.fill('\0');
    if (!result) {
        qCInfo(lcUi) << "vault sign-in refused:" << failureCodeReference(result.error().code);
        Q_EMIT failed(QStringLiteral("open"), result.error());
        return;
    }
    m_vault = std::move(result.value());
    m_queue = new vault::AutosaveQueue(m_vault.get(), m_options.autosaveDebounceMs, this);
    connect(m_queue, &vault::AutosaveQueue::saved, this, &VaultWorker::saved);
    connect(m_queue, &vault::AutosaveQueue::failed, this, &VaultWorker::saveFailed);
    connect(m_queue, &vault::AutosaveQueue::flushed, this, &VaultWorker::flushed);
    Q_EMIT opened(m_vault->id());
}

void VaultWorker::close()
{
    if (m_vault) {
        auto recorded = m_vault->recordEvent(QStringLiteral("lock"));
        if (!recorded)
            qCWarning(lcUi) << "lock not audited:" << recorded.error().toString();
    }
    release();
    Q_EMIT closed();
}

void VaultWorker::list()
{
    if (!requireOpen(QStringLiteral("list")))
        return;
    auto applications = m_vault->applications();
    if (!applications) {
        Q_EMIT failed(QStringLiteral("list"), applications.error());
        return;
    }
    auto retention =
        m_vault->retention(vault::RetentionPolicy{}, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT listed(applications.value(), retention ? retention.value() : vault::RetentionReport{});
}

void VaultWorker::load(const QString &id)
{
    if (!requireOpen(QStringLiteral("load")))
        return;
    auto stored = m_vault->application(id);
    if (stored)
        Q_EMIT loaded(stored.value());
    else
        Q_EMIT failed(QStringLiteral("load"), stored.error());
}

void VaultWorker::createDraft(const QString &documentType, const QString &label,
                              const QByteArray &document)
{
    if (!requireOpen(QStringLiteral("create")))
        return;
    auto summary = m_vault->saveDraft(QString(), documentType, label, document);
    if (summary)
        Q_EMIT draftCreated(summary.value());
    else
        Q_EMIT failed(QStringLiteral("create"), summary.error());
}

void VaultWorker::schedule(const QString &id, const QString &documentType, const QString &label,
                           const QByteArray &document)
{
    if (m_queue)
        m_queue->schedule(id, documentType, label, document);
}

void VaultWorker::flush()
{
    if (m_queue)
        m_queue->flush();
    else
        Q_EMIT flushed();
}

void VaultWorker::finalise(const QString &id)
{
    if (!requireOpen(QStringLiteral("finalise")))
        return;
    m_queue->flush();
    auto summary = m_vault->finalise(id);
    if (summary)
        Q_EMIT finalised(summary.value());
    else
        Q_EMIT failed(QStringLiteral("finalise"), summary.error());
}

void VaultWorker::verifyAudit()
{
    if (!requireOpen(QStringLiteral("audit")))
        return;
    auto verification = m_vault->verifyAudit();
    if (verification)
        Q_EMIT auditVerified(verification.value());
    else
        Q_EMIT failed(QStringLiteral("audit"), verification.error());
}

VaultService::VaultService(VaultServiceOptions options, QObject *parent)
    : VaultEvents(parent), m_worker(new VaultWorker(options))
{
    registerTypes();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VaultWorker::opened, this, [this](const QString &vaultId) {
        m_open = true;
        Q_EMIT opened(vaultId);
    });
    connect(m_worker, &VaultWorker::closed, this, [this] {
        m_open = false;
        Q_EMIT closed();
    });
    // Re-emitted on this (the UI) thread: the worker's signals arrive queued.
    forward(m_worker, this, &VaultEvents::listed, &VaultEvents::loaded, &VaultEvents::draftCreated,
            &VaultEvents::saved, &VaultEvents::saveFailed, &VaultEvents::flushed,
            &VaultEvents::finalised, &VaultEvents::auditVerified, &VaultEvents::failed);
    m_thread.setObjectName(QStringLiteral("vault"));
    m_thread.start();
}

VaultService::~VaultService()
{
    // The worker's destructor (run on its thread through deleteLater) flushes and closes.
    m_thread.quit();
    m_thread.wait();
}

template <typename Method, typename... Args>
void VaultService::post(Method method, Args &&...args)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, method, ... captured = std::forward<Args>(args)]() mutable {
            (worker->*method)(std::move(captured)...);
        },
        Qt::QueuedConnection);
}

void VaultService::open(const QString &path, QByteArray passphrase, bool create)
{
    post(&VaultWorker::open, QString(path), std::move(passphrase), create);
}

void VaultService::close()
{
    post(&VaultWorker::close);
}

void VaultService::list()
{
    post(&VaultWorker::list);
}

void VaultService::load(const QString &id)
{
    post(&VaultWorker::load, QString(id));
}

void VaultService::createDraft(const QString &documentType, const QString &label,
                               const QByteArray &document)
{
    post(&VaultWorker::createDraft, QString(documentType), QString(label), QByteArray(document));
}

void VaultService::scheduleAutosave(const QString &id, const QString &documentType,
                                    const QString &label, const QByteArray &document)
{
    post(&VaultWorker::schedule, QString(id), QString(documentType), QString(label),
         QByteArray(document));
}

void VaultService::flush()
{
    post(&VaultWorker::flush);
}

void VaultService::finalise(const QString &id)
{
    post(&VaultWorker::finalise, QString(id));
}

void VaultService::verifyAudit()
{
    post(&VaultWorker::verifyAudit);
}

} // namespace guichet::ui
