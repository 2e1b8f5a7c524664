// guichet-cli: dispatches to one subcommand; every command prints JSON on stdout.
#include "CliCommand.h"
#include "DiagnosticsCommand.h"
#include "MrzCommand.h"
#include "VaultCommands.h"

#include "common/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

QString helpText(const std::vector<std::unique_ptr<guichet::cli::CliCommand>> &commands)
{
    QString text = QStringLiteral(
        "Usage: guichet-cli [--help] [--version] COMMAND [OPTIONS]\n\n"
        "Guichet's engines from the shell. Every command prints JSON on stdout (one object\n"
        "per line) and exits 0 on success, 1 on a negative answer or a failed operation,\n"
        "2 on wrong usage or input that is not what the command takes.\n\n"
        "Commands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -12).arg(command->summary());
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help     Show this help, or a command's help after it.\n"
                           "  -v, --version  Show the version.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    guichet::log::install(guichet::log::settingsFromEnvironment());

    std::vector<std::unique_ptr<guichet::cli::CliCommand>> commands;
    commands.push_back(std::make_unique<guichet::cli::DiagnosticsCommand>());
    commands.push_back(std::make_unique<guichet::cli::MrzCommand>());
    commands.push_back(std::make_unique<guichet::cli::VaultCommand>());
    commands.push_back(std::make_unique<guichet::cli::DraftCommand>());
    commands.push_back(std::make_unique<guichet::cli::AuditCommand>());

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));

    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "guichet-cli: %s\nTry 'guichet-cli --help'.\n",
                     parser.errorText().toUtf8().constData());
        return guichet::cli::ExitUsage;
    }
    if (parser.isSet(version)) {
        printText(QStringLiteral("guichet-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return guichet::cli::ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        printText(helpText(commands));
        return positional.isEmpty() && !parser.isSet(help) ? guichet::cli::ExitUsage
                                                           : guichet::cli::ExitOk;
    }

    for (const auto &command : commands) {
        if (command->name() == positional.constFirst())
            return command->run(positional);
    }
    std::fprintf(stderr, "guichet-cli: unknown command '%s'\nTry 'guichet-cli --help'.\n",
                 positional.constFirst().toUtf8().constData());
    return guichet::cli::ExitUsage;
}
