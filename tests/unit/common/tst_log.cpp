// The logging setup: debug and secure output are off unless explicitly enabled.
#include "common/Log.h"

#include <QTest>

using namespace guichet;

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsArePrivacySafe()
    {
        // Before install(): the category defaults themselves must be safe.
        QVERIFY(!lcSecure().isDebugEnabled());
        QVERIFY(!lcSecure().isInfoEnabled());
        QVERIFY(!lcSecure().isWarningEnabled());
        QVERIFY(!lcCard().isDebugEnabled());
        QVERIFY(lcCard().isInfoEnabled());
        QVERIFY(!log::secureLoggingEnabled());
    }

    void installHonoursSettings()
    {
        log::install(log::Settings{true, false});
        QVERIFY(lcVault().isDebugEnabled());
        QVERIFY(!lcSecure().isDebugEnabled());

        log::install(log::Settings{false, true});
        QVERIFY(!lcVault().isDebugEnabled());
        QVERIFY(lcSecure().isDebugEnabled());
        QVERIFY(log::secureLoggingEnabled());

        log::install(log::Settings{});
        QVERIFY(!lcSecure().isDebugEnabled());
        QVERIFY(!lcVault().isDebugEnabled());
        QVERIFY(lcVault().isInfoEnabled());
    }

    void environmentSettings()
    {
        qputenv("GUICHET_LOG_DEBUG", "1");
        qputenv("GUICHET_LOG_SECURE", "1");
        const auto settings = log::settingsFromEnvironment();
        QVERIFY(settings.debug);
#ifdef QT_NO_DEBUG
        QVERIFY(!settings.secure); // never in release builds
#else
        QVERIFY(settings.secure);
#endif
        qunsetenv("GUICHET_LOG_DEBUG");
        qunsetenv("GUICHET_LOG_SECURE");
        const auto none = log::settingsFromEnvironment();
        QVERIFY(!none.debug);
        QVERIFY(!none.secure);
    }

    void categoriesAreNamespaced()
    {
        const QStringList names = log::categoryNames();
        QVERIFY(names.size() >= 10);
        for (const QString &name : names)
            QVERIFY2(name.startsWith(QStringLiteral("guichet.")), qPrintable(name));
        QVERIFY(names.contains(QStringLiteral("guichet.secure")));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
