// `guichet-cli diagnostics [--pretty]`.
#include "DiagnosticsCommand.h"

#include "diagnostics/Environment.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

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
    parser.addHelpOption();
    const QCommandLineOption pretty(QStringLiteral("pretty"),
                                    QStringLiteral("Indent the JSON for reading."));
    parser.addOption(pretty);
    if (!parser.parse(arguments))
        return usageError(name(), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        const QByteArray help = parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(name(), QStringLiteral("unexpected argument '%1'")
                                      .arg(parser.positionalArguments().constFirst()));

    const QJsonObject report = diagnostics::environmentReport();
    if (parser.isSet(pretty)) {
        const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented);
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    } else {
        printJson(report);
    }
    return ExitOk;
}

} // namespace guichet::cli
