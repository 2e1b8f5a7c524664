// TokenProvider against a real SoftHSM2 token: listing, login, certificate, decryption, signing.
#include "crypto/Random.h"
#include "identity/AgentIdentity.h"
#include "identity/TokenProvider.h"
#include "support/SoftHsmToken.h"

#include <p11-kit/pkcs11.h>

#include <QTest>

using namespace guichet;
using namespace guichet::identity;
using guichet::testing::pin;

class TestTokenProvider : public QObject
{
    Q_OBJECT

    testing::SoftHsm m_hsm;
    std::unique_ptr<TokenProvider> m_provider;
    QByteArray m_agentCertificate;
    QByteArray m_ecCertificate;

private Q_SLOTS:
    void initTestCase()
    {
        QString log;
        QVERIFY2(m_hsm.setUp(&log), qPrintable(log));
        const testing::AgentCa agency = testing::makeAgentCa();
        const auto &caKey = agency.key;
        const QByteArray &ca = agency.der;
        m_agentCertificate =
            testing::addAgentToken(m_hsm, QStringLiteral("agent1"), QStringLiteral("agent-0001"),
                                   caKey, ca, QStringLiteral("01"), &log);
        QVERIFY2(!m_agentCertificate.isEmpty(), qPrintable(log));
        auto ecKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
        m_ecCertificate =
            testing::issueCertificate({QStringLiteral("agent-0002"), {}, {QStringLiteral("agent")}},
                                      ecKey.publicKey(), caKey, ca);
        QVERIFY2(!m_hsm.addToken(QStringLiteral("ecagent"), QStringLiteral("1234"), &log).isEmpty(),
                 qPrintable(log));
        QVERIFY2(m_hsm.importKeyAndCertificate(QStringLiteral("ecagent"), QStringLiteral("1234"),
                                               ecKey, m_ecCertificate, QStringLiteral("a1b2"),
                                               &log),
                 qPrintable(log));
        QVERIFY2(!m_hsm.addToken(QStringLiteral("empty"), QStringLiteral("1234"), &log).isEmpty(),
                 qPrintable(log));
        QVERIFY2(!m_hsm.addToken(QStringLiteral("pins"), QStringLiteral("1234"), &log).isEmpty(),
                 qPrintable(log));
        auto provider = TokenProvider::load();
        QVERIFY2(provider.ok(),
                 qPrintable(provider.ok() ? QString() : provider.error().toString()));
        m_provider = std::move(provider).value();
        QCOMPARE(m_provider->modulePath(), QLatin1String(testing::kSoftHsmModule));
    }

    void cleanupTestCase() { m_provider.reset(); }

