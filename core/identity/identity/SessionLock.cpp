// Idle and token-removal locking of the agent session.
#include "identity/SessionLock.h"

#include "common/Log.h"
#include "identity/TokenProvider.h"

namespace guichet::identity {

SessionLock::SessionLock(TokenProvider &provider, QString tokenLabel, QObject *parent)
    : QObject(parent), m_provider(provider), m_tokenLabel(std::move(tokenLabel)),
      m_tokenSerial(provider.token().serial)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_idleTimeout);
    m_pollTimer.setInterval(kDefaultPollInterval);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { lock(Reason::Idle); });
    connect(&m_pollTimer, &QTimer::timeout, this, &SessionLock::pollToken);
    m_idleTimer.start();
    m_pollTimer.start();
}

void SessionLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    m_idleTimer.setInterval(timeout);
    if (!m_locked)
        m_idleTimer.start();
}

void SessionLock::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

QString SessionLock::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Idle:
        return QStringLiteral("idle");
    case Reason::TokenRemoved:
        return QStringLiteral("token_removed");
    case Reason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

void SessionLock::activity()
{
    if (!m_locked)
        m_idleTimer.start();
}

void SessionLock::lock(Reason reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleTimer.stop();
    m_provider.logout();
    qCInfo(lcIdentity) << "session locked:" << reasonName(reason);
    Q_EMIT locked(reason);
}

Result<void> SessionLock::unlock(const crypto::SecureBuffer &pin)
{
    if (!m_locked)
        return success();
    auto login = m_provider.login(m_tokenLabel, pin);
    if (!login)
        return fail(login.error());
    // Another card with the same label is not the agent's card.
    if (!m_tokenSerial.isEmpty() && login->serial != m_tokenSerial) {
        m_provider.logout();
        return fail(FailureCode::IdentityTokenNotFound,
                    QStringLiteral("the token is not the one that opened the session"),
                    QStringLiteral("token.serial"), QStringLiteral("match"));
    }
    m_locked = false;
    m_idleTimer.start();
    qCInfo(lcIdentity) << "session unlocked";
    Q_EMIT unlocked();
    return success();
}

void SessionLock::pollToken()
{
    if (m_locked)
        return;
    auto present = m_provider.isPresent(m_tokenSerial);
    // A module error while polling is treated as removal: the safe side.
    if (!present || !*present)
        lock(Reason::TokenRemoved);
}

} // namespace guichet::identity
