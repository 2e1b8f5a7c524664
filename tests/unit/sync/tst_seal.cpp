// Sealing and opening batches: round trip, what the intake can check unopened, and every
// tampering, wrong key and untrusted certificate refused with its own code.
#include "sync/BatchOpener.h"
#include "sync/BatchSealer.h"
#include "vault/Vault.h"

#include "support/TestPki.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

struct Agency {
    crypto::PrivateKey processingKey = crypto::PrivateKey::generateRsa(2048).value();
    QByteArray processingCertificate;
    crypto::PrivateKey agentCaKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    QByteArray agentCa;
    crypto::PrivateKey agentKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    QByteArray agentCertificate;
    crypto::PrivateKey workstationCaKey =
        crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    QByteArray workstationCa;
    crypto::PrivateKey workstationKey =
        crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    QByteArray workstationCertificate;

    Agency()
    {
        processingCertificate = test::makeCertificate(processingKey, QStringLiteral("processing"));
        agentCa = test::makeCertificate(agentCaKey, QStringLiteral("agent CA"), nullptr, {}, true);
        agentCertificate =
            test::makeCertificate(agentKey, QStringLiteral("agent-0042"), &agentCaKey, agentCa);
        workstationCa = test::makeCertificate(workstationCaKey, QStringLiteral("workstation CA"),
                                              nullptr, {}, true);
        workstationCertificate = test::makeCertificate(
            workstationKey, QStringLiteral("ws-paris-01"), &workstationCaKey, workstationCa);
    }
};

const QByteArray kMarker("SEALMARKERXQ");

} // namespace

class TestSeal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Agency m_agency;
    int m_counter = 0;

    std::unique_ptr<vault::Vault> vaultWith(int finalised, int drafts)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(++m_counter));
        auto vault =
            vault::Vault::create(path, "seal test passphrase", QStringLiteral("agent-0042"),
                                 crypto::ScryptParameters{16384, 8, 1})
                .value();
        for (int i = 0; i < finalised + drafts; ++i) {
            const QByteArray document =
                QByteArrayLiteral("{\"document_type\":\"passport\",\"applicant\":{\"surname\":\"") +
                kMarker + QByteArray::number(i) + QByteArrayLiteral("\"}}");
            const auto saved =
                vault->saveDraft({}, QStringLiteral("passport"), QStringLiteral("x"), document);
            if (i < finalised)
                (void)vault->finalise(saved->id);
        }
        return vault;
    }

    sync::SealParameters parameters(const QString &outbox)
    {
        sync::SealParameters p;
        p.workstation = QStringLiteral("ws-paris-01");
        p.sequence = 1;
        p.processingCertificate = m_agency.processingCertificate;
        p.agentKey = m_agency.agentKey.native();
        p.agentCertificate = m_agency.agentCertificate;
        p.workstationKey = &m_agency.workstationKey;
        p.workstationCertificate = m_agency.workstationCertificate;
        p.outputDirectory = outbox;
        return p;
    }

    sync::OpenParameters openParameters()
    {
        return {&m_agency.processingKey, m_agency.processingCertificate, m_agency.agentCa,
                m_agency.workstationCa};
    }

    sync::SealedBatch sealed(vault::Vault &vault, const QString &outbox)
    {
        auto batch = sync::BatchSealer::seal(vault, parameters(outbox));
        if (!batch)
            qFatal("seal failed: %s", qPrintable(batch.error().toString()));
        return std::move(batch).value();
    }

