// Texts and accessible descriptions of the status-bar indicators.
#include "ui/StatusIndicator.h"

#include <QEvent>

namespace guichet::ui {

void StatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void StatusIndicator::refresh()
{
    const QString text = stateText();
    setText(text);
    setAccessibleName(accessibleTitle());
    setAccessibleDescription(text);
}

ReaderIndicator::ReaderIndicator(QWidget *parent) : StatusIndicator(parent)
{
    setObjectName(QStringLiteral("readerIndicator"));
    refresh();
}

void ReaderIndicator::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        refresh();
    }
}

QString ReaderIndicator::stateText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Reader: checking…");
    case State::NoService:
        return tr("Reader: smart-card service unavailable");
    case State::NoReader:
        return tr("Reader: none connected");
    case State::Ready:
        return tr("Reader: ready");
    case State::CardPresent:
        return tr("Reader: card present");
    }
    return {};
}

QString ReaderIndicator::accessibleTitle() const
{
    return tr("Card reader status");
}

NetworkIndicator::NetworkIndicator(QWidget *parent) : StatusIndicator(parent)
{
    setObjectName(QStringLiteral("networkIndicator"));
    refresh();
}

void NetworkIndicator::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        refresh();
    }
}

QString NetworkIndicator::stateText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Network: unknown");
    case State::Offline:
        return tr("Network: offline");
    case State::Online:
        return tr("Network: online");
    }
    return {};
}

QString NetworkIndicator::accessibleTitle() const
{
    return tr("Network status");
}

} // namespace guichet::ui
