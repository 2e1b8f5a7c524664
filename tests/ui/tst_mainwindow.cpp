// The main window: title, languages, status-bar indicators, accessibility and shortcuts.
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/StatusIndicator.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace guichet::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Any warning fails the test, except the offscreen platform's note on size hints.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void languageChoice_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("fr");
        QTest::newRow("English UK") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("English US") << QStringLiteral("en_US") << QStringLiteral("en");
        QTest::newRow("German falls back to French")
            << QStringLiteral("de_DE") << QStringLiteral("fr");
        QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("fr");
    }

    void languageChoice()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(chooseLanguage(QLocale(locale)), language);
    }

    void frenchByDefault()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("fr")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Guichet"));
        auto *heading = window.findChild<QLabel *>(QStringLiteral("welcomeHeading"));
        QVERIFY(heading);
        QCOMPARE(heading->text(), QStringLiteral("Demandes de titres sécurisés"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(window.readerIndicator()->text(), QStringLiteral("Lecteur : vérification…"));
        QCOMPARE(window.networkIndicator()->text(), QStringLiteral("Réseau : inconnu"));
    }

    void englishAndSwitchingLive()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        MainWindow window;
        auto *heading = window.findChild<QLabel *>(QStringLiteral("welcomeHeading"));
        QCOMPARE(heading->text(), QStringLiteral("Secure-document applications"));
        QCOMPARE(window.readerIndicator()->text(), QStringLiteral("Reader: checking…"));

        // A language change reaches every visible string without recreating the window.
        // (QApplication posts the change to every top-level widget.)
        QVERIFY(installTranslations(*qApp, QStringLiteral("fr")));
        QTRY_COMPARE(heading->text(), QStringLiteral("Demandes de titres sécurisés"));
        QCOMPARE(window.readerIndicator()->text(), QStringLiteral("Lecteur : vérification…"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Guichet"));
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        QTRY_COMPARE(window.networkIndicator()->text(), QStringLiteral("Network: unknown"));
    }

    void indicatorsFollowState()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        MainWindow window;
        auto *reader = window.readerIndicator();
        QVERIFY(window.statusBar()->isAncestorOf(reader));
        reader->setState(ReaderIndicator::State::NoService);
        QCOMPARE(reader->text(), QStringLiteral("Reader: smart-card service unavailable"));
        reader->setState(ReaderIndicator::State::CardPresent);
        QCOMPARE(reader->text(), QStringLiteral("Reader: card present"));
        QCOMPARE(reader->accessibleName(), QStringLiteral("Card reader status"));
        QCOMPARE(reader->accessibleDescription(), reader->text());

        auto *network = window.networkIndicator();
        network->setState(NetworkIndicator::State::Offline);
        QCOMPARE(network->text(), QStringLiteral("Network: offline"));
        QCOMPARE(network->accessibleName(), QStringLiteral("Network status"));
    }

    void quitShortcut()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(quit->toolTip().contains(quit->shortcut().toString(QKeySequence::NativeText)));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
