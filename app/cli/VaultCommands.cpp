// Vault, draft and audit commands: option parsing, credentials, JSON output.
#include "VaultCommands.h"

#include "crypto/SecureBuffer.h"
#include "identity/AgentIdentity.h"
#include "identity/TokenProvider.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace guichet::cli {

namespace {

// The options every vault command shares.
struct VaultOptions {
    QCommandLineOption vault{QStringLiteral("vault"), QStringLiteral("The vault database file."),
                             QStringLiteral("path")};
    QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        QStringLiteral("File holding the recovery passphrase (one line)."), QStringLiteral("file")};
    QCommandLineOption tokenLabel{QStringLiteral("token-label"),
                                  QStringLiteral("Label of the agent's PKCS#11 token."),
                                  QStringLiteral("label")};
    QCommandLineOption pinFile{QStringLiteral("pin-file"),
                               QStringLiteral("File holding the token PIN (one line)."),
                               QStringLiteral("file")};
    QCommandLineOption agent{QStringLiteral("agent"),
                             QStringLiteral("Agent id recorded in the audit log (default: cli)."),
                             QStringLiteral("id"), QStringLiteral("cli")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({vault, passphraseFile, tokenLabel, pinFile, agent});
    }
};

// Reads a secret from a file: first line, without its line end, into a zeroising buffer.
Result<crypto::SecureBuffer> readSecretFile(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FailureCode::IoError,
                    QStringLiteral("cannot read the file given for %1").arg(field), field,
                    QStringLiteral("read"));
    if (file.size() > 4096)
        return fail(FailureCode::InvalidArgument,
                    QStringLiteral("the %1 file is too large").arg(field), field,
                    QStringLiteral("size"));
    crypto::SecureBuffer secret(static_cast<std::size_t>(file.size()));
    const qint64 read = file.read(reinterpret_cast<char *>(secret.data()), file.size());
    if (read != file.size())
        return fail(FailureCode::IoError,
                    QStringLiteral("cannot read the file given for %1").arg(field), field,
                    QStringLiteral("read"));
    std::size_t length = 0;
    while (length < secret.size() && secret.data()[length] != '\n' && secret.data()[length] != '\r')
        ++length;
    secret.resize(length);
    return secret;
}

// Loads the PKCS#11 module (GUICHET_PKCS11_MODULE, else OpenSC's).
Result<std::unique_ptr<identity::TokenProvider>> loadProvider()
{
    return identity::TokenProvider::load(identity::TokenProvider::defaultModulePath());
}

