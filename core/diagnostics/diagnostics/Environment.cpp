// Collection of library versions and platform facts for the diagnostics report.
#include "diagnostics/Environment.h"

#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <sqlcipher/sqlite3.h>

#include <PCSC/pcsclite.h>

namespace guichet::diagnostics {

namespace {

QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            const auto *text = sqlite3_column_text(statement, 0);
            if (text)
                version = QString::fromUtf8(reinterpret_cast<const char *>(text));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

} // namespace

LibraryVersions libraryVersions()
{
    LibraryVersions v;
    v.guichet = QStringLiteral(GUICHET_VERSION);
    v.buildType = QStringLiteral(GUICHET_BUILD_TYPE);
    v.qtRuntime = QString::fromLatin1(qVersion());
    v.qtCompiled = QStringLiteral(QT_VERSION_STR);
    v.opensslRuntime = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v.opensslCompiled = QStringLiteral(OPENSSL_VERSION_TEXT);
    v.sqlcipher = sqlcipherVersion();
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    v.pcscLite = QStringLiteral(PCSCLITE_VERSION_NUMBER);
    return v;
}

QJsonObject toJson(const PcscStatus &status)
{
    QJsonArray readers;
    for (const auto &reader : status.readers) {
        readers.append(QJsonObject{
            {QStringLiteral("name"), reader.name},
            {QStringLiteral("card_present"), reader.cardPresent},
            {QStringLiteral("atr"),
             reader.atr.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QString::fromLatin1(reader.atr.toHex().toUpper()))},
        });
    }
    return QJsonObject{
        {QStringLiteral("reachable"), status.reachable},
        {QStringLiteral("error"),
         status.errorName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(status.errorName)},
        {QStringLiteral("error_message"), status.errorMessage.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(status.errorMessage)},
        {QStringLiteral("readers"), readers},
    };
}

QJsonObject environmentReport()
{
    const LibraryVersions v = libraryVersions();
    const QJsonObject application{
        {QStringLiteral("name"), QStringLiteral("Guichet")},
        {QStringLiteral("version"), v.guichet},
        {QStringLiteral("build_type"), v.buildType},
    };
    const QJsonObject platform{
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("cpu_architecture"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("locale"), QLocale::system().name()},
        {QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
    };
    const QJsonObject libraries{
        {QStringLiteral("qt"), QJsonObject{{QStringLiteral("runtime"), v.qtRuntime},
                                           {QStringLiteral("compiled"), v.qtCompiled}}},
        {QStringLiteral("openssl"), QJsonObject{{QStringLiteral("runtime"), v.opensslRuntime},
                                                {QStringLiteral("compiled"), v.opensslCompiled}}},
        {QStringLiteral("sqlcipher"),
         QJsonObject{{QStringLiteral("cipher_version"), v.sqlcipher.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(v.sqlcipher)},
                     {QStringLiteral("sqlite"), v.sqlite}}},
        {QStringLiteral("pcsc_lite"), QJsonObject{{QStringLiteral("compiled"), v.pcscLite}}},
    };
    return QJsonObject{
        {QStringLiteral("application"), application},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("libraries"), libraries},
        {QStringLiteral("pcsc"), toJson(probePcsc())},
    };
}

} // namespace guichet::diagnostics
