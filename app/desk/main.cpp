// guichet: the desk application.
#include "DeskWiring.h"

#include "common/Log.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/VaultService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Guichet"));
    QApplication::setOrganizationName(QStringLiteral("Guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("guichet"));
    guichet::log::install(guichet::log::settingsFromEnvironment());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Counter desk for secure-document applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("Interface language: fr or en (default: "
                       "French unless the system locale is English)."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once shown (for review), then keep running."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QStringLiteral("Quit after this many milliseconds (smoke tests, demos without display)."),
        QStringLiteral("ms"));
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QStringLiteral("The vault file (default: the 'vault/path' setting, else desk.vault in "
                       "the application data directory). Created at first sign-in."),
        QStringLiteral("path"));
    parser.addOptions({language, screenshot, quitAfter, vaultOption});
    parser.process(app);

    QString lang = guichet::ui::chooseLanguage(QLocale::system());
    if (parser.isSet(language)) {
        lang = parser.value(language);
        if (lang != QLatin1String("fr") && lang != QLatin1String("en")) {
            std::fprintf(stderr, "guichet: --lang takes 'fr' or 'en'\n");
            return 2;
        }
    }
    guichet::ui::installTranslations(app, lang);

    QString vaultPath = parser.value(vaultOption);
    if (vaultPath.isEmpty()) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        vaultPath = QSettings()
                        .value(QStringLiteral("vault/path"),
                               QDir(dataDir).filePath(QStringLiteral("desk.vault")))
                        .toString();
        if (!QDir().mkpath(QFileInfo(vaultPath).absolutePath()))
            qCWarning(lcApp) << "could not create the vault's directory";
    }

    guichet::ui::VaultService vaultService;
    guichet::ui::MainWindow window;
    window.attachVault(&vaultService, vaultPath);
    guichet::desk::DeskWiring wiring(&window);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            if (!window.grab().save(file, "PNG"))
                qCWarning(lcApp) << "could not save the screenshot";
        });
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            std::fprintf(stderr, "guichet: --quit-after takes a number of milliseconds\n");
            return 2;
        }
        QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
