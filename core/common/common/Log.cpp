// Logging categories and the process-wide filter that keeps debug and secure output off.
#include "common/Log.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "guichet.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "guichet.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "guichet.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMrz, "guichet.mrz", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBarcode, "guichet.barcode", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "guichet.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApdu, "guichet.card.apdu", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "guichet.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApplication, "guichet.application", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "guichet.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "guichet.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "guichet.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "guichet.diagnostics", QtInfoMsg)
// Critical is never used on this category, so by default nothing of it is emitted.
Q_LOGGING_CATEGORY(lcSecure, "guichet.secure", QtCriticalMsg)

namespace guichet::log {

namespace {

std::atomic<bool> g_debug{false};
std::atomic<bool> g_secure{false};
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

bool isGuichetCategory(const char *name)
{
    return qstrncmp(name, "guichet.", 8) == 0;
}

void categoryFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    const char *name = category->categoryName();
    if (!isGuichetCategory(name))
        return;
    if (qstrcmp(name, "guichet.secure") == 0) {
        const bool on = g_secure.load();
        category->setEnabled(QtDebugMsg, on);
        category->setEnabled(QtInfoMsg, on);
        category->setEnabled(QtWarningMsg, on);
        category->setEnabled(QtCriticalMsg, on);
        return;
    }
    category->setEnabled(QtDebugMsg, g_debug.load());
    category->setEnabled(QtInfoMsg, true);
    category->setEnabled(QtWarningMsg, true);
    category->setEnabled(QtCriticalMsg, true);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray text = message.toUtf8();
    const char *category = context.category ? context.category : "default";
#ifdef QT_DEBUG
    if (context.file) {
        std::fprintf(stderr, "%s %s %s: %s (%s:%d)\n", time.constData(), levelName(type), category,
                     text.constData(), context.file, context.line);
    } else
#endif
    {
        std::fprintf(stderr, "%s %s %s: %s\n", time.constData(), levelName(type), category,
                     text.constData());
    }
    std::fflush(stderr);
}

bool envFlag(const char *name)
{
    return qEnvironmentVariableIntValue(name) == 1;
}

} // namespace

Settings settingsFromEnvironment()
{
    Settings settings;
    settings.debug = envFlag("GUICHET_LOG_DEBUG");
#ifdef QT_NO_DEBUG
    settings.secure = false; // release builds never log secure material
#else
    settings.secure = envFlag("GUICHET_LOG_SECURE");
#endif
    return settings;
}

void install(const Settings &settings)
{
    g_debug = settings.debug;
    g_secure = settings.secure;
    static bool installed = false;
    if (!installed) {
        installed = true;
        g_previousFilter = QLoggingCategory::installFilter(categoryFilter);
        qInstallMessageHandler(messageHandler);
    } else {
        // Re-run the filter over every category with the new settings.
        QLoggingCategory::installFilter(categoryFilter);
    }
}

bool secureLoggingEnabled()
{
    return lcSecure().isDebugEnabled();
}

QStringList categoryNames()
{
    return {
        QString::fromLatin1(lcApp().categoryName()),
        QString::fromLatin1(lcUi().categoryName()),
        QString::fromLatin1(lcCrypto().categoryName()),
        QString::fromLatin1(lcMrz().categoryName()),
        QString::fromLatin1(lcBarcode().categoryName()),
        QString::fromLatin1(lcCard().categoryName()),
        QString::fromLatin1(lcApdu().categoryName()),
        QString::fromLatin1(lcIdentity().categoryName()),
        QString::fromLatin1(lcApplication().categoryName()),
        QString::fromLatin1(lcVault().categoryName()),
        QString::fromLatin1(lcSync().categoryName()),
        QString::fromLatin1(lcIntake().categoryName()),
        QString::fromLatin1(lcDiagnostics().categoryName()),
        QString::fromLatin1(lcSecure().categoryName()),
    };
}

} // namespace guichet::log
