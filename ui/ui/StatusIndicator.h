// Status-bar indicators for the card reader and the network, fed by signals from core.
#pragma once

#include <QLabel>

namespace guichet::ui {

// A label whose text and accessible description follow a state and the interface language.
class StatusIndicator : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

protected:
    void changeEvent(QEvent *event) override;
    // Re-reads stateText() and accessibleTitle(); call after every state change.
    void refresh();
    [[nodiscard]] virtual QString stateText() const = 0;
    [[nodiscard]] virtual QString accessibleTitle() const = 0;
};

class ReaderIndicator : public StatusIndicator
{
    Q_OBJECT
public:
    enum class State {
        Unknown, // the PC/SC service has not answered yet
        NoService, // pcscd not reachable
        NoReader, // no reader connected
        Ready, // a reader, no card
        CardPresent, // a card on a reader
    };
    Q_ENUM(State)

    explicit ReaderIndicator(QWidget *parent = nullptr);
    [[nodiscard]] State state() const { return m_state; }

public Q_SLOTS:
    void setState(guichet::ui::ReaderIndicator::State state);

protected:
    [[nodiscard]] QString stateText() const override;
    [[nodiscard]] QString accessibleTitle() const override;

private:
    State m_state = State::Unknown;
};

class NetworkIndicator : public StatusIndicator
{
    Q_OBJECT
public:
    enum class State { Unknown, Offline, Online };
    Q_ENUM(State)

    explicit NetworkIndicator(QWidget *parent = nullptr);
    [[nodiscard]] State state() const { return m_state; }

public Q_SLOTS:
    void setState(guichet::ui::NetworkIndicator::State state);

protected:
    [[nodiscard]] QString stateText() const override;
    [[nodiscard]] QString accessibleTitle() const override;

private:
    State m_state = State::Unknown;
};

} // namespace guichet::ui
