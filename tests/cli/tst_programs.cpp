// The three programs as a user runs them: exit codes, help, version, JSON on stdout.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30000,
        const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    // Commands that read standard input see its end instead of waiting for a terminal.
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject parseSingleLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.size() != 1)
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(lines.first(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject{};
}

const QString kCli = QStringLiteral(GUICHET_CLI);

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliVersion()
    {
        const Run r = run(kCli, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("guichet-cli " GUICHET_VERSION));
    }

    void cliHelp()
    {
        const Run r = run(kCli, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: guichet-cli"));
        QVERIFY(r.out.contains("diagnostics"));
        QVERIFY(r.out.contains("mrz"));
        const Run sub = run(kCli, {QStringLiteral("diagnostics"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--pretty"));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("diagnostics"), QStringLiteral("--bogus")}
            << QByteArray("Unknown option 'bogus'");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("diagnostics"), QStringLiteral("extra")}
            << QByteArray("unexpected argument 'extra'");
        QTest::newRow("mrz without action")
            << QStringList{QStringLiteral("mrz")} << QByteArray("expected the action 'parse'");
        QTest::newRow("mrz parse with two texts")
            << QStringList{QStringLiteral("mrz"), QStringLiteral("parse"), QStringLiteral("A"),
                           QStringLiteral("B")}
            << QByteArray("unexpected argument 'B'");
        QTest::newRow("mrz bad reference date")
            << QStringList{QStringLiteral("mrz"), QStringLiteral("parse"),
                           QStringLiteral("--reference-date"), QStringLiteral("22/11/2026"),
                           QStringLiteral("A")}
            << QByteArray("--reference-date takes YYYY-MM-DD");
    }

    void cliUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = run(kCli, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void diagnosticsJson()
    {
        const Run r = run(kCli, {QStringLiteral("diagnostics")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = parseSingleLine(r.out);
        QVERIFY2(!report.isEmpty(), r.out.constData());
        const QJsonObject libraries = report.value(QStringLiteral("libraries")).toObject();
        QVERIFY(libraries.value(QStringLiteral("qt"))
                    .toObject()
                    .value(QStringLiteral("runtime"))
                    .toString()
                    .startsWith(QStringLiteral("6.")));
        QVERIFY(libraries.value(QStringLiteral("openssl"))
                    .toObject()
                    .value(QStringLiteral("runtime"))
                    .toString()
                    .startsWith(QStringLiteral("OpenSSL 3")));
        QVERIFY(!libraries.value(QStringLiteral("sqlcipher"))
                     .toObject()
                     .value(QStringLiteral("cipher_version"))
                     .toString()
                     .isEmpty());
        const QJsonObject pcsc = report.value(QStringLiteral("pcsc")).toObject();
        QVERIFY(pcsc.value(QStringLiteral("reachable")).isBool());
        QVERIFY(pcsc.value(QStringLiteral("readers")).isArray());

        const Run pretty = run(kCli, {QStringLiteral("diagnostics"), QStringLiteral("--pretty")});
        QCOMPARE(pretty.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(pretty.out).isObject());
        QVERIFY(pretty.out.count('\n') > 10);
    }

    void diagnosticsWithPcscd()
    {
        if (qEnvironmentVariableIntValue("GUICHET_EXPECT_PCSCD") != 1)
            QSKIP("runs in tst_programs_pcscd, with the pcscd fixture");
        const Run r = run(kCli, {QStringLiteral("diagnostics")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pcsc = parseSingleLine(r.out).value(QStringLiteral("pcsc")).toObject();
        QCOMPARE(pcsc.value(QStringLiteral("reachable")).toBool(), true);
        QStringList names;
        for (const auto &reader : pcsc.value(QStringLiteral("readers")).toArray())
            names << reader.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("Virtual PCD 00 00")), qPrintable(names.join(u',')));
    }

    void mrzParse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorField"); // of errors[0], or of the error object (exit 2)
        QTest::addColumn<QString>("errorCode");
        const QString td3 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                           "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        QString badComposite = td3;
        badComposite.back() = u'9';
        const QStringList parse{QStringLiteral("mrz"), QStringLiteral("parse"),
                                QStringLiteral("--reference-date"), QStringLiteral("2026-11-22")};
        QTest::newRow("valid TD3")
            << (parse + QStringList{td3}) << QByteArray() << 0 << QString() << QString();
        QTest::newRow("valid TD3 on stdin") << parse << td3.toUtf8() << 0 << QString() << QString();
        QTest::newRow("composite fails") << (parse + QStringList{badComposite}) << QByteArray() << 1
                                         << QStringLiteral("composite") << QStringLiteral("GU-303");
        QTest::newRow("garbage") << (parse + QStringList{QStringLiteral("hello world")})
                                 << QByteArray() << 2 << QStringLiteral("line_1")
                                 << QStringLiteral("GU-301");
        QTest::newRow("empty stdin")
            << parse << QByteArray() << 2 << QStringLiteral("lines") << QStringLiteral("GU-300");
    }

    void mrzParse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, errorField);
        QFETCH(QString, errorCode);
        const Run r = run(kCli, arguments, 30000, input);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        const QJsonObject json = parseSingleLine(r.out);
        QVERIFY2(!json.isEmpty(), r.out.constData());
        if (exitCode == 2) {
            const QJsonObject error = json.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("field")).toString(), errorField);
            QCOMPARE(error.value(QStringLiteral("code")).toString(), errorCode);
            QVERIFY(!r.err.isEmpty());
            return;
        }
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("TD3"));
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), exitCode == 0);
        QCOMPARE(json.value(QStringLiteral("document_code")).toString(), QStringLiteral("P"));
        QCOMPARE(json.value(QStringLiteral("issuing_state")).toString(), QStringLiteral("UTO"));
        QCOMPARE(json.value(QStringLiteral("issuing_state_known")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("document_number")).toString(),
                 QStringLiteral("L898902C3"));
        QCOMPARE(json.value(QStringLiteral("nationality")).toString(), QStringLiteral("UTO"));
        QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1974-08-12"));
        QCOMPARE(json.value(QStringLiteral("expiry_date")).toString(),
                 QStringLiteral("2012-04-15"));
        QCOMPARE(json.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
        QCOMPARE(json.value(QStringLiteral("surname")).toString(), QStringLiteral("ERIKSSON"));
        QCOMPARE(json.value(QStringLiteral("given_names")).toString(),
                 QStringLiteral("ANNA MARIA"));
        QCOMPARE(json.value(QStringLiteral("optional_data")).toString(),
                 QStringLiteral("ZE184226B"));
        QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 5);
        QVERIFY(json.value(QStringLiteral("corrections")).toArray().isEmpty());
        const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
        if (exitCode == 0) {
            QVERIFY(errors.isEmpty());
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), errorField);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("code")).toString(), errorCode);
    }

    void deskStartsAndQuits()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("desk.png"));
        const Run r = run(QStringLiteral(GUICHET_DESK),
                          {QStringLiteral("--quit-after"), QStringLiteral("1500"),
                           QStringLiteral("--screenshot"), shot, QStringLiteral("--lang"),
                           QStringLiteral("fr")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void deskRefusesUnknownLanguage()
    {
        const Run r =
            run(QStringLiteral(GUICHET_DESK), {QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--lang takes 'fr' or 'en'"));
    }

    void intakeHelpAndUnavailableCommands()
    {
        const Run version = run(QStringLiteral(GUICHET_INTAKE), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(GUICHET_VERSION));
        const Run serve = run(QStringLiteral(GUICHET_INTAKE), {QStringLiteral("serve")});
        QCOMPARE(serve.exitCode, 2);
        QVERIFY(serve.err.contains("'serve' is not available in this build"));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
