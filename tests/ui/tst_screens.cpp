// Renders every main screen in French and English to PNG files for review
// (<build>/tests/ui/screenshots/<screen>_<language>.png).
#include "DeskFixture.h"

#include "ui/ApplicationPage.h"
#include "ui/Language.h"
#include "ui/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTableView>

using namespace guichet;

class TestScreens : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget &window, const QString &screen, const QString &language)
    {
        const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const QString file = dir.filePath(screen + u'_' + language + QStringLiteral(".png"));
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(image.width() >= 800);
        QVERIFY(image.save(file, "PNG"));
        qInfo("%s", qPrintable(file));
    }

private Q_SLOTS:
    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screens()
    {
        QFETCH(QString, language);
        QVERIFY(ui::installTranslations(*qApp, language));
        test::DeskFixture desk;
        desk.seed(true);
        desk.window.resize(1280, 900);
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        save(desk.window, QStringLiteral("signin"), language);

        QVERIFY(desk.signIn());
        QTRY_COMPARE(desk.window.todayPage()->view()->model()->rowCount(), 1);
        save(desk.window, QStringLiteral("today"), language);

        auto *view = desk.window.todayPage()->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        desk.find<QPushButton>("openApplicationButton")->click();
        QTRY_COMPARE(desk.window.currentPage(), desk.window.applicationPage());
        save(desk.window, QStringLiteral("application"), language);

        desk.window.todayPage()->setFocus();
        desk.find<QPushButton>("backButton")->click();
        QTRY_COMPARE(desk.window.currentPage(), desk.window.todayPage());
        desk.window.todayPage()->newAction()->trigger();
        save(desk.window, QStringLiteral("new_application"), language);
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
