// Status-bar indicators for the card reader and the network, fed by signals from core.
#pragma once

#include <QLabel>

namespace guichet::ui {

class ReaderIndicator : public QLabel
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
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    State m_state = State::Unknown;
};

class NetworkIndicator : public QLabel
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
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    State m_state = State::Unknown;
};

} // namespace guichet::ui
