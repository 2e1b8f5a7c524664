// Texts and accessible descriptions of the status-bar indicators.
#include "ui/StatusIndicator.h"

#include <QEvent>

namespace guichet::ui {

ReaderIndicator::ReaderIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("readerIndicator"));
    refresh();
}

void ReaderIndicator::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    refresh();
}

void ReaderIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void ReaderIndicator::refresh()
{
    QString text;
    switch (m_state) {
    case State::Unknown:
        text = tr("Reader: checking…");
        break;
    case State::NoService:
        text = tr("Reader: smart-card service unavailable");
        break;
    case State::NoReader:
        text = tr("Reader: none connected");
        break;
    case State::Ready:
        text = tr("Reader: ready");
        break;
    case State::CardPresent:
        text = tr("Reader: card present");
        break;
    }
    setText(text);
    setAccessibleName(tr("Card reader status"));
    setAccessibleDescription(text);
}

NetworkIndicator::NetworkIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("networkIndicator"));
    refresh();
}

void NetworkIndicator::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    refresh();
}

void NetworkIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void NetworkIndicator::refresh()
{
    QString text;
    switch (m_state) {
    case State::Unknown:
        text = tr("Network: unknown");
        break;
    case State::Offline:
        text = tr("Network: offline");
        break;
    case State::Online:
        text = tr("Network: online");
        break;
    }
    setText(text);
    setAccessibleName(tr("Network status"));
    setAccessibleDescription(text);
}

} // namespace guichet::ui
