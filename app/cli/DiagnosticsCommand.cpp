// `guichet-cli diagnostics [--pretty]`.
#include "DiagnosticsCommand.h"

#include "diagnostics/Environment.h"

#include <QCommandLineParser>

namespace guichet::cli {

QString DiagnosticsCommand::name() const
{
    return QStringLiteral("diagnostics");
}

QString DiagnosticsCommand::summary() const
{
    return QStringLiteral("Print the environment report (versions, pcscd, readers) as JSON.");
}

int DiagnosticsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption pretty(QStringLiteral("pretty"),
                                    QStringLiteral("Indent the JSON for reading."));
    parser.addOption(pretty);
    if (const std::optional<int> stop = parseArguments(parser, name(), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name(), QStringLiteral("unexpected argument '%1'")
                                      .arg(parser.positionalArguments().constFirst()));

    printJson(diagnostics::environmentReport(), parser.isSet(pretty));
    return ExitOk;
}

} // namespace guichet::cli
