// Locks the agent's session after inactivity or when the token leaves the reader.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace guichet::identity {

class TokenProvider;

// Started unlocked (after the login that opened the session). The idle timer restarts on each
// activity(); the token's presence is polled (every second by default) through the provider,
// because C_WaitForSlotEvent blocks a thread and many modules (SoftHSM2) do not implement it.
// On lock the provider logs out, so the key is unusable until unlock() presents the PIN again.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, TokenRemoved, Manual };
    Q_ENUM(Reason)

    static constexpr std::chrono::milliseconds kDefaultIdleTimeout = std::chrono::minutes(5);
    static constexpr std::chrono::milliseconds kDefaultPollInterval = std::chrono::seconds(1);

    // `provider` must outlive the lock and be logged in to the token `tokenLabel`.
    SessionLock(TokenProvider &provider, QString tokenLabel, QObject *parent = nullptr);

    void setIdleTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    void setPollInterval(std::chrono::milliseconds interval);

    [[nodiscard]] bool isLocked() const noexcept { return m_locked; }
    // "idle", "token_removed", "manual".
    [[nodiscard]] static QString reasonName(Reason reason);

public Q_SLOTS:
    // Any agent input: restarts the idle timer (ignored while locked).
    void activity();
    void lock(guichet::identity::SessionLock::Reason reason = Reason::Manual);

public:
    // Logs in again with the PIN; a wrong or locked PIN keeps the session locked (the token's
    // own counter applies: nothing is retried).
    [[nodiscard]] Result<void> unlock(const crypto::SecureBuffer &pin);

Q_SIGNALS:
    void locked(guichet::identity::SessionLock::Reason reason);
    void unlocked();

private:
    void pollToken();

    TokenProvider &m_provider;
    QString m_tokenLabel;
    QString m_tokenSerial;
    QTimer m_idleTimer;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_idleTimeout = kDefaultIdleTimeout;
    bool m_locked = false;
};

} // namespace guichet::identity
