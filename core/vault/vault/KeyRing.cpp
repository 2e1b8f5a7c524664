// Keyring file: parsing, validation, wrapping and atomic saving.
#include "vault/KeyRing.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "identity/AgentIdentity.h"
#include "identity/TokenProvider.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace guichet::vault {

namespace {

constexpr auto kFormat = "guichet-vault-keyring";
constexpr int kVersion = 1;
constexpr qsizetype kSaltSize = 32;
constexpr auto kTokenMechanism = "rsa-oaep-sha256";
constexpr std::size_t kVaultKeySize = 32;

Failure invalidKeyRing(const QString &field, const QString &check)
{
    return fail(FailureCode::VaultKeyringInvalid,
                QStringLiteral("the keyring file is damaged or not a Guichet keyring"), field,
                check);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

Result<QByteArray> fromB64(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return invalidKeyRing(field, QStringLiteral("type"));
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidKeyRing(field, QStringLiteral("base64"));
    return *decoded;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> parsePassphraseEntry(const QJsonObject &o, KeyRingEntry &e)
{
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("name")).toString() != QLatin1String("scrypt"))
        return invalidKeyRing(QStringLiteral("keyring.entries.kdf.name"), QStringLiteral("value"));
    e.kdf.n = static_cast<std::uint64_t>(kdf.value(QStringLiteral("n")).toInteger());
    e.kdf.r = static_cast<std::uint32_t>(kdf.value(QStringLiteral("r")).toInteger());
    e.kdf.p = static_cast<std::uint32_t>(kdf.value(QStringLiteral("p")).toInteger());
    if (!crypto::checkScryptParameters(e.kdf))
        return invalidKeyRing(QStringLiteral("keyring.entries.kdf"), QStringLiteral("parameters"));
    auto salt =
        fromB64(kdf.value(QStringLiteral("salt")), QStringLiteral("keyring.entries.kdf.salt"));
    auto nonce = fromB64(o.value(QStringLiteral("nonce")), QStringLiteral("keyring.entries.nonce"));
    auto wrapped =
        fromB64(o.value(QStringLiteral("wrapped")), QStringLiteral("keyring.entries.wrapped"));
    if (!salt)
        return fail(salt.error());
    if (!nonce)
        return fail(nonce.error());
    if (!wrapped)
        return fail(wrapped.error());
    if (salt->size() < 16 || nonce->size() != 12 || wrapped->size() != 32 + 16)
        return invalidKeyRing(QStringLiteral("keyring.entries"), QStringLiteral("length"));
    e.salt = *salt;
    e.nonce = *nonce;
    e.wrapped = *wrapped;
    return success();
}

Result<void> parseTokenEntry(const QJsonObject &o, KeyRingEntry &e)
{
    e.tokenLabel = o.value(QStringLiteral("token_label")).toString();
    e.tokenSerial = o.value(QStringLiteral("token_serial")).toString();
    e.mechanism = o.value(QStringLiteral("mechanism")).toString();
    e.keyId = QByteArray::fromHex(o.value(QStringLiteral("key_id")).toString().toLatin1());
    if (e.tokenSerial.isEmpty() || e.keyId.isEmpty())
        return invalidKeyRing(QStringLiteral("keyring.entries.token"), QStringLiteral("required"));
    if (e.mechanism != QLatin1String(kTokenMechanism))
        return invalidKeyRing(QStringLiteral("keyring.entries.mechanism"), QStringLiteral("value"));
    auto certificate = fromB64(o.value(QStringLiteral("certificate")),
                               QStringLiteral("keyring.entries.certificate"));
    auto wrapped =
        fromB64(o.value(QStringLiteral("wrapped")), QStringLiteral("keyring.entries.wrapped"));
    if (!certificate)
        return fail(certificate.error());
    if (!wrapped)
        return fail(wrapped.error());
    // RSA-2048 to RSA-8192 ciphertexts.
    if (certificate->isEmpty() || wrapped->size() < 256 || wrapped->size() > 1024)
        return invalidKeyRing(QStringLiteral("keyring.entries"), QStringLiteral("length"));
    e.certificate = *certificate;
    e.wrapped = *wrapped;
    return success();
}

} // namespace

KeyRing KeyRing::createFor(const QString &vaultId)
{
    KeyRing ring;
    ring.m_vaultId = vaultId;
    return ring;
}

QByteArray KeyRing::associatedData(const KeyRingEntry &entry) const
{
    return QByteArrayLiteral("guichet-vault-key/v1|") + m_vaultId.toUtf8() + '|' +
           entry.id.toUtf8() + '|' + entry.kind.toUtf8();
}

