// Agent tokens through a PKCS#11 module: listing, PIN login, certificate, decryption, signing.
#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace guichet::identity {

struct TokenInfo {
    unsigned long slotId = 0;
    QString slotDescription;
    QString label; // blank-padded in PKCS#11, trimmed here
    QString serial;
    bool present = false; // a token is in the slot (a card in the reader)
    bool initialized = false;
    bool pinLocked = false; // CKF_USER_PIN_LOCKED: the token refuses every further attempt
    bool pinFinalTry = false; // CKF_USER_PIN_FINAL_TRY: one more wrong PIN locks it
};

// A certificate object of the token and the CKA_ID that ties it to its private key.
struct TokenCertificate {
    QByteArray der;
    QByteArray keyId;
};

// The PKCS#11 C API is used directly rather than libp11: libp11 0.4 reaches RSA decryption only
// through an OpenSSL RSA_METHOD whose OAEP is fixed to SHA-1 (the vault needs OAEP-SHA-256),
// and it hides the return values (CKR_PIN_INCORRECT vs CKR_PIN_LOCKED), the token's PIN flags
// and slot events that the desk must tell apart. Modules are dlopen()ed and initialised once
// per process (PKCS#11 allows one C_Initialize); providers of the same path share it.
//
// One provider works with one token at a time (open/login select it). Not thread-safe: use it
// from one thread (the desk's identity thread, or the main thread for SessionLock).
// The PIN is never logged or copied outside a SecureBuffer; key material never leaves the token.
class TokenProvider
{
public:
    // GUICHET_PKCS11_MODULE when set, else OpenSC's module (real agent cards).
    [[nodiscard]] static QString defaultModulePath();
    [[nodiscard]] static Result<std::unique_ptr<TokenProvider>>
    load(const QString &modulePath = defaultModulePath());

    TokenProvider(const TokenProvider &) = delete;
    TokenProvider &operator=(const TokenProvider &) = delete;
    TokenProvider(TokenProvider &&) = delete;
    TokenProvider &operator=(TokenProvider &&) = delete;
    // Logs out and closes the session; the module stays loaded while another provider uses it.
    ~TokenProvider();

    [[nodiscard]] QString modulePath() const;

    // Every slot, with or without a token.
    [[nodiscard]] Result<QList<TokenInfo>> tokens();
    // The present, initialised token with this label: IdentityNoToken when no token is present
    // at all, IdentityTokenNotFound when others are.
    [[nodiscard]] Result<TokenInfo> findToken(const QString &label);
    // Whether a token with this serial number is present now (SessionLock polls it).
    [[nodiscard]] Result<bool> isPresent(const QString &serial);

    // Selects the token and opens a session without logging in (public objects only).
    [[nodiscard]] Result<TokenInfo> open(const QString &label);
    // Opens the token and logs the user in (always presenting the PIN: an earlier login is
    // dropped first). A token whose PIN is locked is refused before any attempt
    // (IdentityPinLocked); a wrong PIN is IdentityWrongPin and is never retried here.
    [[nodiscard]] Result<TokenInfo> login(const QString &label, const crypto::SecureBuffer &pin);
    [[nodiscard]] bool isLoggedIn() const noexcept { return m_loggedIn; }
    // The selected token (empty when none).
    [[nodiscard]] const TokenInfo &token() const noexcept { return m_token; }
    // Logs out and closes the session; harmless when there is none.
    void logout() noexcept;

    // X.509 certificate objects of the open token (public: no login needed).
    [[nodiscard]] Result<QList<TokenCertificate>> certificates();
    // The first certificate whose private key (same CKA_ID) is on the token; needs a login.
    // IdentityNoCertificate when there is no certificate, IdentityNoKey when none has its key.
    [[nodiscard]] Result<TokenCertificate> agentCertificate();

    // RSA-OAEP (SHA-256, MGF1-SHA-256, no label) decryption with the private key `keyId`.
    [[nodiscard]] Result<crypto::SecureBuffer> decryptRsaOaep(QByteArrayView keyId,
                                                              QByteArrayView ciphertext);
    // Hashes `message` in software and signs the digest on the token (CKM_RSA_PKCS over a
    // DigestInfo, CKM_RSA_PKCS_PSS or CKM_ECDSA: the raw mechanisms every card supports).
    [[nodiscard]] Result<QByteArray>
    sign(QByteArrayView keyId, const crypto::SignatureScheme &scheme, QByteArrayView message);

    // The loaded module (opaque, defined in TokenProvider.cpp).
    struct Module;

private:
    TokenProvider(std::shared_ptr<Module> module, QString path);
    [[nodiscard]] Result<unsigned long> findPrivateKey(QByteArrayView keyId);
    [[nodiscard]] Result<QList<unsigned long>> findObjects(unsigned long objectClass,
                                                           QByteArrayView keyId);
    [[nodiscard]] Result<QByteArray> attribute(unsigned long object, unsigned long type);
    [[nodiscard]] Result<QByteArray>
    signDigest(unsigned long key, const crypto::SignatureScheme &scheme, const QByteArray &digest);

    std::shared_ptr<Module> m_module;
    QString m_path;
    TokenInfo m_token;
    unsigned long m_session = 0;
    bool m_hasSession = false;
    bool m_loggedIn = false;
};

// Maps a PKCS#11 return value to a Guichet error (exposed for tests: a lockout cannot be
// provoked on every token). `operation` names the call, e.g. "C_Login".
[[nodiscard]] Error tokenError(unsigned long returnValue, const QString &operation);
// "CKR_PIN_INCORRECT" or "CKR_0x000000A0" for values without a name here.
[[nodiscard]] QString returnValueName(unsigned long returnValue);

} // namespace guichet::identity