    void listAndFind()
    {
        auto tokens = m_provider->tokens();
        QVERIFY(tokens.ok());
        QStringList labels;
        for (const TokenInfo &info : std::as_const(*tokens)) {
            if (info.present && info.initialized)
                labels.append(info.label);
        }
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("agent1"), QStringLiteral("ecagent"),
                                      QStringLiteral("empty"), QStringLiteral("pins")}));
        auto found = m_provider->findToken(QStringLiteral("agent1"));
        QVERIFY(found.ok());
        QVERIFY(found->present);
        QVERIFY(!found->serial.isEmpty());
        QVERIFY(!found->pinLocked);
        auto present = m_provider->isPresent(found->serial);
        QVERIFY(present.ok() && *present);
        QCOMPARE(*m_provider->isPresent(QStringLiteral("no-such-serial")), false);
        QCOMPARE(m_provider->findToken(QStringLiteral("agent9")).error().code,
                 FailureCode::IdentityTokenNotFound);
    }

    void loginAndCertificate()
    {
        QVERIFY(m_provider->open(QStringLiteral("agent1")).ok());
        // Certificates are public objects; the key needs the PIN.
        auto certificates = m_provider->certificates();
        QVERIFY(certificates.ok());
        QCOMPARE(certificates->size(), 1);
        QCOMPARE(certificates->constFirst().der, m_agentCertificate);
        QCOMPARE(m_provider->agentCertificate().error().code, FailureCode::IdentityNotLoggedIn);

        auto wrong = m_provider->login(QStringLiteral("agent1"), pin("0000"));
        QCOMPARE(wrong.error().code, FailureCode::IdentityWrongPin);
        QCOMPARE(wrong.error().check, QStringLiteral("CKR_PIN_INCORRECT"));
        QVERIFY(!wrong.error().message.contains(QLatin1String("0000")));
        QVERIFY(!m_provider->isLoggedIn());

        auto ok = m_provider->login(QStringLiteral("agent1"), pin("1234"));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
        QVERIFY(m_provider->isLoggedIn());
        auto certificate = m_provider->agentCertificate();
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->der, m_agentCertificate);
        QCOMPARE(certificate->keyId, QByteArray::fromHex("01"));
        m_provider->logout();
        QVERIFY(!m_provider->isLoggedIn());
        QCOMPARE(m_provider->decryptRsaOaep(QByteArray::fromHex("01"), "x").error().code,
                 FailureCode::IdentityNotLoggedIn);
    }

    void emptyToken()
    {
        QVERIFY(m_provider->login(QStringLiteral("empty"), pin("1234")).ok());
        QCOMPARE(m_provider->agentCertificate().error().code, FailureCode::IdentityNoCertificate);
        m_provider->logout();
    }

    // SoftHSM2 keeps no PIN retry counter: wrong PINs stay CKR_PIN_INCORRECT and the token is
    // never locked, so the lockout path is covered by the mapping below. Each attempt is one
    // C_Login (nothing retried): the right PIN still works afterwards.
    void repeatedWrongPins()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto wrong = m_provider->login(QStringLiteral("pins"), pin("9999"));
            QVERIFY(wrong.error().code == FailureCode::IdentityWrongPin ||
                    wrong.error().code == FailureCode::IdentityPinLocked);
        }
        auto info = m_provider->findToken(QStringLiteral("pins"));
        QVERIFY(info.ok());
        QVERIFY(!info->pinLocked);
        QVERIFY(m_provider->login(QStringLiteral("pins"), pin("1234")).ok());
        m_provider->logout();
    }

    void returnValueMapping_data()
    {
        QTest::addColumn<qulonglong>("returnValue");
        QTest::addColumn<FailureCode>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("pin incorrect")
            << qulonglong{CKR_PIN_INCORRECT} << FailureCode::IdentityWrongPin
            << QStringLiteral("CKR_PIN_INCORRECT");
        QTest::newRow("pin locked") << qulonglong{CKR_PIN_LOCKED} << FailureCode::IdentityPinLocked
                                    << QStringLiteral("CKR_PIN_LOCKED");
        QTest::newRow("removed") << qulonglong{CKR_DEVICE_REMOVED} << FailureCode::IdentityNoToken
                                 << QStringLiteral("CKR_DEVICE_REMOVED");
        QTest::newRow("not present")
            << qulonglong{CKR_TOKEN_NOT_PRESENT} << FailureCode::IdentityNoToken
            << QStringLiteral("CKR_TOKEN_NOT_PRESENT");
        QTest::newRow("not logged in")
            << qulonglong{CKR_USER_NOT_LOGGED_IN} << FailureCode::IdentityNotLoggedIn
            << QStringLiteral("CKR_USER_NOT_LOGGED_IN");
        QTest::newRow("bad ciphertext")
            << qulonglong{CKR_ENCRYPTED_DATA_INVALID} << FailureCode::CryptoAuthenticationFailed
            << QStringLiteral("CKR_ENCRYPTED_DATA_INVALID");
        QTest::newRow("unknown") << qulonglong{0x80000001UL} << FailureCode::IdentityModuleError
                                 << QStringLiteral("CKR_0x80000001");
    }

    void returnValueMapping()
    {
        QFETCH(qulonglong, returnValue);
        QFETCH(FailureCode, code);
        QFETCH(QString, name);
        const Error error =
            tokenError(static_cast<unsigned long>(returnValue), QStringLiteral("C_Login"));
        QCOMPARE(error.code, code);
        QCOMPARE(error.check, name);
        QVERIFY(error.message.contains(QLatin1String("C_Login")));
    }

    void decryptRoundTrip()
    {
        QVERIFY(m_provider->login(QStringLiteral("agent1"), pin("1234")).ok());
        const auto certificate = m_provider->agentCertificate().value();
        const auto publicKey = AgentIdentity::fromCertificate(certificate.der)->publicKey();
        const auto secret = crypto::randomSecret(32).value();
        auto wrapped = publicKey.encryptRsaOaep(secret.view());
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->size(), 256);
        auto unwrapped = m_provider->decryptRsaOaep(certificate.keyId, *wrapped);
        QVERIFY2(unwrapped.ok(),
                 qPrintable(unwrapped.ok() ? QString() : unwrapped.error().toString()));
        QVERIFY(unwrapped->equals(secret.view()));

        QByteArray tampered = *wrapped;
        tampered[10] = static_cast<char>(tampered[10] ^ 1);
        QVERIFY(!m_provider->decryptRsaOaep(certificate.keyId, tampered).ok());
        QCOMPARE(m_provider->decryptRsaOaep(QByteArray::fromHex("99"), *wrapped).error().code,
                 FailureCode::IdentityNoKey);
        QCOMPARE(publicKey.encryptRsaOaep(QByteArray(300, 'x')).error().code,
                 FailureCode::CryptoInvalidLength);
        m_provider->logout();
    }

    void signAndVerify_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        QTest::newRow("rsa pkcs1 v1.5")
            << QStringLiteral("agent1")
            << static_cast<int>(crypto::SignatureScheme::Kind::RsaPkcs1v15);
        QTest::newRow("rsa pss") << QStringLiteral("agent1")
                                 << static_cast<int>(crypto::SignatureScheme::Kind::RsaPss);
        QTest::newRow("ecdsa der") << QStringLiteral("ecagent")
                                   << static_cast<int>(crypto::SignatureScheme::Kind::EcdsaDer);
        QTest::newRow("ecdsa plain") << QStringLiteral("ecagent")
                                     << static_cast<int>(crypto::SignatureScheme::Kind::EcdsaPlain);
    }

    void signAndVerify()
    {
        QFETCH(QString, token);
        QFETCH(int, kind);
        crypto::SignatureScheme scheme;
        scheme.kind = static_cast<crypto::SignatureScheme::Kind>(kind);
        scheme.digest = crypto::DigestAlgorithm::Sha256;
        QVERIFY(m_provider->login(token, pin("1234")).ok());
        const auto certificate = m_provider->agentCertificate().value();
        const auto publicKey = AgentIdentity::fromCertificate(certificate.der)->publicKey();
        const QByteArray message("end-of-day batch manifest");
        auto signature = m_provider->sign(certificate.keyId, scheme, message);
        QVERIFY2(signature.ok(),
                 qPrintable(signature.ok() ? QString() : signature.error().toString()));
        QVERIFY(publicKey.verify(scheme, message, *signature).ok());
        QVERIFY(!publicKey.verify(scheme, "another message", *signature).ok());
        scheme.digest = crypto::DigestAlgorithm::Sha1;
        QCOMPARE(m_provider->sign(certificate.keyId, scheme, message).error().code,
                 FailureCode::CryptoUnsupportedAlgorithm);
        m_provider->logout();
    }

    void moduleErrors()
    {
        QCOMPARE(TokenProvider::load(QStringLiteral("/nonexistent/module.so")).error().code,
                 FailureCode::IdentityModuleError);
        // Two providers of one module share one C_Initialize.
        auto second = TokenProvider::load();
        QVERIFY(second.ok());
        QVERIFY((*second)->findToken(QStringLiteral("agent1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