Result<QString> KeyRing::addPassphrase(const crypto::SecureBuffer &vaultKey,
                                       QByteArrayView passphrase, const QString &label,
                                       const crypto::ScryptParameters &kdf)
{
    if (passphrase.size() < 12)
        return fail(FailureCode::VaultWeakPassphrase,
                    QStringLiteral("a recovery passphrase needs at least 12 characters"),
                    QStringLiteral("passphrase"), QStringLiteral("length"));
    KeyRingEntry entry;
    entry.id = newId();
    entry.kind = QStringLiteral("passphrase");
    entry.label = label;
    entry.created = QDateTime::currentDateTimeUtc();
    entry.kdf = kdf;
    auto salt = crypto::randomBytes(kSaltSize);
    auto nonce = crypto::randomBytes(crypto::AesGcm::kIvSize);
    if (!salt || !nonce)
        return fail(salt ? nonce.error() : salt.error());
    entry.salt = *salt;
    entry.nonce = *nonce;
    auto kek = crypto::scrypt(passphrase, entry.salt, kdf, 32);
    if (!kek)
        return fail(kek.error());
    auto wrapped =
        crypto::aesGcmSeal(kek->view(), entry.nonce, associatedData(entry), vaultKey.view());
    if (!wrapped)
        return fail(wrapped.error());
    entry.wrapped = *wrapped;
    m_entries.append(entry);
    return entry.id;
}

Result<QString> KeyRing::addToken(const crypto::SecureBuffer &vaultKey,
                                  QByteArrayView certificateDer, const QString &tokenLabel,
                                  const QString &tokenSerial, QByteArrayView keyId)
{
    auto agent = identity::AgentIdentity::fromCertificate(certificateDer);
    if (!agent)
        return fail(agent.error());
    if (tokenSerial.isEmpty() || keyId.isEmpty())
        return fail(FailureCode::InvalidArgument,
                    QStringLiteral("a token entry needs the token's serial and the key id"),
                    QStringLiteral("token"), QStringLiteral("required"));
    auto wrapped = agent->publicKey().encryptRsaOaep(vaultKey.view());
    if (!wrapped)
        return fail(wrapped.error());
    KeyRingEntry entry;
    entry.id = newId();
    entry.kind = QStringLiteral("token");
    entry.label = agent->agentId();
    entry.created = QDateTime::currentDateTimeUtc();
    entry.tokenLabel = tokenLabel;
    entry.tokenSerial = tokenSerial;
    entry.keyId = keyId.toByteArray();
    entry.certificate = certificateDer.toByteArray();
    entry.mechanism = QLatin1String(kTokenMechanism);
    entry.wrapped = *wrapped;
    m_entries.append(entry);
    return entry.id;
}

Result<void> KeyRing::remove(const QString &entryId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id != entryId)
            continue;
        if (m_entries.size() == 1)
            return fail(FailureCode::VaultLastCredential,
                        QStringLiteral("the last credential of a vault cannot be removed"),
                        QStringLiteral("keyring.entry"), QStringLiteral("last"));
        m_entries.removeAt(i);
        return success();
    }
    return fail(FailureCode::VaultNotFound, QStringLiteral("no keyring entry with this id"),
                QStringLiteral("keyring.entry"), QStringLiteral("id"));
}

Result<crypto::SecureBuffer> KeyRing::unlockWithPassphrase(QByteArrayView passphrase) const
{
    bool anyPassphraseEntry = false;
    for (const KeyRingEntry &entry : m_entries) {
        if (entry.kind != QLatin1String("passphrase"))
            continue;
        anyPassphraseEntry = true;
        auto kek = crypto::scrypt(passphrase, entry.salt, entry.kdf, 32);
        if (!kek)
            return fail(kek.error());
        auto key =
            crypto::aesGcmOpen(kek->view(), entry.nonce, associatedData(entry), entry.wrapped);
        if (key && key->size() == 32)
            return std::move(key).value();
    }
    if (!anyPassphraseEntry)
        return fail(FailureCode::VaultWrongCredential,
                    QStringLiteral("this vault has no passphrase credential"),
                    QStringLiteral("credential"), QStringLiteral("kind"));
    return fail(FailureCode::VaultWrongCredential, QStringLiteral("the passphrase is not right"),
                QStringLiteral("passphrase"), QStringLiteral("unwrap"));
}

