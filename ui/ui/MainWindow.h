// The desk's main window: menus, the page area and the status bar.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace guichet::ui {

class NetworkIndicator;
class ReaderIndicator;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    [[nodiscard]] ReaderIndicator *readerIndicator() const { return m_reader; }
    [[nodiscard]] NetworkIndicator *networkIndicator() const { return m_network; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();

    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ReaderIndicator *m_reader = nullptr;
    NetworkIndicator *m_network = nullptr;
};

} // namespace guichet::ui
