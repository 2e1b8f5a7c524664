// The subcommand interface of guichet-cli and the output conventions every command follows.
#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet::cli {

// Exit codes of the stable contract (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and the answer is negative, or an operation failed
    ExitUsage = 2, // wrong arguments, or input that is not what the command takes
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    // `arguments` starts with the command name, like argv.
    [[nodiscard]] virtual int run(const QStringList &arguments) = 0;

    CliCommand() = default;
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;
    CliCommand(CliCommand &&) = delete;
    CliCommand &operator=(CliCommand &&) = delete;
};

// One compact JSON object per line on stdout, or indented for reading (`--pretty`).
void printJson(const QJsonObject &object, bool indented = false);
// {"error": {...}} on stdout, and a one-line explanation on stderr.
void printError(const Error &error);
// A usage problem: explanation on stderr; returns ExitUsage.
[[nodiscard]] int usageError(const QString &command, const QString &message);
// Parses a command's arguments with its help option; returns the exit code when the command
// stops there (ExitUsage after a usage error, ExitOk after printing the help).
[[nodiscard]] std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                                const QStringList &arguments);

} // namespace guichet::cli
