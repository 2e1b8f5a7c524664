// guichet-intake: the reference agency intake server (commands arrive with core/intake).
#include "common/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-intake"));
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    guichet::log::install(guichet::log::settingsFromEnvironment());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reference agency intake server for Guichet batches.\n"
                       "This build has no intake commands yet (init, serve and open come with "
                       "the end-of-day sync)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | serve | open"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 2;
    }
    std::fprintf(stderr, "guichet-intake: '%s' is not available in this build\n",
                 positional.constFirst().toUtf8().constData());
    return 2;
}
