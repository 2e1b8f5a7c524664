// Main window layout; pages are added as their engines land (see the issues).
#include "ui/MainWindow.h"

#include "ui/StatusIndicator.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace guichet::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/guichet.svg")));
    resize(1024, 720);

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_body = new QLabel(page);
    m_body->setObjectName(QStringLiteral("welcomeBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(1);
    setCentralWidget(page);

    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_reader = new ReaderIndicator(this);
    m_network = new NetworkIndicator(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_reader);
    statusBar()->addPermanentWidget(m_network);

    retranslate();
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
    m_heading->setText(tr("Secure-document applications"));
    m_body->setText(
        tr("This build contains the foundations only: agent sign-in, application capture, "
           "document reading and the end-of-day batch are not available yet."));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_quit->setToolTip(
        tr("Quit Guichet (%1)").arg(m_quit->shortcut().toString(QKeySequence::NativeText)));
    m_about->setText(tr("&About Guichet"));
    m_about->setToolTip(
        tr("About Guichet (%1)").arg(m_about->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Guichet"),
                       tr("Guichet %1\nCounter desk for secure-document applications.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace guichet::ui
