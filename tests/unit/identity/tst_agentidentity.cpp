// AgentIdentity: id and role from the certificate, validity and the chain to the agent CA.
#include "identity/AgentIdentity.h"
#include "support/SoftHsmToken.h"

#include <QTest>

using namespace guichet;
using namespace guichet::identity;

class TestAgentIdentity : public QObject
{
    Q_OBJECT

    std::optional<crypto::PrivateKey> m_caKey;
    QByteArray m_ca;
    std::optional<crypto::PrivateKey> m_agentKey;

    QByteArray issue(const testing::CertificateRequest &request)
    {
        return testing::issueCertificate(request, m_agentKey->publicKey(), *m_caKey, m_ca);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_caKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        m_ca = testing::issueCertificate({QStringLiteral("Test agent CA"), {}, {}, -1, 3650, true},
                                         m_caKey->publicKey(), *m_caKey);
        m_agentKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        QVERIFY(!m_ca.isEmpty());
    }

    void roles_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QString>("agentId");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("check"); // empty: accepted
        QTest::newRow("agent") << QStringLiteral("agent-0001") << QString()
                               << QStringList{QStringLiteral("agent")}
                               << QStringLiteral("agent-0001") << QStringLiteral("agent")
                               << QString();
        QTest::newRow("supervisor, upper case")
            << QStringLiteral("sup-7") << QString() << QStringList{QStringLiteral("Supervisor")}
            << QStringLiteral("sup-7") << QStringLiteral("supervisor") << QString();
        QTest::newRow("UID before CN")
            << QStringLiteral("Marie Curie") << QStringLiteral("a.0042")
            << QStringList{QStringLiteral("Guichet"), QStringLiteral("agent")}
            << QStringLiteral("a.0042") << QStringLiteral("agent") << QString();
        QTest::newRow("no role") << QStringLiteral("agent-0001") << QString()
                                 << QStringList{QStringLiteral("desk")} << QString() << QString()
                                 << QStringLiteral("role");
        QTest::newRow("both roles")
            << QStringLiteral("agent-0001") << QString()
            << QStringList{QStringLiteral("agent"), QStringLiteral("supervisor")} << QString()
            << QString() << QStringLiteral("role");
        QTest::newRow("name as id")
            << QStringLiteral("Marie Curie") << QString() << QStringList{QStringLiteral("agent")}
            << QString() << QString() << QStringLiteral("agent_id");
    }

    void roles()
    {
        QFETCH(QString, commonName);
        QFETCH(QString, userId);
        QFETCH(QStringList, units);
        QFETCH(QString, agentId);
        QFETCH(QString, role);
        QFETCH(QString, check);
        auto identity = AgentIdentity::fromCertificate(issue({commonName, userId, units}));
        if (!check.isEmpty()) {
            QCOMPARE(identity.error().code, FailureCode::IdentityCertificateInvalid);
            QCOMPARE(identity.error().check, check);
            return;
        }
        QVERIFY(identity.ok());
        QCOMPARE(identity->agentId(), agentId);
        QCOMPARE(roleName(identity->role()), role);
        QVERIFY(identity->notBefore() < identity->notAfter());
        QCOMPARE(identity->publicKey().type(), crypto::KeyType::Ec);
    }

    void validityAndChain_data()
    {
        QTest::addColumn<qint64>("notBeforeDays");
        QTest::addColumn<qint64>("notAfterDays");
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<FailureCode>("code"); // Internal: valid
        QTest::newRow("valid") << qint64{-1} << qint64{365} << false << FailureCode::Internal;
        QTest::newRow("expired") << qint64{-30} << qint64{-1} << false
                                 << FailureCode::IdentityCertificateExpired;
        QTest::newRow("not yet valid")
            << qint64{2} << qint64{365} << false << FailureCode::IdentityCertificateNotYetValid;
        QTest::newRow("other CA") << qint64{-1} << qint64{365} << true
                                  << FailureCode::IdentityCertificateUntrusted;
    }

    void validityAndChain()
    {
        QFETCH(qint64, notBeforeDays);
        QFETCH(qint64, notAfterDays);
        QFETCH(bool, otherCa);
        QFETCH(FailureCode, code);
        QByteArray certificate;
        if (otherCa) {
            auto rogueKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
            const QByteArray rogue =
                testing::issueCertificate({QStringLiteral("Test agent CA"), {}, {}, -1, 3650, true},
                                          rogueKey.publicKey(), rogueKey);
            certificate = testing::issueCertificate(
                {QStringLiteral("agent-0001"), {}, {QStringLiteral("agent")}},
                m_agentKey->publicKey(), rogueKey, rogue);
        } else {
            certificate = issue({QStringLiteral("agent-0001"),
                                 {},
                                 {QStringLiteral("agent")},
                                 notBeforeDays,
                                 notAfterDays});
        }
        auto identity = AgentIdentity::fromCertificate(certificate);
        QVERIFY(identity.ok());
        auto verdict = identity->verify(m_ca);
        if (code == FailureCode::Internal) {
            QVERIFY2(verdict.ok(),
                     qPrintable(verdict.ok() ? QString() : verdict.error().toString()));
            return;
        }
        QCOMPARE(verdict.error().code, code);
        QCOMPARE(verdict.error().field, QStringLiteral("agent_certificate"));
    }

    void verifiedAtAnotherTime()
    {
        auto identity = AgentIdentity::fromCertificate(
            issue({QStringLiteral("agent-0001"), {}, {QStringLiteral("agent")}}));
        QVERIFY(identity.ok());
        QCOMPARE(identity->verify(m_ca, QDateTime::currentDateTimeUtc().addYears(2)).error().code,
                 FailureCode::IdentityCertificateExpired);
    }

    void malformed()
    {
        QCOMPARE(AgentIdentity::fromCertificate("not a certificate").error().code,
                 FailureCode::IdentityCertificateInvalid);
        auto identity = AgentIdentity::fromCertificate(
            issue({QStringLiteral("agent-0001"), {}, {QStringLiteral("agent")}}));
        QCOMPARE(identity->verify("garbage").error().field, QStringLiteral("agent_ca"));
        QByteArray trailing = identity->certificateDer() + '\0';
        QCOMPARE(AgentIdentity::fromCertificate(trailing).error().check, QStringLiteral("der"));
    }
};

QTEST_GUILESS_MAIN(TestAgentIdentity)
#include "tst_agentidentity.moc"
