// The vault's keyring: the random vault key, stored only wrapped, once per credential.
#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::identity {
class TokenProvider;
}

namespace guichet::vault {

// One way to unwrap the vault key. Kinds: "passphrase" (supervisor recovery, scrypt +
// AES-256-GCM) and "token" (an agent's PKCS#11 key: RSA-OAEP-SHA-256 to its certificate).
struct KeyRingEntry {
    QString id;
    QString kind;
    QString label; // who or what it is for, e.g. "supervisor recovery" (no personal data)
    QDateTime created;
    // kind "passphrase"
    crypto::ScryptParameters kdf;
    QByteArray salt;
    QByteArray nonce;
    // kind "token"
    QString tokenLabel;
    QString tokenSerial; // which card: labels repeat across cards, serials do not
    QByteArray keyId; // CKA_ID of the certificate and its private key
    QByteArray certificate; // DER; its public key wrapped the vault key
    QString mechanism; // "rsa-oaep-sha256"
    // passphrase: AES-256-GCM(vault key) || tag; token: RSA-OAEP(vault key)
    QByteArray wrapped;
};

// What a token unlock yields: the key and the entry (its certificate names the agent).
struct TokenUnlock {
    crypto::SecureBuffer key;
    QString entryId;
    QByteArray certificate;
};

// Stored beside the database as `<vault>.keys` (JSON, schema in docs/vault.md). Adding or
// removing a credential rewrites this file only: the database is never re-encrypted for it.
// Each entry is authenticated (GCM with the vault id and entry id as associated data), so an
// entry cannot be moved to another vault or relabelled as another entry.
class KeyRing
{
public:
    [[nodiscard]] static KeyRing createFor(const QString &vaultId);
    [[nodiscard]] static Result<KeyRing> load(const QString &path);
    // Atomic: temporary file, fsync, rename, fsync of the directory.
    [[nodiscard]] Result<void> save(const QString &path) const;

    [[nodiscard]] QString vaultId() const { return m_vaultId; }
    [[nodiscard]] const QList<KeyRingEntry> &entries() const { return m_entries; }

    [[nodiscard]] Result<QString> addPassphrase(const crypto::SecureBuffer &vaultKey,
                                                QByteArrayView passphrase, const QString &label,
                                                const crypto::ScryptParameters &kdf);
    // Wraps the vault key for an agent token with the certificate's public key only (the token
    // is not needed); the certificate must name an agent (AgentIdentity's rule) and hold an
    // RSA key. The label is the agent id.
    [[nodiscard]] Result<QString> addToken(const crypto::SecureBuffer &vaultKey,
                                           QByteArrayView certificateDer, const QString &tokenLabel,
                                           const QString &tokenSerial, QByteArrayView keyId);
    // Refuses to remove the last entry (the vault would be lost).
    [[nodiscard]] Result<void> remove(const QString &entryId);
    // Tries each passphrase entry; VaultWrongCredential when none opens.
    [[nodiscard]] Result<crypto::SecureBuffer>
    unlockWithPassphrase(QByteArrayView passphrase) const;
    // Logs in to the token (identity errors: wrong PIN, locked, absent...) and unwraps with the
    // entry enrolled for that card (matched by serial). The provider stays logged in.
    // VaultWrongCredential when the card is not enrolled or no entry opens.
    [[nodiscard]] Result<TokenUnlock> unlockWithToken(identity::TokenProvider &provider,
                                                      const QString &tokenLabel,
                                                      const crypto::SecureBuffer &pin) const;

    [[nodiscard]] QByteArray toJson() const;

private:
    [[nodiscard]] QByteArray associatedData(const KeyRingEntry &entry) const;
    QString m_vaultId;
    QList<KeyRingEntry> m_entries;
};

} // namespace guichet::vault
