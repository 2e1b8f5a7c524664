// The desk's main window: menus, the page area and the status bar.
#pragma once

#include "common/Error.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace guichet::ui {

class ApplicationPage;
class NetworkIndicator;
class ReaderIndicator;
class SignInPage;
class TodayPage;
class VaultService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    [[nodiscard]] ReaderIndicator *readerIndicator() const { return m_reader; }
    [[nodiscard]] NetworkIndicator *networkIndicator() const { return m_network; }
    [[nodiscard]] SignInPage *signInPage() const { return m_signIn; }
    [[nodiscard]] TodayPage *todayPage() const { return m_today; }
    [[nodiscard]] ApplicationPage *applicationPage() const { return m_application; }
    [[nodiscard]] QWidget *currentPage() const;

    // Connects the pages to the vault service (which stays owned by the caller) and shows the
    // sign-in page for the vault at `vaultPath`.
    void attachVault(VaultService *service, const QString &vaultPath);

public Q_SLOTS:
    // Saves what is pending, closes the vault, clears every form and returns to sign-in.
    void lock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();
    void showPage(QWidget *page);
    void showToday();
    void reportFailure(const QString &operation, const guichet::Error &error);

    VaultService *m_service = nullptr;
    QStackedWidget *m_pages = nullptr;
    SignInPage *m_signIn = nullptr;
    TodayPage *m_today = nullptr;
    ApplicationPage *m_application = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_verifyAudit = nullptr;
    QAction *m_french = nullptr;
    QAction *m_english = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ReaderIndicator *m_reader = nullptr;
    NetworkIndicator *m_network = nullptr;
};

} // namespace guichet::ui
