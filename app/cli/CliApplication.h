#pragma once

#include "Command.h"
#include "CommandContext.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

namespace edgekv {
class Clock;
}

namespace edgekv::cli {

// edgekv-tokens: finds the command word, parses the command's and the global options with one
// QCommandLineParser, prints help and the version, loads the credentials, runs the command on a local
// event loop and returns its exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CliApplication)

public:
    static QString programName() { return QStringLiteral("edgekv-tokens"); }

    // clock must outlive the application.
    CliApplication(CliIo io, const Clock& clock,
                   QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~CliApplication();

    // arguments without the program name. Blocks, running the event loop, until the command ended.
    ExitCode run(const QStringList& arguments);

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    Command* command(const QString& name) const;

    // The overview (no command) and one command's help.
    QString overviewHelp() const;
    QString commandHelp(const Command& command) const;

private:
    ExitCode usageError(const QString& message, const QString& helpHint);
    ExitCode runCommand(Command& command, const GlobalOptions& options);
    void write(QIODevice* device, const QString& text);

    CliIo m_io;
    const Clock& m_clock;
    QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace edgekv::cli
