// Main window: the page stack (sign-in, today, application), menus and the status bar.
#include "ui/MainWindow.h"

#include "ui/ApplicationPage.h"
#include "ui/ErrorText.h"
#include "ui/Language.h"
#include "ui/SignInPage.h"
#include "ui/StatusIndicator.h"
#include "ui/TodayPage.h"
#include "ui/VaultService.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace guichet::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/guichet.svg")));
    resize(1024, 720);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_signIn = new SignInPage(m_pages);
    m_today = new TodayPage(m_pages);
    m_application = new ApplicationPage(m_pages);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_application);
    setCentralWidget(m_pages);

    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_lock = new QAction(this);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setEnabled(false);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lock);
    m_verifyAudit = new QAction(this);
    m_verifyAudit->setObjectName(QStringLiteral("verifyAuditAction"));
    m_verifyAudit->setEnabled(false);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    auto *languages = new QActionGroup(this);
    m_french = new QAction(QStringLiteral("Français"), languages);
    m_french->setObjectName(QStringLiteral("frenchAction"));
    m_english = new QAction(QStringLiteral("English"), languages);
    m_english->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_french, m_english})
        action->setCheckable(true);
    connect(m_french, &QAction::triggered, this,
            [] { installTranslations(*qApp, QStringLiteral("fr")); });
    connect(m_english, &QAction::triggered, this,
            [] { installTranslations(*qApp, QStringLiteral("en")); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_today->newAction());
    m_fileMenu->addAction(m_lock);
    m_fileMenu->addAction(m_verifyAudit);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_reader = new ReaderIndicator(this);
    m_network = new NetworkIndicator(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_reader);
    statusBar()->addPermanentWidget(m_network);

    showPage(m_signIn);
    retranslate();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    const bool unlocked = page != m_signIn;
    m_lock->setEnabled(unlocked);
    m_verifyAudit->setEnabled(unlocked);
    m_today->setActive(page == m_today);
}

void MainWindow::showToday()
{
    showPage(m_today);
    m_today->view()->setFocus();
    if (m_service)
        m_service->list();
}

void MainWindow::attachVault(VaultService *service, const QString &vaultPath)
{
    m_service = service;
    m_signIn->setVaultPath(vaultPath);

    connect(m_signIn, &SignInPage::signInRequested, service, &VaultService::open);
    connect(service, &VaultService::opened, this, [this] {
        m_signIn->reset();
        showToday();
    });
    connect(service, &VaultService::failed, this, &MainWindow::reportFailure);
    connect(service, &VaultService::listed, m_today, &TodayPage::setApplications);

    connect(m_today, &TodayPage::newRequested, this, [this] {
        m_application->startNew();
        showPage(m_application);
    });
    connect(m_today, &TodayPage::openRequested, service, &VaultService::load);
    connect(service, &VaultService::loaded, this, [this](const vault::StoredApplication &app) {
        m_application->load(app);
        showPage(m_application);
    });

    connect(m_application, &ApplicationPage::createRequested, service, &VaultService::createDraft);
    connect(m_application, &ApplicationPage::autosaveRequested, service,
            &VaultService::scheduleAutosave);
    connect(service, &VaultService::draftCreated, m_application, &ApplicationPage::onDraftCreated);
    connect(service, &VaultService::saved, m_application, &ApplicationPage::onSaved);
    connect(service, &VaultService::saveFailed, m_application, &ApplicationPage::onSaveFailed);
    connect(m_application, &ApplicationPage::finaliseRequested, service, &VaultService::finalise);
    connect(service, &VaultService::finalised, this, [this] {
        statusBar()->showMessage(tr("Application finalised."), 5000);
        m_application->clear();
        showToday();
    });
    connect(m_application, &ApplicationPage::closeRequested, this, [this] {
        m_service->flush();
        m_application->clear();
        showToday();
    });

    connect(m_verifyAudit, &QAction::triggered, service, &VaultService::verifyAudit);
    connect(service, &VaultService::auditVerified, this,
            [this](const vault::AuditVerification &result) {
                statusBar()->showMessage(
                    result.ok ? tr("Audit log verified: %1 records.").arg(result.records)
                              : tr("Audit log broken at record %1 (%2). Call support.")
                                    .arg(result.firstBad)
                                    .arg(result.reason),
                    10000);
            });
}

void MainWindow::reportFailure(const QString &operation, const guichet::Error &error)
{
    if (operation == QLatin1String("open")) {
        m_signIn->showError(error);
        return;
    }
    statusBar()->showMessage(ErrorText::describe(error), 10000);
}

void MainWindow::lock()
{
    if (!m_service || currentPage() == m_signIn)
        return;
    m_service->close(); // flushes the autosave queue before closing
    m_application->clear();
    m_today->clear();
    m_signIn->reset();
    showPage(m_signIn);
    m_signIn->setFocus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The product name is not translated.
    setWindowTitle(QStringLiteral("Guichet"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_quit->setToolTip(
        tr("Quit Guichet (%1)").arg(m_quit->shortcut().toString(QKeySequence::NativeText)));
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock the desk: save, close the vault and return to sign-in (%1)")
                           .arg(m_lock->shortcut().toString(QKeySequence::NativeText)));
    m_verifyAudit->setText(tr("&Verify the audit log"));
    m_about->setText(tr("&About Guichet"));
    m_about->setToolTip(
        tr("About Guichet (%1)").arg(m_about->shortcut().toString(QKeySequence::NativeText)));
    const bool english = currentLanguage() == QLatin1String("en");
    m_english->setChecked(english);
    m_french->setChecked(!english);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Guichet"),
                       tr("Guichet %1\nCounter desk for secure-document applications.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace guichet::ui
