// The environment report: versions of the libraries really linked, and the JSON schema.
#include "diagnostics/Environment.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <openssl/crypto.h>

using namespace guichet::diagnostics;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versions()
    {
        const LibraryVersions v = libraryVersions();
        QCOMPARE(v.qtRuntime, QString::fromLatin1(qVersion()));
        QVERIFY(v.qtRuntime.startsWith(QStringLiteral("6.")));
        QVERIFY(v.opensslRuntime.startsWith(QStringLiteral("OpenSSL 3.")));
        QCOMPARE(v.opensslRuntime, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        // Debian 12 ships SQLCipher 3.4.1 on SQLite 3.15.2 (docs/PLATFORM notes).
        QVERIFY2(v.sqlcipher.startsWith(QStringLiteral("3.")), qPrintable(v.sqlcipher));
        QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(v.sqlite).hasMatch());
        QVERIFY(!v.pcscLite.isEmpty());
        QVERIFY(!v.guichet.isEmpty());
    }

    void reportSchema()
    {
        const QJsonObject report = environmentReport();
        for (const char *key : {"application", "platform", "libraries", "pcsc"})
            QVERIFY2(report.value(QLatin1String(key)).isObject(), key);
        const QJsonObject libraries = report.value(QStringLiteral("libraries")).toObject();
        for (const char *key : {"qt", "openssl", "sqlcipher", "pcsc_lite"})
            QVERIFY2(libraries.value(QLatin1String(key)).isObject(), key);
        QVERIFY(report.value(QStringLiteral("pcsc"))
                    .toObject()
                    .value(QStringLiteral("reachable"))
                    .isBool());
        // Round trip through text stays valid JSON.
        const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Compact);
        QJsonParseError error{};
        QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