// Opens the vault with the credential options: the agent token (PIN login; the audit names
// the agent of the token's certificate) or the recovery passphrase. Errors are printed and
// std::nullopt returned.
std::optional<std::unique_ptr<vault::Vault>> openVault(const QCommandLineParser &parser,
                                                       const VaultOptions &options, int *exitCode)
{
    *exitCode = ExitFailure;
    Result<std::unique_ptr<vault::Vault>> opened = fail(FailureCode::Internal, {});
    if (parser.isSet(options.tokenLabel)) {
        auto pin = readSecretFile(parser.value(options.pinFile), QStringLiteral("pin-file"));
        if (!pin) {
            printError(pin.error());
            return std::nullopt;
        }
        auto provider = loadProvider();
        if (!provider) {
            printError(provider.error());
            return std::nullopt;
        }
        opened = vault::Vault::openWithToken(parser.value(options.vault), **provider,
                                             parser.value(options.tokenLabel), *pin);
    } else {
        auto passphrase =
            readSecretFile(parser.value(options.passphraseFile), QStringLiteral("passphrase-file"));
        if (!passphrase) {
            printError(passphrase.error());
            return std::nullopt;
        }
        opened = vault::Vault::openWithPassphrase(parser.value(options.vault), passphrase->view(),
                                                  parser.value(options.agent));
    }
    if (!opened) {
        printError(opened.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return std::move(opened).value();
}

// Checks the options every command needs; returns an exit code when they are missing.
std::optional<int> requireVaultOptions(const QString &command, const QCommandLineParser &parser,
                                       const VaultOptions &options)
{
    if (!parser.isSet(options.vault))
        return usageError(command, QStringLiteral("--vault PATH is required"));
    if (!parser.isSet(options.passphraseFile) && !parser.isSet(options.tokenLabel))
        return usageError(command, QStringLiteral("a credential is required: --passphrase-file F "
                                                  "(or --token-label L --pin-file F)"));
    if (parser.isSet(options.tokenLabel) != parser.isSet(options.pinFile))
        return usageError(command, QStringLiteral("--token-label L and --pin-file F go together"));
    return std::nullopt;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject summaryJson(const vault::ApplicationSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("document_type"), s.documentType},
        {QStringLiteral("status"), vault::statusName(s.status)},
        {QStringLiteral("label"), s.label},
        {QStringLiteral("revision"), s.revision},
        {QStringLiteral("created"), isoTime(s.createdMs)},
        {QStringLiteral("updated"), isoTime(s.updatedMs)},
    };
}

// The label the desk lists: "SURNAME Given names" from the document, when present.
QString labelOf(const QJsonObject &document)
{
    const QJsonObject applicant = document.value(QStringLiteral("applicant")).toObject();
    const QString surname = applicant.value(QStringLiteral("surname")).toString();
    const QString given = applicant.value(QStringLiteral("given_names")).toString();
    return QString(surname + QLatin1Char(' ') + given).trimmed();
}

int failed(const Error &error)
{
    printError(error);
    return ExitFailure;
}

// Reads a certificate file, DER or PEM.
Result<QByteArray> readCertificateFile(const QString &path)
{
    QFile file(path);
    constexpr qint64 kMaxCertificateSize = qint64{64} * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCertificateSize)
        return fail(FailureCode::IoError, QStringLiteral("cannot read the --certificate file"),
                    QStringLiteral("certificate"), QStringLiteral("read"));
    QByteArray content = file.readAll();
    if (content.startsWith("-----BEGIN CERTIFICATE-----")) {
        const qsizetype begin = content.indexOf('\n');
        const qsizetype end = content.indexOf("-----END CERTIFICATE-----");
        content = begin < 0 || end < begin
                      ? QByteArray()
                      : QByteArray::fromBase64(content.mid(begin, end - begin));
    }
    if (content.isEmpty())
        return fail(FailureCode::CryptoMalformedInput,
                    QStringLiteral("the --certificate file is not a DER or PEM certificate"),
                    QStringLiteral("certificate"), QStringLiteral("format"));
    return content;
}

// The token certificate object equal to `certificate` (for its CKA_ID), the token present.
Result<identity::TokenCertificate> findOnToken(identity::TokenProvider &provider,
                                               const QString &tokenLabel,
                                               const QByteArray &certificate)
{
    auto opened = provider.open(tokenLabel);
    if (!opened)
        return fail(opened.error());
    auto certificates = provider.certificates();
    if (!certificates)
        return fail(certificates.error());
    for (const auto &candidate : std::as_const(*certificates)) {
        if (candidate.der == certificate && !candidate.keyId.isEmpty())
            return candidate;
    }
    return fail(FailureCode::IdentityNoCertificate,
                QStringLiteral("the token does not hold this certificate"),
                QStringLiteral("certificate"), QStringLiteral("on_token"));
}

QJsonObject agentEntryJson(const QString &entryId, const identity::AgentIdentity &agent,
                           const identity::TokenInfo &token, const QByteArray &keyId)
{
    return QJsonObject{
        {QStringLiteral("entry"), entryId},
        {QStringLiteral("agent"), agent.agentId()},
        {QStringLiteral("role"), identity::roleName(agent.role())},
        {QStringLiteral("token_label"), token.label},
        {QStringLiteral("token_serial"), token.serial},
        {QStringLiteral("key_id"), QString::fromLatin1(keyId.toHex())},
    };
}

