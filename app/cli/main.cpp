// edgekv-tokens: the EdgeKV token manager's command line. No display needed: QtCore and QtNetwork only.
#include "CliApplication.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    edgekv::installTranslations(app);
    // Errors reach the user as one line from the command; the core's log lines would repeat them.
    // QT_LOGGING_RULES still turns them on for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("edgekv.*=false"));
    QCoreApplication::setApplicationName(edgekv::cli::CliApplication::programName());
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEKV_VERSION));
    edgekv::cli::CliApplication cli(edgekv::cli::CliIo::standard(), edgekv::Clock::system());
    return int(cli.run(QCoreApplication::arguments().mid(1)));
}
