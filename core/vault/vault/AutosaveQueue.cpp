// Coalescing of draft changes and their durable writes.
#include "vault/AutosaveQueue.h"

#include "common/Log.h"
#include "vault/Vault.h"

#include <QTimer>

#include <utility>

namespace guichet::vault {

AutosaveQueue::AutosaveQueue(Vault *vault, int debounceMs, QObject *parent)
    : QObject(parent), m_vault(vault), m_timer(new QTimer(this))
{
    qRegisterMetaType<guichet::Error>("guichet::Error");
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, &AutosaveQueue::writePending);
}

void AutosaveQueue::schedule(const QString &applicationId, const QString &documentType,
                             const QString &label, const QByteArray &document)
{
    m_pending.insert(applicationId, Pending{documentType, label, document});
    m_timer->start(); // restart: write when the changes pause
}

void AutosaveQueue::flush()
{
    m_timer->stop();
    writePending();
    Q_EMIT flushed();
}

void AutosaveQueue::writePending()
{
    // Take the batch first: a failure leaves nothing half-queued, and the caller is told.
    const QHash<QString, Pending> batch = std::exchange(m_pending, {});
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        auto result = m_vault->saveDraft(it.key(), it->documentType, it->label, it->document);
        if (result) {
            Q_EMIT saved(it.key(), result->revision);
        } else {
            qCWarning(lcVault) << "autosave failed:" << result.error().toString();
            Q_EMIT failed(it.key(), result.error());
        }
    }
}

} // namespace guichet::vault
