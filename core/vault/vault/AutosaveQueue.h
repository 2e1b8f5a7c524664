// Debounced, durable autosave of application drafts on the vault's own thread.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QTimer;

namespace guichet::vault {

class Vault;

// Lives on the vault's thread (moveToThread) and is driven by queued calls from the UI:
// each schedule() replaces the pending document of that application and restarts a short
// timer; when the agent pauses typing (debounce, 300 ms by default) the latest document is
// written in one durable transaction with its audit record. flush() writes at once (lock,
// finalise, quit). A save is acknowledged by saved() only after the commit is on disk.
class AutosaveQueue : public QObject
{
    Q_OBJECT
public:
    explicit AutosaveQueue(Vault *vault, int debounceMs = 300, QObject *parent = nullptr);

    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }

public Q_SLOTS:
    void schedule(const QString &applicationId, const QString &documentType, const QString &label,
                  const QByteArray &document);
    void flush();

Q_SIGNALS:
    void saved(const QString &applicationId, qint64 revision);
    void failed(const QString &applicationId, const guichet::Error &error);
    void flushed();

private:
    struct Pending {
        QString documentType;
        QString label;
        QByteArray document;
    };
    void writePending();

    Vault *m_vault;
    QTimer *m_timer;
    QHash<QString, Pending> m_pending;
};

} // namespace guichet::vault
