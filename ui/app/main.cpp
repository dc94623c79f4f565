// edgekv-token-manager: the desktop app (see --help).

#include "mainwindow/GuiCommandLine.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TokenDialogs.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace edgekv;

namespace {

enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsage = 2 };

void printTo(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QStringList arguments(int argc, char* argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeKV"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeKV Token Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEKV_VERSION));

    // Parsed before QApplication exists, so --version and --help need no display.
    GuiCommandLine commandLine;
    GuiCommandLine::Result parsed = commandLine.parse(arguments(argc, argv));
    // Help and usage errors in the user's language: that needs an application object for the translators,
    // and a QCoreApplication needs no display either.
    std::unique_ptr<QCoreApplication> console;
    if (parsed != GuiCommandLine::Result::Run) {
        console = std::make_unique<QCoreApplication>(argc, argv);
        installTranslations(*console);
        commandLine = GuiCommandLine();
        parsed = commandLine.parse(arguments(argc, argv));
    }
    switch (parsed) {
    case GuiCommandLine::Result::ShowHelp:
        printTo(stdout, commandLine.helpText());
        return ExitOk;
    case GuiCommandLine::Result::ShowVersion:
        printTo(stdout, GuiCommandLine::versionText());
        return ExitOk;
    case GuiCommandLine::Result::Error:
        printTo(stderr, QStringLiteral("%1: %2\n")
                            .arg(QLatin1String(GuiCommandLine::ProgramName), commandLine.errorText()));
        return ExitUsage;
    case GuiCommandLine::Result::Run:
        break;
    }

    // The in-process sandbox logs every request; the window shows what matters.
    QLoggingCategory::setFilterRules(
        QStringLiteral("edgekv.sandbox*.debug=false\nedgekv.sandbox*.info=false"));
    QApplication app(argc, argv);
    installTranslations(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("EdgeKV Token Manager"));
    QGuiApplication::setDesktopFileName(QLatin1String(GuiCommandLine::AppId));

    MainWindow window;
    TokenDialogs::install(window);
    window.show();
    const QString error = GuiCommandLine::start(window, commandLine.options());
    if (!error.isEmpty())
        printTo(stderr, QStringLiteral("%1: %2\n").arg(QLatin1String(GuiCommandLine::ProgramName), error));
    return app.exec() == 0 ? ExitOk : ExitRuntimeError;
}