Result<TokenUnlock> KeyRing::unlockWithToken(identity::TokenProvider &provider,
                                             const QString &tokenLabel,
                                             const crypto::SecureBuffer &pin) const
{
    auto token = provider.login(tokenLabel, pin);
    if (!token)
        return fail(token.error());
    bool enrolled = false;
    for (const KeyRingEntry &entry : m_entries) {
        if (entry.kind != QLatin1String("token") || entry.tokenSerial != token->serial)
            continue;
        enrolled = true;
        auto key = provider.decryptRsaOaep(entry.keyId, entry.wrapped);
        if (key && key->size() == kVaultKeySize)
            return TokenUnlock{std::move(key).value(), entry.id, entry.certificate};
    }
    if (!enrolled)
        return fail(FailureCode::VaultWrongCredential,
                    QStringLiteral("this token is not enrolled in this vault"),
                    QStringLiteral("credential"), QStringLiteral("enrolled"));
    return fail(FailureCode::VaultWrongCredential,
                QStringLiteral("the token's key does not open this vault"), QStringLiteral("token"),
                QStringLiteral("unwrap"));
}

QByteArray KeyRing::toJson() const
{
    QJsonArray entries;
    for (const KeyRingEntry &e : m_entries) {
        QJsonObject entry{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("label"), e.label},
            {QStringLiteral("created"), e.created.toString(Qt::ISODate)},
            {QStringLiteral("wrapped"), b64(e.wrapped)},
        };
        if (e.kind == QLatin1String("token")) {
            entry.insert(QStringLiteral("token_label"), e.tokenLabel);
            entry.insert(QStringLiteral("token_serial"), e.tokenSerial);
            entry.insert(QStringLiteral("key_id"), QString::fromLatin1(e.keyId.toHex()));
            entry.insert(QStringLiteral("certificate"), b64(e.certificate));
            entry.insert(QStringLiteral("mechanism"), e.mechanism);
        } else {
            entry.insert(QStringLiteral("kdf"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                                     {QStringLiteral("n"), static_cast<qint64>(e.kdf.n)},
                                     {QStringLiteral("r"), static_cast<qint64>(e.kdf.r)},
                                     {QStringLiteral("p"), static_cast<qint64>(e.kdf.p)},
                                     {QStringLiteral("salt"), b64(e.salt)}});
            entry.insert(QStringLiteral("nonce"), b64(e.nonce));
        }
        entries.append(entry);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("vault_id"), m_vaultId},
        {QStringLiteral("entries"), entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyRing> KeyRing::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(FailureCode::VaultNotAVault,
                    QStringLiteral("no keyring beside the database (expected <vault>.keys)"),
                    QStringLiteral("keyring"), QStringLiteral("exists"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(FailureCode::IoError, QStringLiteral("cannot read the keyring"),
                    QStringLiteral("keyring"), QStringLiteral("read"));
    if (file.size() > qint64{1024} * 1024)
        return invalidKeyRing(QStringLiteral("keyring"), QStringLiteral("size"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalidKeyRing(QStringLiteral("keyring"), QStringLiteral("json"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return invalidKeyRing(QStringLiteral("keyring.format"), QStringLiteral("value"));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(FailureCode::VaultSchemaTooNew,
                    QStringLiteral("the keyring was written by a newer Guichet"),
                    QStringLiteral("keyring.version"), QStringLiteral("value"));
    KeyRing ring;
    ring.m_vaultId = root.value(QStringLiteral("vault_id")).toString();
    if (QUuid::fromString(ring.m_vaultId).isNull())
        return invalidKeyRing(QStringLiteral("keyring.vault_id"), QStringLiteral("uuid"));
    const QJsonValue entriesValue = root.value(QStringLiteral("entries"));
    if (!entriesValue.isArray() || entriesValue.toArray().isEmpty())
        return invalidKeyRing(QStringLiteral("keyring.entries"), QStringLiteral("non_empty"));
    for (const auto &value : entriesValue.toArray()) {
        const QJsonObject o = value.toObject();
        KeyRingEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.label = o.value(QStringLiteral("label")).toString();
        e.created =
            QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (QUuid::fromString(e.id).isNull())
            return invalidKeyRing(QStringLiteral("keyring.entries.id"), QStringLiteral("uuid"));
        Result<void> parsed =
            invalidKeyRing(QStringLiteral("keyring.entries.kind"), QStringLiteral("value"));
        if (e.kind == QLatin1String("passphrase"))
            parsed = parsePassphraseEntry(o, e);
        else if (e.kind == QLatin1String("token"))
            parsed = parseTokenEntry(o, e);
        if (!parsed)
            return fail(parsed.error());
        ring.m_entries.append(e);
    }
    return ring;
}

Result<void> KeyRing::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(FailureCode::IoError, QStringLiteral("cannot write the keyring"),
                    QStringLiteral("keyring"), QStringLiteral("write"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return fail(FailureCode::IoError, QStringLiteral("cannot write the keyring"),
                    QStringLiteral("keyring"), QStringLiteral("write"));
    // The rename is durable only once the directory entry is.
    const QByteArray directory = QFileInfo(path).absolutePath().toUtf8();
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return success();
}

} // namespace guichet::vault
