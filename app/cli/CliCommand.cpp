// Output helpers shared by the CLI commands.
#include "CliCommand.h"

#include <QJsonDocument>

#include <cstdio>

namespace guichet::cli {

void printJson(const QJsonObject &object, bool indented)
{
    const QByteArray text =
        QJsonDocument(object).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    if (!indented)
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const Error &error)
{
    printJson(QJsonObject{{QStringLiteral("error"), error.toJson()}});
    const QByteArray text = error.toString().toUtf8();
    std::fprintf(stderr, "guichet-cli: %s\n", text.constData());
}

int usageError(const QString &command, const QString &message)
{
    const QByteArray text = message.toUtf8();
    const QByteArray name = command.toUtf8();
    std::fprintf(stderr, "guichet-cli %s: %s\nTry 'guichet-cli %s --help'.\n", name.constData(),
                 text.constData(), name.constData());
    return ExitUsage;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (!parser.isSet(QStringLiteral("help")))
        return std::nullopt;
    const QByteArray help = parser.helpText().toUtf8();
    std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
    return ExitOk;
}

} // namespace guichet::cli
