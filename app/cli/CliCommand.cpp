// Output helpers shared by the CLI commands.
#include "CliCommand.h"

#include <QJsonDocument>

#include <cstdio>

namespace guichet::cli {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
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

} // namespace guichet::cli
