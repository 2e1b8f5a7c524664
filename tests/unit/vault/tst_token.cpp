// Token credentials of the vault on a real SoftHSM2 token: keyring entries, openWithToken,
// enrolling and removing agents.
#include "crypto/Random.h"
#include "identity/TokenProvider.h"
#include "support/SoftHsmToken.h"
#include "vault/KeyRing.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace guichet::vault;
using guichet::testing::pin;

namespace {

const crypto::ScryptParameters kFast{16384, 8, 1};
const QByteArray kPassphrase("recovery passphrase 42");

} // namespace

class TestVaultToken : public QObject
{
    Q_OBJECT

    testing::SoftHsm m_hsm;
    std::unique_ptr<identity::TokenProvider> m_provider;
    identity::TokenCertificate m_agent1;
    identity::TokenCertificate m_agent2;
    QString m_serial1;
    QString m_serial2;
    int m_counter = 0;

    QString freshPath() { return m_hsm.path(QStringLiteral("vault%1.db").arg(++m_counter)); }

    identity::TokenCertificate readToken(const QString &label, QString *serial)
    {
        auto opened = m_provider->login(label, pin("1234"));
        if (!opened)
            qFatal("login failed: %s", qPrintable(opened.error().toString()));
        *serial = opened->serial;
        auto certificate = m_provider->agentCertificate().value();
        m_provider->logout();
        return certificate;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString log;
        QVERIFY2(m_hsm.setUp(&log), qPrintable(log));
        const testing::AgentCa agency = testing::makeAgentCa();
        const auto &caKey = agency.key;
        const QByteArray &ca = agency.der;
        for (int n = 1; n <= 2; ++n) {
            QVERIFY2(!testing::addAgentToken(m_hsm, QStringLiteral("agent%1").arg(n),
                                             QStringLiteral("agent-000%1").arg(n), caKey, ca,
                                             QStringLiteral("0%1").arg(n), &log)
                          .isEmpty(),
                     qPrintable(log));
        }
        m_provider = identity::TokenProvider::load().value();
        m_agent1 = readToken(QStringLiteral("agent1"), &m_serial1);
        m_agent2 = readToken(QStringLiteral("agent2"), &m_serial2);
    }

    void cleanupTestCase() { m_provider.reset(); }

    void keyRingTokenEntry()
    {
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(ring.addPassphrase(key, kPassphrase, QStringLiteral("recovery"), kFast).ok());
        auto id =
            ring.addToken(key, m_agent1.der, QStringLiteral("agent1"), m_serial1, m_agent1.keyId);
        QVERIFY(id.ok());
        const QString path = m_hsm.path(QStringLiteral("ring.keys"));
        QVERIFY(ring.save(path).ok());

        // The schema of docs/vault.md.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .at(1)
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("token"));
        QCOMPARE(entry.value(QStringLiteral("label")).toString(), QStringLiteral("agent-0001"));
        QCOMPARE(entry.value(QStringLiteral("token_label")).toString(), QStringLiteral("agent1"));
        QCOMPARE(entry.value(QStringLiteral("token_serial")).toString(), m_serial1);
        QCOMPARE(entry.value(QStringLiteral("key_id")).toString(), QStringLiteral("01"));
        QCOMPARE(entry.value(QStringLiteral("mechanism")).toString(),
                 QStringLiteral("rsa-oaep-sha256"));
        QCOMPARE(QByteArray::fromBase64(
                     entry.value(QStringLiteral("certificate")).toString().toLatin1()),
                 m_agent1.der);
        QCOMPARE(
            QByteArray::fromBase64(entry.value(QStringLiteral("wrapped")).toString().toLatin1())
                .size(),
            256);

        auto loaded = KeyRing::load(path);
        QVERIFY(loaded.ok());
        auto unlocked = loaded->unlockWithToken(*m_provider, QStringLiteral("agent1"), pin("1234"));
        QVERIFY2(unlocked.ok(),
                 qPrintable(unlocked.ok() ? QString() : unlocked.error().toString()));
        QVERIFY(unlocked->key.equals(key.view()));
        QCOMPARE(unlocked->entryId, *id);
        QCOMPARE(unlocked->certificate, m_agent1.der);
        m_provider->logout();
        // The passphrase still works beside it.
        QVERIFY(loaded->unlockWithPassphrase(kPassphrase)->equals(key.view()));

