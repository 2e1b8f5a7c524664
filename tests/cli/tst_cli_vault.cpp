// `guichet-cli vault|draft|audit` as a user runs them: JSON, exit codes, every refusal, with
// the recovery passphrase and with agent tokens (a real SoftHSM2 token per run).
#include "support/SoftHsmToken.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

class TestCliVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_pass;
    guichet::testing::SoftHsm m_hsm;
    QString m_tokenVault;
    QString m_pin;
    QString m_agent2Certificate;

    QStringList withToken(QStringList arguments, const QString &label = QStringLiteral("agent1"),
                          const QString &pin = {})
    {
        arguments << QStringLiteral("--vault") << m_tokenVault << QStringLiteral("--token-label")
                  << label << QStringLiteral("--pin-file") << (pin.isEmpty() ? m_pin : pin);
        return arguments;
    }

    static QString errorId(const Run &run)
    {
        return run.json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    QString file(const QString &name, const QByteArray &content)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    Run cli(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GUICHET_CLI), arguments);
        if (!process.waitForFinished(60000))
            return {};
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList withVault(QStringList arguments, const QString &pass = {})
    {
        arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--passphrase-file")
                  << (pass.isEmpty() ? m_pass : pass);
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("desk.db"));
        m_pass = file(QStringLiteral("pass"), "a long recovery passphrase\n");
        const Run created = cli(withVault({QStringLiteral("vault"), QStringLiteral("create")}));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(!created.json.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(created.json.value(QStringLiteral("schema")).toInt(), 2);
        QVERIFY(QFile::exists(m_vault + QStringLiteral(".keys")));
        QCOMPARE(QFile(m_vault).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Agent tokens: agent1 and agent2 (RSA-2048, certificates of a test agent CA).
        QString log;
        QVERIFY2(m_hsm.setUp(&log), qPrintable(log));
        const guichet::testing::AgentCa agency = guichet::testing::makeAgentCa();
        const auto &caKey = agency.key;
        const QByteArray &ca = agency.der;
        for (int n = 1; n <= 2; ++n) {
            const QByteArray certificate = guichet::testing::addAgentToken(
                m_hsm, QStringLiteral("agent%1").arg(n), QStringLiteral("agent-000%1").arg(n),
                caKey, ca, QStringLiteral("0%1").arg(n), &log);
            QVERIFY2(!certificate.isEmpty(), qPrintable(log));
            if (n == 2)
                m_agent2Certificate =
                    file(QStringLiteral("agent2.pem"), "-----BEGIN CERTIFICATE-----\n" +
                                                           certificate.toBase64() +
                                                           "\n-----END CERTIFICATE-----\n");
        }
        m_pin = file(QStringLiteral("pin"), "1234\n");
        m_tokenVault = m_dir.filePath(QStringLiteral("token.db"));
        const Run tokenCreated = cli(withToken({QStringLiteral("vault"), QStringLiteral("create"),
                                                QStringLiteral("--passphrase-file"), m_pass}));
        QVERIFY2(tokenCreated.exitCode == 0, tokenCreated.err.constData());
        const QJsonObject agent = tokenCreated.json.value(QStringLiteral("agent")).toObject();
        QCOMPARE(agent.value(QStringLiteral("agent")).toString(), QStringLiteral("agent-0001"));
        QCOMPARE(agent.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(agent.value(QStringLiteral("key_id")).toString(), QStringLiteral("01"));
    }

    void fullCycle()
    {
        const QString json =
            file(QStringLiteral("app.json"),
                 R"({"document_type":"cni","applicant":{"surname":"MARTIN","given_names":"Luc"}})");
        const Run put = cli(withVault(
            {QStringLiteral("draft"), QStringLiteral("put"), QStringLiteral("--json"), json}));
        QVERIFY2(put.exitCode == 0, put.err.constData());
        const QString id = put.json.value(QStringLiteral("id")).toString();
        QCOMPARE(put.json.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(put.json.value(QStringLiteral("label")).toString(), QStringLiteral("MARTIN Luc"));

        const Run again =
            cli(withVault({QStringLiteral("draft"), QStringLiteral("put"), QStringLiteral("--json"),
                           json, QStringLiteral("--id"), id}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value(QStringLiteral("revision")).toInt(), 2);

        const Run list = cli(withVault({QStringLiteral("draft"), QStringLiteral("list")}));
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.json.value(QStringLiteral("applications")).toArray().isEmpty());

        const Run finalised = cli(withVault(
            {QStringLiteral("draft"), QStringLiteral("finalise"), QStringLiteral("--id"), id}));
        QCOMPARE(finalised.exitCode, 0);
        QCOMPARE(finalised.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("finalised"));

        const Run get = cli(withVault(
            {QStringLiteral("draft"), QStringLiteral("get"), QStringLiteral("--id"), id}));
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.json.value(QStringLiteral("document"))
                     .toObject()
                     .value(QStringLiteral("document_type")),
                 QJsonValue(QStringLiteral("cni")));

        const Run audit = cli(withVault({QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(audit.json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(audit.json.value(QStringLiteral("records")).toInt() >= 4);
        QVERIFY(audit.json.value(QStringLiteral("first_bad")).isNull());
    }

    void tokenCycle()
    {
        const QString json = file(QStringLiteral("token-app.json"), R"({"document_type":"cni"})");
        const Run put = cli(withToken(
            {QStringLiteral("draft"), QStringLiteral("put"), QStringLiteral("--json"), json}));
        QVERIFY2(put.exitCode == 0, put.err.constData());
        const Run list = cli(withToken({QStringLiteral("draft"), QStringLiteral("list")}));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.value(QStringLiteral("applications")).toArray().size(), 1);
        const Run audit = cli(withToken({QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(audit.json.value(QStringLiteral("ok")).toBool(), true);
        // The recovery passphrase opens the same vault.
        const QStringList byPassphrase{QStringLiteral("draft"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--vault"),
                                       m_tokenVault,
                                       QStringLiteral("--passphrase-file"),
                                       m_pass};
        QCOMPARE(cli(byPassphrase).exitCode, 0);
    }

    void tokenRefusals()
    {
        const Run wrongPin =
            cli(withToken({QStringLiteral("draft"), QStringLiteral("list")},
                          QStringLiteral("agent1"), file(QStringLiteral("badpin"), "0000")));
        QCOMPARE(wrongPin.exitCode, 1);
        QCOMPARE(errorId(wrongPin), QStringLiteral("identity.wrong_pin"));
        QVERIFY(!wrongPin.err.contains("0000"));
        const Run otherCard = cli(
            withToken({QStringLiteral("draft"), QStringLiteral("list")}, QStringLiteral("nobody")));
        QCOMPARE(errorId(otherCard), QStringLiteral("identity.token_not_found"));
        const Run notEnrolled = cli(
            withToken({QStringLiteral("draft"), QStringLiteral("list")}, QStringLiteral("agent2")));
        QCOMPARE(errorId(notEnrolled), QStringLiteral("vault.wrong_credential"));
        // A workstation where no card is inserted: SoftHSM2 with an empty token directory.
        QDir().mkpath(m_dir.filePath(QStringLiteral("no-tokens")));
        const QString conf =
            file(QStringLiteral("empty.conf"),
                 "directories.tokendir = " + m_dir.filePath(QStringLiteral("no-tokens")).toUtf8() +
                     "\n");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOFTHSM2_CONF"), conf);
        const Run noCard =
            cli(withToken({QStringLiteral("draft"), QStringLiteral("list")}), environment);
        QCOMPARE(noCard.exitCode, 1);
        QCOMPARE(errorId(noCard), QStringLiteral("identity.no_token"));
        environment.insert(QStringLiteral("GUICHET_PKCS11_MODULE"),
                           QStringLiteral("/nonexistent.so"));
        const Run noModule =
            cli(withToken({QStringLiteral("draft"), QStringLiteral("list")}), environment);
        QCOMPARE(errorId(noModule), QStringLiteral("identity.module_error"));
        const Run createWithoutRecovery =
            cli(withToken({QStringLiteral("vault"), QStringLiteral("create")}));
        QCOMPARE(createWithoutRecovery.exitCode, 2);
        QVERIFY(createWithoutRecovery.err.contains("recovery passphrase"));
    }

    void enrolAndRemoveAgent()
    {
        const Run enrolled =
            cli({QStringLiteral("vault"), QStringLiteral("enrol-agent"), QStringLiteral("--vault"),
                 m_tokenVault, QStringLiteral("--passphrase-file"), m_pass,
                 QStringLiteral("--certificate"), m_agent2Certificate,
                 QStringLiteral("--token-label"), QStringLiteral("agent2")});
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        QCOMPARE(enrolled.json.value(QStringLiteral("agent")).toString(),
                 QStringLiteral("agent-0002"));
        QCOMPARE(enrolled.json.value(QStringLiteral("key_id")).toString(), QStringLiteral("02"));
        const QString entry = enrolled.json.value(QStringLiteral("entry")).toString();
        QVERIFY(!entry.isEmpty());
        QCOMPARE(cli(withToken({QStringLiteral("audit"), QStringLiteral("verify")},
                               QStringLiteral("agent2")))
                     .exitCode,
                 0);
        // A certificate the token does not hold is refused.
        const Run elsewhere =
            cli({QStringLiteral("vault"), QStringLiteral("enrol-agent"), QStringLiteral("--vault"),
                 m_tokenVault, QStringLiteral("--passphrase-file"), m_pass,
                 QStringLiteral("--certificate"), m_agent2Certificate,
                 QStringLiteral("--token-label"), QStringLiteral("agent1")});
        QCOMPARE(errorId(elsewhere), QStringLiteral("identity.no_certificate"));

        const Run removed = cli(withToken({QStringLiteral("vault"), QStringLiteral("remove-agent"),
                                           QStringLiteral("--entry"), entry}));
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(removed.json.value(QStringLiteral("removed")).toString(), entry);
        const Run gone = cli(
            withToken({QStringLiteral("draft"), QStringLiteral("list")}, QStringLiteral("agent2")));
        QCOMPARE(errorId(gone), QStringLiteral("vault.wrong_credential"));
        const Run again = cli(withToken({QStringLiteral("vault"), QStringLiteral("remove-agent"),
                                         QStringLiteral("--entry"), entry}));
        QCOMPARE(errorId(again), QStringLiteral("vault.not_found"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withCredential");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("stderrText");
        QTest::newRow("no action") << QStringList{QStringLiteral("draft")} << true << 2 << QString()
                                   << QByteArray("expected one of put, get, list, finalise");
        QTest::newRow("get without id")
            << QStringList{QStringLiteral("draft"), QStringLiteral("get")} << true << 2 << QString()
            << QByteArray("--id ID is required");
        QTest::newRow("put without json")
            << QStringList{QStringLiteral("draft"), QStringLiteral("put")} << true << 2 << QString()
            << QByteArray("--json FILE is required");
        QTest::newRow("no credential")
            << QStringList{QStringLiteral("draft"), QStringLiteral("list"),
                           QStringLiteral("--vault"), QStringLiteral("x.db")}
            << false << 2 << QString() << QByteArray("a credential is required");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("draft"), QStringLiteral("get"), QStringLiteral("--id"),
                           QStringLiteral("nope")}
            << true << 1 << QStringLiteral("GU-605") << QByteArray("vault.not_found");
        QTest::newRow("token without pin")
            << QStringList{QStringLiteral("draft"), QStringLiteral("list"),
                           QStringLiteral("--token-label"), QStringLiteral("agent1")}
            << true << 2 << QString() << QByteArray("go together");
        QTest::newRow("create over existing")
            << QStringList{QStringLiteral("vault"), QStringLiteral("create")} << true << 1
            << QStringLiteral("GU-604") << QByteArray("vault.exists");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withCredential);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QByteArray, stderrText);
        const Run run = cli(withCredential ? withVault(arguments) : arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(stderrText), run.err.constData());
        if (!code.isEmpty())
            QCOMPARE(run.json.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     code);
    }

    void wrongPassphrase()
    {
        const QString bad = file(QStringLiteral("bad"), "not the passphrase at all");
        const Run run = cli(withVault({QStringLiteral("audit"), QStringLiteral("verify")}, bad));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("vault.wrong_credential"));
    }

    void badDocument()
    {
        const QString notJson = file(QStringLiteral("bad.json"), "{\"document_type\": ");
        const Run run = cli(withVault(
            {QStringLiteral("draft"), QStringLiteral("put"), QStringLiteral("--json"), notJson}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("json"));
        const QString noType = file(QStringLiteral("notype.json"), "{}");
        const Run typeless = cli(withVault(
            {QStringLiteral("draft"), QStringLiteral("put"), QStringLiteral("--json"), noType}));
        QCOMPARE(typeless.exitCode, 1);
        QCOMPARE(typeless.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("document_type"));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