// vault create: the recovery passphrase always; with a token, its agent is enrolled at once
// and named in the audit.
int createVault(const QCommandLineParser &parser, const VaultOptions &options)
{
    auto passphrase =
        readSecretFile(parser.value(options.passphraseFile), QStringLiteral("passphrase-file"));
    if (!passphrase)
        return failed(passphrase.error());
    std::unique_ptr<identity::TokenProvider> provider;
    std::optional<identity::TokenCertificate> certificate;
    std::optional<identity::AgentIdentity> agent;
    if (parser.isSet(options.tokenLabel)) {
        auto pin = readSecretFile(parser.value(options.pinFile), QStringLiteral("pin-file"));
        if (!pin)
            return failed(pin.error());
        auto loaded = loadProvider();
        if (!loaded)
            return failed(loaded.error());
        provider = std::move(loaded).value();
        if (auto login = provider->login(parser.value(options.tokenLabel), *pin); !login)
            return failed(login.error());
        auto found = provider->agentCertificate();
        if (!found)
            return failed(found.error());
        auto identity = identity::AgentIdentity::fromCertificate(found->der);
        if (!identity)
            return failed(identity.error());
        certificate = std::move(found).value();
        agent = std::move(identity).value();
    }
    QElapsedTimer timer;
    timer.start();
    auto created = vault::Vault::create(parser.value(options.vault), passphrase->view(),
                                        agent ? agent->agentId() : parser.value(options.agent));
    if (!created)
        return failed(created.error());
    QJsonObject out{
        {QStringLiteral("vault"), parser.value(options.vault)},
        {QStringLiteral("id"), (*created)->id()},
        {QStringLiteral("schema"), (*created)->schemaVersion()},
    };
    if (certificate) {
        auto entry = (*created)->enrolAgent(certificate->der, provider->token().label,
                                            provider->token().serial, certificate->keyId);
        if (!entry)
            return failed(entry.error());
        out.insert(QStringLiteral("agent"),
                   agentEntryJson(*entry, *agent, provider->token(), certificate->keyId));
    }
    out.insert(QStringLiteral("ms"), timer.elapsed());
    printJson(out);
    return ExitOk;
}

// vault enrol-agent: --token-label names the card being enrolled, so the vault is opened with
// the recovery passphrase (held by supervisors): enrolment is a supervisor's act.
int enrolAgent(const QCommandLineParser &parser, const VaultOptions &options,
               const QCommandLineOption &certificateOption)
{
    auto certificate = readCertificateFile(parser.value(certificateOption));
    if (!certificate)
        return failed(certificate.error());
    auto agent = identity::AgentIdentity::fromCertificate(*certificate);
    if (!agent)
        return failed(agent.error());
    auto provider = loadProvider();
    if (!provider)
        return failed(provider.error());
    auto onToken = findOnToken(**provider, parser.value(options.tokenLabel), *certificate);
    if (!onToken)
        return failed(onToken.error());
    auto passphrase =
        readSecretFile(parser.value(options.passphraseFile), QStringLiteral("passphrase-file"));
    if (!passphrase)
        return failed(passphrase.error());
    auto opened = vault::Vault::openWithPassphrase(parser.value(options.vault), passphrase->view(),
                                                   parser.value(options.agent));
    if (!opened)
        return failed(opened.error());
    const identity::TokenInfo &token = (*provider)->token();
    auto entry = (*opened)->enrolAgent(*certificate, token.label, token.serial, onToken->keyId);
    if (!entry)
        return failed(entry.error());
    printJson(agentEntryJson(*entry, *agent, token, onToken->keyId));
    return ExitOk;
}

} // namespace

QString VaultCommand::name() const
{
    return QStringLiteral("vault");
}

QString VaultCommand::summary() const
{
    return QStringLiteral("Create a vault, enrol and remove agent tokens.");
}

int VaultCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "vault create --vault PATH --passphrase-file F [--token-label L --pin-file F]\n"
        "vault enrol-agent --vault PATH --passphrase-file F --certificate FILE --token-label L\n"
        "vault remove-agent --vault PATH CREDENTIALS --entry ID\n"
        "create: the database PATH and its keyring PATH.keys; the random vault key is wrapped "
        "for the recovery passphrase (scrypt, >= 250 ms), and for the token's agent when given.\n"
        "enrol-agent: wraps the key for the token holding the certificate (no PIN needed).\n"
        "CREDENTIALS: --passphrase-file F (or --token-label L --pin-file F)."));
    VaultOptions options;
    options.addTo(parser);
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         QStringLiteral("The agent certificate (DER or PEM)."),
                                         QStringLiteral("file"));
    const QCommandLineOption entry(QStringLiteral("entry"),
                                   QStringLiteral("Keyring entry id of the agent to remove."),
                                   QStringLiteral("id"));
    parser.addOptions({certificate, entry});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("create|enrol-agent|remove-agent"));
    if (auto stop = parseArguments(parser, name(), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions{QStringLiteral("create"), QStringLiteral("enrol-agent"),
                                      QStringLiteral("remove-agent")};
    if (positional.size() != 1 || !kActions.contains(action))
        return usageError(name(),
                          QStringLiteral("expected one of create, enrol-agent, remove-agent"));
    if (action == QLatin1String("enrol-agent")) {
        if (!parser.isSet(options.vault) || !parser.isSet(certificate) ||
            !parser.isSet(options.tokenLabel) || !parser.isSet(options.passphraseFile))
            return usageError(name(), QStringLiteral("enrol-agent needs --vault PATH, "
                                                     "--passphrase-file F, --certificate FILE "
                                                     "and --token-label L"));
        return enrolAgent(parser, options, certificate);
    }
    if (auto missing = requireVaultOptions(name(), parser, options))
        return *missing;
    if (action == QLatin1String("create")) {
        if (!parser.isSet(options.passphraseFile))
            return usageError(name(),
                              QStringLiteral("vault create needs --passphrase-file F: the "
                                             "supervisor recovery passphrase, also with a token"));
        return createVault(parser, options);
    }
    if (!parser.isSet(entry))
        return usageError(name(), QStringLiteral("--entry ID is required for 'remove-agent'"));
    int exitCode = ExitOk;
    auto opened = openVault(parser, options, &exitCode);
    if (!opened)
        return exitCode;
    if (auto removed = (**opened).removeAgent(parser.value(entry)); !removed)
        return failed(removed.error());
    printJson(QJsonObject{{QStringLiteral("removed"), parser.value(entry)}});
    return ExitOk;
}

QString DraftCommand::name() const
{
    return QStringLiteral("draft");
}

QString DraftCommand::summary() const
{
    return QStringLiteral("Store, read, list and finalise applications in a vault.");
}

int DraftCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("draft put --vault PATH CREDENTIALS --json FILE [--id ID]\n"
                       "draft get --vault PATH CREDENTIALS --id ID\n"
                       "draft list --vault PATH CREDENTIALS\n"
                       "draft finalise --vault PATH CREDENTIALS --id ID\n"
                       "CREDENTIALS: --passphrase-file F (or --token-label L --pin-file F)."));
    VaultOptions options;
    options.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("The application document (JSON object)."),
                                  QStringLiteral("file"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Application id."),
                                QStringLiteral("id"));
    parser.addOptions({json, id});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("put|get|list|finalise"));
    if (auto stop = parseArguments(parser, name(), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions{QStringLiteral("put"), QStringLiteral("get"),
                                      QStringLiteral("list"), QStringLiteral("finalise")};
    if (positional.size() != 1 || !kActions.contains(action))
        return usageError(name(), QStringLiteral("expected one of put, get, list, finalise"));
    if (auto missing = requireVaultOptions(name(), parser, options))
        return *missing;
    if ((action == QLatin1String("get") || action == QLatin1String("finalise")) &&
        !parser.isSet(id))
        return usageError(name(), QStringLiteral("--id ID is required for '%1'").arg(action));
    if (action == QLatin1String("put") && !parser.isSet(json))
        return usageError(name(), QStringLiteral("--json FILE is required for 'put'"));

    // Read and check the document before touching the vault.
    QByteArray document;
    QJsonObject documentObject;
    if (action == QLatin1String("put")) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::ReadOnly))
            return failed(makeError(FailureCode::IoError,
                                    QStringLiteral("cannot read the --json file"),
                                    QStringLiteral("json"), QStringLiteral("read")));
        document = file.readAll();
        QJsonParseError parseError{};
        const QJsonDocument parsed = QJsonDocument::fromJson(document, &parseError);
        if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
            return failed(
                makeError(FailureCode::InvalidArgument,
                          QStringLiteral("the --json file is not a JSON object (%1 at offset %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset),
                          QStringLiteral("json"), QStringLiteral("json")));
        documentObject = parsed.object();
        if (documentObject.value(QStringLiteral("document_type")).toString().isEmpty())
            return failed(makeError(FailureCode::InvalidArgument,
                                    QStringLiteral("the document needs a \"document_type\""),
                                    QStringLiteral("document_type"), QStringLiteral("required")));
    }

    int exitCode = ExitOk;
    auto opened = openVault(parser, options, &exitCode);
    if (!opened)
        return exitCode;
    vault::Vault &store = **opened;

    if (action == QLatin1String("put")) {
        auto saved = store.saveDraft(
            parser.value(id), documentObject.value(QStringLiteral("document_type")).toString(),
            labelOf(documentObject), document);
        if (!saved)
            return failed(saved.error());
        printJson(summaryJson(*saved));
        return ExitOk;
    }
    if (action == QLatin1String("get")) {
        auto stored = store.application(parser.value(id));
        if (!stored)
            return failed(stored.error());
        QJsonObject out = summaryJson(stored->summary);
        out.insert(QStringLiteral("document"), QJsonDocument::fromJson(stored->document).object());
        printJson(out);
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        auto list = store.applications();
        if (!list)
            return failed(list.error());
        QJsonArray items;
        for (const auto &summary : std::as_const(*list))
            items.append(summaryJson(summary));
        printJson(QJsonObject{{QStringLiteral("applications"), items}});
        return ExitOk;
    }
    auto finalised = store.finalise(parser.value(id));
    if (!finalised)
        return failed(finalised.error());
    printJson(summaryJson(*finalised));
    return ExitOk;
}

QString AuditCommand::name() const
{
    return QStringLiteral("audit");
}

QString AuditCommand::summary() const
{
    return QStringLiteral("Verify a vault's audit chain (audit verify).");
}

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("audit verify --vault PATH CREDENTIALS\n"
                       "Exit 0 when every record is intact, 1 when the chain is broken."));
    VaultOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify"));
    if (auto stop = parseArguments(parser, name(), arguments))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
        return usageError(name(), QStringLiteral("expected 'verify'"));
    if (auto missing = requireVaultOptions(name(), parser, options))
        return *missing;
    int exitCode = ExitOk;
    auto opened = openVault(parser, options, &exitCode);
    if (!opened)
        return exitCode;
    auto verdict = (**opened).verifyAudit();
    if (!verdict)
        return failed(verdict.error());
    printJson(QJsonObject{
        {QStringLiteral("ok"), verdict->ok},
        {QStringLiteral("records"), static_cast<qint64>(verdict->records)},
        {QStringLiteral("first_bad"), verdict->ok
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(static_cast<qint64>(verdict->firstBad))},
        {QStringLiteral("reason"),
         verdict->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(verdict->reason)},
    });
    return verdict->ok ? ExitOk : ExitFailure;
}

} // namespace guichet::cli