        QCOMPARE(loaded->unlockWithToken(*m_provider, QStringLiteral("agent1"), pin("0000"))
                     .error()
                     .code,
                 FailureCode::IdentityWrongPin);
        QCOMPARE(loaded->unlockWithToken(*m_provider, QStringLiteral("agent2"), pin("1234"))
                     .error()
                     .check,
                 QStringLiteral("enrolled"));
        m_provider->logout();
    }

    void keyRingRefusals()
    {
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(
            ring.addToken(key, "garbage", QStringLiteral("agent1"), m_serial1, "\x01").error().code,
            FailureCode::IdentityCertificateInvalid);
        QCOMPARE(ring.addToken(key, m_agent1.der, QStringLiteral("agent1"), QString(), "\x01")
                     .error()
                     .code,
                 FailureCode::InvalidArgument);
        QVERIFY(
            ring.addToken(key, m_agent1.der, QStringLiteral("agent1"), m_serial1, m_agent1.keyId)
                .ok());
        QJsonObject root = QJsonDocument::fromJson(ring.toJson()).object();
        QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.insert(QStringLiteral("mechanism"), QStringLiteral("rsa-pkcs1"));
        entries.replace(0, entry);
        root.insert(QStringLiteral("entries"), entries);
        const QString path = m_hsm.path(QStringLiteral("bad.keys"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QCOMPARE(KeyRing::load(path).error().field, QStringLiteral("keyring.entries.mechanism"));
    }

    void openEnrolRemove()
    {
        const QString path = freshPath();
        {
            auto created = Vault::create(path, kPassphrase, QStringLiteral("supervisor"), kFast);
            QVERIFY(created.ok());
            auto enrolled = (*created)->enrolAgent(m_agent1.der, QStringLiteral("agent1"),
                                                   m_serial1, m_agent1.keyId);
            QVERIFY2(enrolled.ok(),
                     qPrintable(enrolled.ok() ? QString() : enrolled.error().toString()));
            QVERIFY((*created)
                        ->saveDraft({}, QStringLiteral("passport"), QStringLiteral("A"),
                                    R"({"document_type":"passport"})")
                        .ok());
        }
        QByteArray databaseBefore;
        {
            QFile db(path);
            QVERIFY(db.open(QIODevice::ReadOnly));
            databaseBefore = db.readAll();
        }
        QString agent2Entry;
        {
            auto opened =
                Vault::openWithToken(path, *m_provider, QStringLiteral("agent1"), pin("1234"));
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            QCOMPARE((*opened)->agent(), QStringLiteral("agent-0001")); // from the certificate
            QCOMPARE((*opened)->applications()->size(), 1);
            QVERIFY(m_provider->isLoggedIn());
            // The agent enrols a colleague with the key the vault holds.
            auto added = (*opened)->enrolAgent(m_agent2.der, QStringLiteral("agent2"), m_serial2,
                                               m_agent2.keyId);
            QVERIFY(added.ok());
            agent2Entry = *added;
            QCOMPARE((*opened)->credentials()->size(), 3);
            const auto records = (*opened)->auditRecords().value();
            QCOMPARE(records.constLast().action, QStringLiteral("agent_enrol"));
            QCOMPARE(records.constLast().agent, QStringLiteral("agent-0001"));
            QCOMPARE(records.constLast().object, agent2Entry);
        }
        m_provider->logout();
        {
            auto opened =
                Vault::openWithToken(path, *m_provider, QStringLiteral("agent2"), pin("1234"));
            QVERIFY(opened.ok());
            QCOMPARE((*opened)->agent(), QStringLiteral("agent-0002"));
            QCOMPARE(Vault::openWithToken(path, *m_provider, QStringLiteral("agent2"), pin("0000"))
                         .error()
                         .code,
                     FailureCode::IdentityWrongPin);
        }
        m_provider->logout();
        {
            auto opened =
                Vault::openWithPassphrase(path, kPassphrase, QStringLiteral("supervisor"));
            QVERIFY(opened.ok());
            const auto entries = (*opened)->credentials().value();
            QString recovery;
            for (const KeyRingEntry &e : entries) {
                if (e.kind == QLatin1String("passphrase"))
                    recovery = e.id;
            }
            QCOMPARE((*opened)->removeAgent(recovery).error().code, FailureCode::VaultNotFound);
            QVERIFY((*opened)->removeAgent(agent2Entry).ok());
            QCOMPARE((*opened)->removeAgent(agent2Entry).error().code, FailureCode::VaultNotFound);
            QCOMPARE((*opened)->auditRecords()->constLast().action, QStringLiteral("agent_remove"));
            QVERIFY((*opened)->verifyAudit()->ok);
        }
        QCOMPARE(Vault::openWithToken(path, *m_provider, QStringLiteral("agent2"), pin("1234"))
                     .error()
                     .code,
                 FailureCode::VaultWrongCredential);
        m_provider->logout();
        QVERIFY(
            Vault::openWithToken(path, *m_provider, QStringLiteral("agent1"), pin("1234")).ok());
        m_provider->logout();
        // Enrolment rewrote the keyring only: no page of the database changed for it (the audit
        // records went to the WAL; the main file is the same size, and still opens).
        QCOMPARE(QFile(path).size(), databaseBefore.size());
    }
};

QTEST_GUILESS_MAIN(TestVaultToken)
#include "tst_token.moc"
