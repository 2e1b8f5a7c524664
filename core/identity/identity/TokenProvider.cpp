// PKCS#11 module loading, slot and token listing, login, object search, decryption and signing.
#include "identity/TokenProvider.h"

#include "common/Log.h"
#include "crypto/Digest.h"

#include <p11-kit/pkcs11.h>

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#include <dlfcn.h>

#include <array>
#include <map>
#include <utility>
#include <vector>

namespace guichet::identity {

// One loaded module: dlopen handle and function list, finalised when its last provider goes.
struct TokenProvider::Module {
    void *handle = nullptr;
    CK_FUNCTION_LIST *functions = nullptr;
    bool initialisedHere = false;

    Module() = default;
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;
    Module(Module &&) = delete;
    Module &operator=(Module &&) = delete;
    ~Module()
    {
        if (functions && initialisedHere)
            functions->C_Finalize(nullptr);
        // RTLD_NODELETE keeps the code mapped: modules (OpenSC) leave threads and atexit
        // handlers behind, and leak reports stay attributable to the module's file.
        if (handle)
            dlclose(handle);
    }
};

namespace {

constexpr auto kOpenScModule = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<QString, std::weak_ptr<TokenProvider::Module>> &registry()
{
    static std::map<QString, std::weak_ptr<TokenProvider::Module>> modules;
    return modules;
}

QString paddedText(const unsigned char *text, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), static_cast<qsizetype>(size))
        .trimmed();
}

Failure moduleFailure(const QString &message, const QString &check)
{
    return fail(FailureCode::IdentityModuleError, message, QStringLiteral("pkcs11.module"), check);
}

Result<CK_MECHANISM_TYPE> hashMechanism(crypto::DigestAlgorithm digest)
{
    switch (digest) {
    case crypto::DigestAlgorithm::Sha224:
        return CK_MECHANISM_TYPE{CKM_SHA224};
    case crypto::DigestAlgorithm::Sha256:
        return CK_MECHANISM_TYPE{CKM_SHA256};
    case crypto::DigestAlgorithm::Sha384:
        return CK_MECHANISM_TYPE{CKM_SHA384};
    case crypto::DigestAlgorithm::Sha512:
        return CK_MECHANISM_TYPE{CKM_SHA512};
    case crypto::DigestAlgorithm::Sha1:
        break;
    }
    return fail(FailureCode::CryptoUnsupportedAlgorithm,
                QStringLiteral("token signatures use SHA-224 or a longer SHA-2 digest"),
                QStringLiteral("signature.digest"), QStringLiteral("value"));
}

CK_RSA_PKCS_MGF_TYPE mgfFor(CK_MECHANISM_TYPE hash)
{
    switch (hash) {
    case CKM_SHA224:
        return CKG_MGF1_SHA224;
    case CKM_SHA384:
        return CKG_MGF1_SHA384;
    case CKM_SHA512:
        return CKG_MGF1_SHA512;
    default:
        return CKG_MGF1_SHA256;
    }
}

// DER DigestInfo prefixes (RFC 8017 §9.2, note 1) for CKM_RSA_PKCS signatures.
QByteArray digestInfoPrefix(crypto::DigestAlgorithm digest)
{
    switch (digest) {
    case crypto::DigestAlgorithm::Sha224:
        return QByteArray::fromHex("302d300d06096086480165030402040500041c");
    case crypto::DigestAlgorithm::Sha256:
        return QByteArray::fromHex("3031300d060960864801650304020105000420");
    case crypto::DigestAlgorithm::Sha384:
        return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case crypto::DigestAlgorithm::Sha512:
        return QByteArray::fromHex("3051300d060960864801650304020305000440");
    case crypto::DigestAlgorithm::Sha1:
        break;
    }
    return {};
}

// MGF1 with SHA-256 (RFC 8017 B.2.1), `length` bytes of mask.
crypto::SecureBuffer mgf1Sha256(QByteArrayView seed, std::size_t length)
{
    crypto::SecureBuffer mask;
    for (quint32 counter = 0; mask.size() < length; ++counter) {
        auto digest = crypto::Digest::create(crypto::DigestAlgorithm::Sha256);
        const std::array<char, 4> block{
            static_cast<char>(counter >> 24), static_cast<char>(counter >> 16),
            static_cast<char>(counter >> 8), static_cast<char>(counter)};
        if (!digest || !digest->update(seed) || !digest->update(QByteArrayView(block.data(), 4)))
            return {};
        auto part = digest->finish();
        if (!part)
            return {};
        mask.append(*part);
    }
    mask.resize(length);
    return mask;
}