private Q_SLOTS:
    void roundTrip()
    {
        auto vault = vaultWith(3, 1);
        const QString outbox = m_dir.filePath(QStringLiteral("outbox1"));
        int progressCalls = 0;
        auto batch = sync::BatchSealer::seal(*vault, parameters(outbox),
                                             [&progressCalls](int done, int total, qint64) {
                                                 ++progressCalls;
                                                 QVERIFY(done <= total);
                                             });
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(progressCalls, 3);
        QCOMPARE(batch->manifest.applicationIds.size(), 3);
        QVERIFY(QFile::exists(batch->ciphertextPath));
        QVERIFY(!QFile::exists(batch->ciphertextPath + QStringLiteral(".part")));
        QCOMPARE(QFileInfo(batch->ciphertextPath).size(), batch->manifest.ciphertextBytes);

        // The intake's view: manifest signed by a trusted workstation, content hash matches.
        QVERIFY(sync::verifyManifest(batch->manifest, batch->ciphertextPath, m_agency.workstationCa)
                    .ok());

        // The back office's view.
        auto opened = sync::openBatch(batch->manifest, batch->ciphertextPath, openParameters());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(opened->applications.size(), 3);
        QVERIFY(opened->agentSubject.contains(QStringLiteral("agent-0042")));
        QCOMPARE(opened->header.value(QStringLiteral("vault_id")).toString(), vault->id());
        QVERIFY(opened->audit.size() >= 7);
        const QJsonObject first =
            opened->applications.first().value(QStringLiteral("document")).toObject();
        QVERIFY(first.value(QStringLiteral("applicant"))
                    .toObject()
                    .value(QStringLiteral("surname"))
                    .toString()
                    .startsWith(QString::fromLatin1(kMarker)));

        // The applications are now sealed, the draft is not.
        int sealedCount = 0;
        for (const auto &app : *vault->applications())
            sealedCount += app.status == vault::ApplicationStatus::Sealed ? 1 : 0;
        QCOMPARE(sealedCount, 3);
        QVERIFY(vault->verifyAudit()->ok);

        // Nothing readable in the outbox.
        for (const QString &name : QDir(outbox).entryList(QDir::Files)) {
            QFile file(QDir(outbox).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kMarker), qPrintable(name));
        }
        // Nothing left to seal.
        QCOMPARE(sync::BatchSealer::seal(*vault, parameters(outbox)).error().code,
                 FailureCode::SyncNothingToSeal);
    }

    void tamperedCiphertext()
    {
        auto vault = vaultWith(1, 0);
        const auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox2")));
        QFile file(batch.ciphertextPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        char byte = 0;
        file.getChar(&byte);
        file.seek(file.size() / 2);
        file.putChar(static_cast<char>(byte ^ 0x01));
        file.close();
        auto verdict = sync::verifyManifest(batch.manifest, batch.ciphertextPath);
        QCOMPARE(verdict.error().code, FailureCode::SyncBatchInvalid);
        QCOMPARE(verdict.error().field, QStringLiteral("batch.ciphertext_sha256"));
    }

    void tamperedManifest()
    {
        auto vault = vaultWith(1, 0);
        auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox3")));
        batch.manifest.sequence = 2; // a replay under another sequence number
        auto verdict = sync::verifyManifest(batch.manifest, batch.ciphertextPath);
        QCOMPARE(verdict.error().code, FailureCode::SyncSignatureInvalid);
        QCOMPARE(verdict.error().field, QStringLiteral("manifest.signature"));
    }

    void untrustedWorkstation()
    {
        auto vault = vaultWith(1, 0);
        const auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox4")));
        const auto otherCaKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        const QByteArray otherCa =
            test::makeCertificate(otherCaKey, QStringLiteral("other CA"), nullptr, {}, true);
        auto verdict = sync::verifyManifest(batch.manifest, batch.ciphertextPath, otherCa);
        QCOMPARE(verdict.error().code, FailureCode::SyncSignatureInvalid);
        QCOMPARE(verdict.error().check, QStringLiteral("chain"));
    }

    void wrongProcessingKey()
    {
        auto vault = vaultWith(1, 0);
        const auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox5")));
        const auto otherKey = crypto::PrivateKey::generateRsa(2048).value();
        const QByteArray otherCertificate =
            test::makeCertificate(otherKey, QStringLiteral("old processing"));
        sync::OpenParameters p = openParameters();
        p.processingKey = &otherKey;
        p.processingCertificate = otherCertificate;
        auto opened = sync::openBatch(batch.manifest, batch.ciphertextPath, p);
        QCOMPARE(opened.error().code, FailureCode::SyncDecryptFailed);
    }

    void untrustedAgent()
    {
        auto vault = vaultWith(1, 0);
        const auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox6")));
        sync::OpenParameters p = openParameters();
        p.agentCaCertificate = m_agency.workstationCa; // not the agents' CA
        auto opened = sync::openBatch(batch.manifest, batch.ciphertextPath, p);
        QCOMPARE(opened.error().code, FailureCode::SyncSignatureInvalid);
        QCOMPARE(opened.error().field, QStringLiteral("batch.agent_signature"));
    }

    void manifestParsing()
    {
        auto vault = vaultWith(1, 0);
        const auto batch = sealed(*vault, m_dir.filePath(QStringLiteral("outbox7")));
        QFile file(batch.manifestPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        auto parsed = sync::BatchManifest::fromJson(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->signedBytes(), batch.manifest.signedBytes());
        QVERIFY(sync::verifyManifest(*parsed, batch.ciphertextPath, m_agency.workstationCa).ok());
        QCOMPARE(sync::BatchManifest::fromJson("{}").error().code,
                 FailureCode::SyncManifestInvalid);
        QJsonObject broken = QJsonDocument::fromJson(json).object();
        broken.insert(QStringLiteral("batch_id"), QStringLiteral("not-a-uuid"));
        QCOMPARE(sync::BatchManifest::fromJson(QJsonDocument(broken).toJson()).error().field,
                 QStringLiteral("manifest.batch_id"));
    }
};

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
