// The keyring: wrapping, unwrapping, file validation and atomic saving.
#include "crypto/Random.h"
#include "vault/KeyRing.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace guichet::vault;

namespace {

const crypto::ScryptParameters kFast{16384, 8, 1}; // fast for tests; production calibrates

QString newVaultId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapAndUnwrap()
    {
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(newVaultId());
        auto id =
            ring.addPassphrase(key, "correct horse battery", QStringLiteral("recovery"), kFast);
        QVERIFY(id.ok());
        auto unwrapped = ring.unlockWithPassphrase("correct horse battery");
        QVERIFY(unwrapped.ok());
        QVERIFY(unwrapped->equals(key.view()));

        auto wrong = ring.unlockWithPassphrase("correct horse batterY");
        QCOMPARE(wrong.error().code, FailureCode::VaultWrongCredential);
        QCOMPARE(wrong.error().field, QStringLiteral("passphrase"));
    }

    void weakPassphraseRefused()
    {
        KeyRing ring = KeyRing::createFor(newVaultId());
        auto id = ring.addPassphrase(crypto::randomSecret(32).value(), "short", QStringLiteral("x"),
                                     kFast);
        QCOMPARE(id.error().code, FailureCode::VaultWeakPassphrase);
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.keys"));
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(newVaultId());
        QVERIFY(ring.addPassphrase(key, "first passphrase!", QStringLiteral("a"), kFast).ok());
        QVERIFY(ring.addPassphrase(key, "second passphrase", QStringLiteral("b"), kFast).ok());
        QVERIFY(ring.save(path).ok());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        auto loaded = KeyRing::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->vaultId(), ring.vaultId());
        QCOMPARE(loaded->entries().size(), 2);
        QVERIFY(loaded->unlockWithPassphrase("second passphrase")->equals(key.view()));
        QVERIFY(loaded->unlockWithPassphrase("first passphrase!")->equals(key.view()));
    }

    void removeEntries()
    {
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(newVaultId());
        const QString a =
            ring.addPassphrase(key, "first passphrase!", QStringLiteral("a"), kFast).value();
        const QString b =
            ring.addPassphrase(key, "second passphrase", QStringLiteral("b"), kFast).value();
        QVERIFY(ring.remove(a).ok());
        QCOMPARE(ring.unlockWithPassphrase("first passphrase!").error().code,
                 FailureCode::VaultWrongCredential);
        QCOMPARE(ring.remove(b).error().code, FailureCode::VaultLastCredential);
        QCOMPARE(ring.remove(QStringLiteral("nope")).error().code, FailureCode::VaultNotFound);
    }

    // An entry copied into another vault's keyring does not open: the vault id is bound in.
    void entriesAreBoundToTheirVault()
    {
        QTemporaryDir dir;
        const auto key = crypto::randomSecret(32).value();
        KeyRing ring = KeyRing::createFor(newVaultId());
        QVERIFY(ring.addPassphrase(key, "the passphrase!!", QStringLiteral("a"), kFast).ok());
        QJsonObject root = QJsonDocument::fromJson(ring.toJson()).object();
        root.insert(QStringLiteral("vault_id"), newVaultId());
        const QString path = dir.filePath(QStringLiteral("moved.keys"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        auto moved = KeyRing::load(path);
        QVERIFY(moved.ok());
        QCOMPARE(moved->unlockWithPassphrase("the passphrase!!").error().code,
                 FailureCode::VaultWrongCredential);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("garbage") << QStringLiteral("keyring");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("keyring.format");
        QTest::newRow("bad vault id")
            << QByteArray(
                   R"({"format":"guichet-vault-keyring","version":1,"vault_id":"x","entries":[]})")
            << QStringLiteral("keyring.vault_id");
        QTest::newRow("no entries")
            << QByteArray(
                   R"({"format":"guichet-vault-keyring","version":1,"vault_id":"6f1c6a44-8c39-4c1e-9b89-0e8b3c7d2f10","entries":[]})")
            << QStringLiteral("keyring.entries");
        QTest::newRow("cheap kdf")
            << QByteArray(
                   R"({"format":"guichet-vault-keyring","version":1,"vault_id":"6f1c6a44-8c39-4c1e-9b89-0e8b3c7d2f10","entries":[{"id":"0b7c5b3e-1a55-4a39-8f4c-6c1e1b2a3d4e","kind":"passphrase","kdf":{"name":"scrypt","n":16,"r":1,"p":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},"nonce":"AAAAAAAAAAAAAAAA","wrapped":"AAAA"}]})")
            << QStringLiteral("keyring.entries.kdf");
        QTest::newRow("unknown kind")
            << QByteArray(
                   R"({"format":"guichet-vault-keyring","version":1,"vault_id":"6f1c6a44-8c39-4c1e-9b89-0e8b3c7d2f10","entries":[{"id":"0b7c5b3e-1a55-4a39-8f4c-6c1e1b2a3d4e","kind":"magic"}]})")
            << QStringLiteral("keyring.entries.kind");
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.keys"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto ring = KeyRing::load(path);
        QVERIFY(!ring.ok());
        QCOMPARE(ring.error().code, FailureCode::VaultKeyringInvalid);
        QCOMPARE(ring.error().field, field);
    }

    void newerVersionRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.keys"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"guichet-vault-keyring","version":2})");
        file.close();
        QCOMPARE(KeyRing::load(path).error().code, FailureCode::VaultSchemaTooNew);
        QCOMPARE(KeyRing::load(dir.filePath(QStringLiteral("missing.keys"))).error().code,
                 FailureCode::VaultNotAVault);
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
