// Connects core's status sources to the main window's indicators.
#pragma once

#include <QObject>
#include <QThread>

namespace guichet::ui {
class MainWindow;
}

namespace guichet::desk {

// Owns the background threads whose signals feed the window; stops them on destruction.
class DeskWiring : public QObject
{
    Q_OBJECT
public:
    explicit DeskWiring(ui::MainWindow *window, QObject *parent = nullptr);
    ~DeskWiring() override;

    DeskWiring(const DeskWiring &) = delete;
    DeskWiring &operator=(const DeskWiring &) = delete;
    DeskWiring(DeskWiring &&) = delete;
    DeskWiring &operator=(DeskWiring &&) = delete;

private:
    void wireNetwork(ui::MainWindow *window);
    void wireReaders(ui::MainWindow *window);

    QThread m_pcscThread;
};

} // namespace guichet::desk