// EME-OAEP decoding (RFC 8017 7.1.2 step 3) with SHA-256, MGF1-SHA-256 and an empty label, for
// tokens that decrypt only raw RSA (SoftHSM2 2.6 accepts OAEP with SHA-1 only; OpenSC does the
// same for cards without OAEP). Every check is folded into one mask, without early exit, so
// that the time taken does not say which check failed (Manger's attack).
Result<crypto::SecureBuffer> decodeOaepSha256(const crypto::SecureBuffer &encoded)
{
    constexpr std::size_t kHash = 32;
    const std::size_t size = encoded.size();
    const auto refuse = [] {
        return fail(FailureCode::CryptoAuthenticationFailed,
                    QStringLiteral("the token could not decrypt the data (OAEP decoding)"),
                    QStringLiteral("ciphertext"), QStringLiteral("oaep"));
    };
    if (size < 2 * kHash + 2)
        return refuse();
    const std::uint8_t *em = encoded.data();
    const QByteArrayView maskedSeed(em + 1, static_cast<qsizetype>(kHash));
    const QByteArrayView maskedDb(em + 1 + kHash, static_cast<qsizetype>(size - kHash - 1));
    crypto::SecureBuffer seed = mgf1Sha256(maskedDb, kHash);
    if (seed.size() != kHash)
        return refuse();
    for (std::size_t i = 0; i < kHash; ++i)
        seed.data()[i] = static_cast<std::uint8_t>(seed.data()[i] ^ em[1 + i]);
    crypto::SecureBuffer db = mgf1Sha256(seed.view(), size - kHash - 1);
    if (db.size() != size - kHash - 1)
        return refuse();
    for (std::size_t i = 0; i < db.size(); ++i)
        db.data()[i] = static_cast<std::uint8_t>(db.data()[i] ^ em[1 + kHash + i]);
    const QByteArray emptyLabelHash = crypto::hash(crypto::DigestAlgorithm::Sha256, {}).valueOr({});
    if (emptyLabelHash.size() != static_cast<qsizetype>(kHash))
        return refuse();
    unsigned bad = em[0];
    for (std::size_t i = 0; i < kHash; ++i)
        bad |= static_cast<unsigned>(
            db.data()[i] ^ static_cast<std::uint8_t>(emptyLabelHash.at(static_cast<qsizetype>(i))));
    // Find the 0x01 separator after the zero padding without branching on secret bytes.
    std::size_t messageStart = 0;
    unsigned looking = 1; // 1 until the separator is found
    for (std::size_t i = kHash; i < db.size(); ++i) {
        const unsigned byte = db.data()[i];
        const unsigned isOne = ((byte ^ 1U) - 1U) >> 31U & 1U;
        const unsigned isZero = (byte - 1U) >> 31U & 1U;
        messageStart |= (i + 1) & (0 - static_cast<std::size_t>(looking & isOne));
        bad |= looking & (isZero ^ 1U) & (isOne ^ 1U);
        looking &= isOne ^ 1U;
    }
    bad |= looking;
    if (bad != 0)
        return refuse();
    return crypto::SecureBuffer(db.data() + messageStart, db.size() - messageStart);
}

TokenInfo slotInfo(CK_FUNCTION_LIST *functions, CK_SLOT_ID slot)
{
    TokenInfo info;
    info.slotId = slot;
    CK_SLOT_INFO slotInfo{};
    if (functions->C_GetSlotInfo(slot, &slotInfo) != CKR_OK)
        return info;
    info.slotDescription = paddedText(slotInfo.slotDescription, sizeof slotInfo.slotDescription);
    if ((slotInfo.flags & CKF_TOKEN_PRESENT) == 0)
        return info;
    CK_TOKEN_INFO tokenInfo{};
    if (functions->C_GetTokenInfo(slot, &tokenInfo) != CKR_OK)
        return info;
    info.present = true;
    info.label = paddedText(tokenInfo.label, sizeof tokenInfo.label);
    info.serial = paddedText(tokenInfo.serialNumber, sizeof tokenInfo.serialNumber);
    info.initialized = (tokenInfo.flags & CKF_TOKEN_INITIALIZED) != 0;
    info.pinLocked = (tokenInfo.flags & CKF_USER_PIN_LOCKED) != 0;
    info.pinFinalTry = (tokenInfo.flags & CKF_USER_PIN_FINAL_TRY) != 0;
    return info;
}

} // namespace

