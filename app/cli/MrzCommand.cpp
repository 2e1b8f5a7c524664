// `guichet-cli mrz parse [--pretty] [--reference-date YYYY-MM-DD] [TEXT]`.
#include "MrzCommand.h"

#include "mrz/MrzParser.h"

#include <QCommandLineParser>
#include <QFile>

namespace guichet::cli {

namespace {

// An MRZ is at most 90 characters; a little slack for CR/LF and spaces, and no more, so that
// a wrong pipe (a whole file) is refused instead of being read into memory.
constexpr qint64 kMaxInput = 4096;

} // namespace

QString MrzCommand::name() const
{
    return QStringLiteral("mrz");
}

QString MrzCommand::summary() const
{
    return QStringLiteral("Parse and check a machine-readable zone (mrz parse [TEXT]).");
}

int MrzCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() +
        QStringLiteral("\nTEXT holds the MRZ lines separated by real newlines; without TEXT the "
                       "lines are read from standard input.\nExit 0: valid; 1: read, but a check "
                       "failed; 2: not an MRZ, or wrong usage."));
    const QCommandLineOption pretty(QStringLiteral("pretty"),
                                    QStringLiteral("Indent the JSON for reading."));
    const QCommandLineOption reference(
        QStringLiteral("reference-date"),
        QStringLiteral("Resolve two-digit years against this day instead of today."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOption(pretty);
    parser.addOption(reference);
    parser.addPositionalArgument(QStringLiteral("parse"), QStringLiteral("The action."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The MRZ lines."),
                                 QStringLiteral("[TEXT]"));
    if (const std::optional<int> stop = parseArguments(parser, name(), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("parse"))
        return usageError(name(), QStringLiteral("expected the action 'parse'"));
    if (positional.size() > 2)
        return usageError(name(), QStringLiteral("unexpected argument '%1'; quote the MRZ "
                                                 "lines as one argument")
                                      .arg(positional.at(2)));
    QDate referenceDate = QDate::currentDate();
    if (parser.isSet(reference)) {
        referenceDate = QDate::fromString(parser.value(reference), Qt::ISODate);
        if (!referenceDate.isValid())
            return usageError(name(), QStringLiteral("--reference-date takes YYYY-MM-DD"));
    }

    QString text;
    if (positional.size() == 2) {
        text = positional.at(1);
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usageError(name(), QStringLiteral("cannot read standard input"));
        const QByteArray bytes = input.read(kMaxInput + 1);
        if (bytes.size() > kMaxInput) {
            printError(makeError(FailureCode::MrzNotAnMrz,
                                 QStringLiteral("standard input is longer than any MRZ"),
                                 QStringLiteral("lines"), QStringLiteral("length")));
            return ExitUsage;
        }
        text = QString::fromUtf8(bytes);
    }

    const Result<mrz::MrzData> data = mrz::MrzParser(referenceDate).parse(text);
    if (!data.ok()) {
        printError(data.error());
        return ExitUsage;
    }
    printJson(data->toJson(), parser.isSet(pretty));
    return data->valid() ? ExitOk : ExitFailure;
}

} // namespace guichet::cli