QString returnValueName(unsigned long returnValue)
{
    static const std::map<unsigned long, const char *> kNames{
        {CKR_OK, "CKR_OK"},
        {CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR"},
        {CKR_ARGUMENTS_BAD, "CKR_ARGUMENTS_BAD"},
        {CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR"},
        {CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED"},
        {CKR_ENCRYPTED_DATA_INVALID, "CKR_ENCRYPTED_DATA_INVALID"},
        {CKR_ENCRYPTED_DATA_LEN_RANGE, "CKR_ENCRYPTED_DATA_LEN_RANGE"},
        {CKR_KEY_HANDLE_INVALID, "CKR_KEY_HANDLE_INVALID"},
        {CKR_KEY_TYPE_INCONSISTENT, "CKR_KEY_TYPE_INCONSISTENT"},
        {CKR_KEY_FUNCTION_NOT_PERMITTED, "CKR_KEY_FUNCTION_NOT_PERMITTED"},
        {CKR_MECHANISM_INVALID, "CKR_MECHANISM_INVALID"},
        {CKR_MECHANISM_PARAM_INVALID, "CKR_MECHANISM_PARAM_INVALID"},
        {CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT"},
        {CKR_PIN_INVALID, "CKR_PIN_INVALID"},
        {CKR_PIN_LEN_RANGE, "CKR_PIN_LEN_RANGE"},
        {CKR_PIN_EXPIRED, "CKR_PIN_EXPIRED"},
        {CKR_PIN_LOCKED, "CKR_PIN_LOCKED"},
        {CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED"},
        {CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID"},
        {CKR_SLOT_ID_INVALID, "CKR_SLOT_ID_INVALID"},
        {CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT"},
        {CKR_TOKEN_NOT_RECOGNIZED, "CKR_TOKEN_NOT_RECOGNIZED"},
        {CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN"},
        {CKR_USER_PIN_NOT_INITIALIZED, "CKR_USER_PIN_NOT_INITIALIZED"},
        {CKR_CRYPTOKI_NOT_INITIALIZED, "CKR_CRYPTOKI_NOT_INITIALIZED"},
        {CKR_FUNCTION_NOT_SUPPORTED, "CKR_FUNCTION_NOT_SUPPORTED"},
    };
    const auto found = kNames.find(returnValue);
    if (found != kNames.end())
        return QLatin1String(found->second);
    return QStringLiteral("CKR_0x") +
           QString::number(returnValue, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

Error tokenError(unsigned long returnValue, const QString &operation)
{
    const QString name = returnValueName(returnValue);
    const QString what = operation + QStringLiteral(" returned ") + name;
    switch (returnValue) {
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        return makeError(FailureCode::IdentityWrongPin,
                         QStringLiteral("the token refused the PIN (%1)").arg(what),
                         QStringLiteral("pin"), name);
    case CKR_PIN_LOCKED:
        return makeError(FailureCode::IdentityPinLocked,
                         QStringLiteral("the token's PIN is locked (%1)").arg(what),
                         QStringLiteral("pin"), name);
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_CLOSED:
    case CKR_SESSION_HANDLE_INVALID:
        return makeError(FailureCode::IdentityNoToken,
                         QStringLiteral("the token was removed (%1)").arg(what),
                         QStringLiteral("token"), name);
    case CKR_USER_NOT_LOGGED_IN:
        return makeError(FailureCode::IdentityNotLoggedIn,
                         QStringLiteral("the token needs a PIN login first (%1)").arg(what),
                         QStringLiteral("token"), name);
    case CKR_KEY_HANDLE_INVALID:
    case CKR_KEY_TYPE_INCONSISTENT:
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
        return makeError(FailureCode::IdentityNoKey,
                         QStringLiteral("the token key cannot do this (%1)").arg(what),
                         QStringLiteral("token.key"), name);
    case CKR_MECHANISM_INVALID:
    case CKR_MECHANISM_PARAM_INVALID:
        return makeError(FailureCode::CryptoUnsupportedAlgorithm,
                         QStringLiteral("the token does not support the mechanism (%1)").arg(what),
                         QStringLiteral("token.mechanism"), name);
    case CKR_ENCRYPTED_DATA_INVALID:
    case CKR_ENCRYPTED_DATA_LEN_RANGE:
        return makeError(FailureCode::CryptoAuthenticationFailed,
                         QStringLiteral("the token could not decrypt the data (%1)").arg(what),
                         QStringLiteral("ciphertext"), name);
    default:
        return makeError(FailureCode::IdentityModuleError,
                         QStringLiteral("the PKCS#11 module failed (%1)").arg(what),
                         QStringLiteral("pkcs11"), name);
    }
}

QString TokenProvider::defaultModulePath()
{
    const QString configured = qEnvironmentVariable("GUICHET_PKCS11_MODULE");
    return configured.isEmpty() ? QLatin1String(kOpenScModule) : configured;
}

Result<std::unique_ptr<TokenProvider>> TokenProvider::load(const QString &modulePath)
{
    const QMutexLocker locker(&registryMutex());
    std::shared_ptr<Module> module = registry()[modulePath].lock();
    if (!module) {
        module = std::make_shared<Module>();
        const QByteArray file = modulePath.toLocal8Bit();
        module->handle = dlopen(file.constData(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!module->handle)
            return moduleFailure(QStringLiteral("cannot load the PKCS#11 module"),
                                 QStringLiteral("dlopen"));
        auto *getFunctionList =
            reinterpret_cast<CK_C_GetFunctionList>(dlsym(module->handle, "C_GetFunctionList"));
        if (!getFunctionList || getFunctionList(&module->functions) != CKR_OK || !module->functions)
            return moduleFailure(QStringLiteral("the file is not a PKCS#11 module"),
                                 QStringLiteral("C_GetFunctionList"));
        CK_C_INITIALIZE_ARGS arguments{};
        arguments.flags = CKF_OS_LOCKING_OK;
        const CK_RV initialised = module->functions->C_Initialize(&arguments);
        if (initialised != CKR_OK && initialised != CKR_CRYPTOKI_ALREADY_INITIALIZED)
            return fail(tokenError(initialised, QStringLiteral("C_Initialize")));
        module->initialisedHere = initialised == CKR_OK;
        registry()[modulePath] = module;
        qCInfo(lcIdentity) << "PKCS#11 module loaded:" << modulePath;
    }
    return std::unique_ptr<TokenProvider>(new TokenProvider(std::move(module), modulePath));
}

TokenProvider::TokenProvider(std::shared_ptr<Module> module, QString path)
    : m_module(std::move(module)), m_path(std::move(path))
{ }

TokenProvider::~TokenProvider()
{
    logout();
    const QMutexLocker locker(&registryMutex());
    m_module.reset();
}

QString TokenProvider::modulePath() const
{
    return m_path;
}

Result<QList<TokenInfo>> TokenProvider::tokens()
{
    CK_FUNCTION_LIST *functions = m_module->functions;
    CK_ULONG count = 0;
    if (const CK_RV rv = functions->C_GetSlotList(CK_FALSE, nullptr, &count); rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_GetSlotList")));
    std::vector<CK_SLOT_ID> slots(count);
    if (const CK_RV rv = functions->C_GetSlotList(CK_FALSE, slots.data(), &count); rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_GetSlotList")));
    slots.resize(count);
    QList<TokenInfo> out;
    for (const CK_SLOT_ID slot : slots)
        out.append(slotInfo(functions, slot));
    return out;
}

Result<TokenInfo> TokenProvider::findToken(const QString &label)
{
    auto all = tokens();
    if (!all)
        return fail(all.error());
    bool anyPresent = false;
    for (const TokenInfo &info : std::as_const(*all)) {
        if (!info.present || !info.initialized)
            continue;
        anyPresent = true;
        if (info.label == label)
            return info;
    }
    if (!anyPresent)
        return fail(FailureCode::IdentityNoToken, QStringLiteral("no token is present"),
                    QStringLiteral("token"), QStringLiteral("present"));
    return fail(FailureCode::IdentityTokenNotFound,
                QStringLiteral("no present token has the expected label"),
                QStringLiteral("token.label"), QStringLiteral("match"));
}

Result<bool> TokenProvider::isPresent(const QString &serial)
{
    auto all = tokens();
    if (!all)
        return fail(all.error());
    for (const TokenInfo &info : std::as_const(*all)) {
        if (info.present && info.initialized && info.serial == serial)
            return true;
    }
    return false;
}

Result<TokenInfo> TokenProvider::open(const QString &label)
{
    auto found = findToken(label);
    if (!found)
        return found;
    if (m_hasSession && m_token.serial == found->serial && m_token.slotId == found->slotId) {
        CK_SESSION_INFO info{};
        if (m_module->functions->C_GetSessionInfo(m_session, &info) == CKR_OK) {
            m_token = *found;
            return found;
        }
    }
    logout();
    CK_SESSION_HANDLE session = 0;
    const CK_RV rv = m_module->functions->C_OpenSession(found->slotId, CKF_SERIAL_SESSION, nullptr,
                                                        nullptr, &session);
    if (rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_OpenSession")));
    m_session = session;
    m_hasSession = true;
    m_token = *found;
    return found;
}

Result<TokenInfo> TokenProvider::login(const QString &label, const crypto::SecureBuffer &pin)
{
    // Every login presents the PIN to the token: an existing login is dropped first, so that a
    // wrong PIN is never accepted on the strength of an earlier one.
    logout();
    auto opened = open(label);
    if (!opened)
        return opened;
    // The token counts wrong PINs itself; once it says locked, no attempt is made at all.
    if (opened->pinLocked)
        return fail(FailureCode::IdentityPinLocked,
                    QStringLiteral("the token's PIN is locked; it needs the PUK"),
                    QStringLiteral("pin"), QStringLiteral("CKF_USER_PIN_LOCKED"));
    crypto::SecureBuffer copy = pin.copy(); // C_Login takes a non-const pointer
    const CK_RV rv = m_module->functions->C_Login(m_session, CKU_USER, copy.data(), copy.size());
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        m_loggedIn = true;
        qCInfo(lcIdentity) << "token login succeeded";
        return opened;
    }
    Error error = tokenError(rv, QStringLiteral("C_Login"));
    if (error.code == FailureCode::IdentityWrongPin) {
        const TokenInfo now = slotInfo(m_module->functions, m_token.slotId);
        if (now.pinLocked)
            error = tokenError(CKR_PIN_LOCKED, QStringLiteral("C_Login"));
        else if (now.pinFinalTry)
            error.message += QStringLiteral("; one more wrong PIN locks the token");
    }
    qCWarning(lcIdentity) << "token login refused:" << returnValueName(rv);
    return fail(std::move(error));
}

void TokenProvider::logout() noexcept
{
    if (!m_hasSession)
        return;
    if (m_loggedIn)
        m_module->functions->C_Logout(m_session);
    m_module->functions->C_CloseSession(m_session);
    m_hasSession = false;
    m_loggedIn = false;
    m_session = 0;
}

Result<QByteArray> TokenProvider::attribute(unsigned long object, unsigned long type)
{
    CK_ATTRIBUTE query{type, nullptr, 0};
    CK_RV rv = m_module->functions->C_GetAttributeValue(m_session, object, &query, 1);
    if (rv != CKR_OK || query.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return fail(tokenError(rv == CKR_OK ? CKR_ATTRIBUTE_TYPE_INVALID : rv,
                               QStringLiteral("C_GetAttributeValue")));
    QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
    query.pValue = value.data();
    rv = m_module->functions->C_GetAttributeValue(m_session, object, &query, 1);
    if (rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_GetAttributeValue")));
    value.resize(static_cast<qsizetype>(query.ulValueLen));
    return value;
}

Result<QList<unsigned long>> TokenProvider::findObjects(unsigned long objectClass,
                                                        QByteArrayView keyId)
{
    if (!m_hasSession)
        return fail(FailureCode::IdentityNotLoggedIn, QStringLiteral("no token is open"),
                    QStringLiteral("token"), QStringLiteral("session"));
    CK_OBJECT_CLASS klass = objectClass;
    QByteArray id = keyId.toByteArray();
    std::array<CK_ATTRIBUTE, 2> filter{
        {{CKA_CLASS, &klass, sizeof klass}, {CKA_ID, id.data(), static_cast<CK_ULONG>(id.size())}}};
    const CK_ULONG filterSize = keyId.isNull() ? 1 : 2;
    CK_FUNCTION_LIST *functions = m_module->functions;
    if (const CK_RV rv = functions->C_FindObjectsInit(m_session, filter.data(), filterSize);
        rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_FindObjectsInit")));
    QList<unsigned long> found;
    CK_RV rv = CKR_OK;
    for (;;) {
        std::array<CK_OBJECT_HANDLE, 16> batch{};
        CK_ULONG count = 0;
        rv = functions->C_FindObjects(m_session, batch.data(), batch.size(), &count);
        if (rv != CKR_OK || count == 0)
            break;
        for (CK_ULONG i = 0; i < count; ++i)
            found.append(batch.at(i));
    }
    functions->C_FindObjectsFinal(m_session);
    if (rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_FindObjects")));
    return found;
}

Result<QList<TokenCertificate>> TokenProvider::certificates()
{
    auto objects = findObjects(CKO_CERTIFICATE, {});
    if (!objects)
        return fail(objects.error());
    QList<TokenCertificate> out;
    for (const unsigned long object : std::as_const(*objects)) {
        auto value = attribute(object, CKA_VALUE);
        auto id = attribute(object, CKA_ID);
        if (value && id && !value->isEmpty())
            out.append(TokenCertificate{*value, *id});
    }
    return out;
}

Result<TokenCertificate> TokenProvider::agentCertificate()
{
    if (!m_loggedIn)
        return fail(FailureCode::IdentityNotLoggedIn,
                    QStringLiteral("the agent key is visible only after a PIN login"),
                    QStringLiteral("token"), QStringLiteral("login"));
    auto certs = certificates();
    if (!certs)
        return fail(certs.error());
    if (certs->isEmpty())
        return fail(FailureCode::IdentityNoCertificate,
                    QStringLiteral("the token holds no X.509 certificate"),
                    QStringLiteral("token.certificate"), QStringLiteral("present"));
    for (const TokenCertificate &cert : std::as_const(*certs)) {
        if (cert.keyId.isEmpty())
            continue;
        if (auto key = findPrivateKey(cert.keyId))
            return cert;
    }
    return fail(FailureCode::IdentityNoKey,
                QStringLiteral("no certificate of the token has its private key (same CKA_ID)"),
                QStringLiteral("token.key"), QStringLiteral("present"));
}

Result<unsigned long> TokenProvider::findPrivateKey(QByteArrayView keyId)
{
    if (!m_loggedIn)
        return fail(FailureCode::IdentityNotLoggedIn,
                    QStringLiteral("the token key needs a PIN login first"),
                    QStringLiteral("token"), QStringLiteral("login"));
    if (keyId.isEmpty())
        return fail(FailureCode::IdentityNoKey, QStringLiteral("a token key needs its CKA_ID"),
                    QStringLiteral("token.key"), QStringLiteral("id"));
    auto keys = findObjects(CKO_PRIVATE_KEY, keyId);
    if (!keys)
        return fail(keys.error());
    if (keys->isEmpty())
        return fail(FailureCode::IdentityNoKey,
                    QStringLiteral("the token has no private key with this id"),
                    QStringLiteral("token.key"), QStringLiteral("id"));
    return keys->constFirst();
}

Result<crypto::SecureBuffer> TokenProvider::decryptRsaOaep(QByteArrayView keyId,
                                                           QByteArrayView ciphertext)
{
    auto key = findPrivateKey(keyId);
    if (!key)
        return fail(key.error());
    CK_RSA_PKCS_OAEP_PARAMS parameters{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
    CK_MECHANISM mechanism{CKM_RSA_PKCS_OAEP, &parameters, sizeof parameters};
    CK_FUNCTION_LIST *functions = m_module->functions;
    CK_RV rv = functions->C_DecryptInit(m_session, &mechanism, *key);
    // Tokens without OAEP-SHA-256 (SoftHSM2 2.6 takes SHA-1 only) decrypt raw RSA, and the
    // OAEP decoding is done here.
    const bool raw =
        rv == CKR_ARGUMENTS_BAD || rv == CKR_MECHANISM_PARAM_INVALID || rv == CKR_MECHANISM_INVALID;
    if (raw) {
        mechanism = CK_MECHANISM{CKM_RSA_X_509, nullptr, 0};
        rv = functions->C_DecryptInit(m_session, &mechanism, *key);
    }
    if (rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_DecryptInit")));
    QByteArray input = ciphertext.toByteArray();
    auto *in = reinterpret_cast<CK_BYTE *>(input.data());
    const auto inSize = static_cast<CK_ULONG>(input.size());
    // The plaintext is never longer than the ciphertext (the modulus size).
    crypto::SecureBuffer plain(input.size() > 0 ? static_cast<std::size_t>(input.size()) : 1);
    CK_ULONG plainSize = plain.size();
    rv = functions->C_Decrypt(m_session, in, inSize, plain.data(), &plainSize);
    if (rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_Decrypt")));
    plain.resize(plainSize);
    if (!raw)
        return plain;
    // Raw RSA output is the encoded message, left-padded to the modulus size.
    crypto::SecureBuffer encoded(static_cast<std::size_t>(input.size()) - plain.size());
    encoded.append(plain.view());
    return decodeOaepSha256(encoded);
}

Result<QByteArray> TokenProvider::sign(QByteArrayView keyId, const crypto::SignatureScheme &scheme,
                                       QByteArrayView message)
{
    auto key = findPrivateKey(keyId);
    if (!key)
        return fail(key.error());
    if (auto hashOk = hashMechanism(scheme.digest); !hashOk)
        return fail(hashOk.error());
    auto digest = crypto::hash(scheme.digest, message);
    if (!digest)
        return fail(digest.error());
    return signDigest(*key, scheme, *digest);
}

Result<QByteArray> TokenProvider::signDigest(unsigned long key,
                                             const crypto::SignatureScheme &scheme,
                                             const QByteArray &digest)
{
    const CK_MECHANISM_TYPE hashType = hashMechanism(scheme.digest).value();
    CK_RSA_PKCS_PSS_PARAMS pss{
        hashType, mgfFor(hashType),
        static_cast<CK_ULONG>(scheme.pssSaltLength >= 0 ? scheme.pssSaltLength : digest.size())};
    CK_MECHANISM mechanism{CKM_RSA_PKCS, nullptr, 0};
    QByteArray input = digest;
    switch (scheme.kind) {
    case crypto::SignatureScheme::Kind::RsaPkcs1v15:
        input = digestInfoPrefix(scheme.digest) + digest;
        break;
    case crypto::SignatureScheme::Kind::RsaPss:
        mechanism = CK_MECHANISM{CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        break;
    case crypto::SignatureScheme::Kind::EcdsaDer:
    case crypto::SignatureScheme::Kind::EcdsaPlain:
        mechanism = CK_MECHANISM{CKM_ECDSA, nullptr, 0};
        break;
    }
    CK_FUNCTION_LIST *functions = m_module->functions;
    if (const CK_RV rv = functions->C_SignInit(m_session, &mechanism, key); rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_SignInit")));
    auto *in = reinterpret_cast<CK_BYTE *>(input.data());
    const auto inSize = static_cast<CK_ULONG>(input.size());
    CK_ULONG size = 0;
    if (const CK_RV rv = functions->C_Sign(m_session, in, inSize, nullptr, &size); rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_Sign")));
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (const CK_RV rv = functions->C_Sign(m_session, in, inSize,
                                           reinterpret_cast<CK_BYTE *>(signature.data()), &size);
        rv != CKR_OK)
        return fail(tokenError(rv, QStringLiteral("C_Sign")));
    signature.resize(static_cast<qsizetype>(size));
    if (scheme.kind == crypto::SignatureScheme::Kind::EcdsaDer)
        return crypto::ecdsaPlainToDer(signature);
    return signature;
}

} // namespace guichet::identity
