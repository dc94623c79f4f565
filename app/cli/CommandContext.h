#pragma once

#include "ExitCode.h"
#include "GlobalOptions.h"
#include "api/ApiError.h"
#include "api/EdgeKvClient.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QIODevice;

namespace edgekv {
class Clock;
} // namespace edgekv

namespace edgekv::cli {

// Where a run reads and writes: stdout, stderr and the terminal (the real ones in main(), buffers and a
// scripted terminal in tests).
struct CliIo
{
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
    // Whether stdin is a terminal someone can answer a question on.
    std::function<bool()> stdinIsInteractive;
    // One line typed by the user, without its line end; a null string at end of input.
    std::function<QString()> readLine;

    // The process's stdout, stderr and stdin.
    static CliIo standard();
};

// What a running command works with: the global options, the output, the clock and, for commands that
// talk to the API, the client. A command ends by calling finish() exactly once.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    CommandContext(QString program, GlobalOptions options, CliIo io, const Clock& clock,
                   std::function<void(ExitCode)> finished, QObject* parent = nullptr);
    ~CommandContext() override;

    const QString& program() const { return m_program; }
    const GlobalOptions& options() const { return m_options; }
    bool json() const { return m_options.json; }
    const Clock& clock() const { return m_clock; }
    const CliIo& io() const { return m_io; }

    // nullptr for commands that do not use the API, and for check without a usable account.
    EdgeKvClient* client() const { return m_client; }
    void setClient(EdgeKvClient* client, const QStringList& secrets);
    // Why there is no client (check runs offline then).
    QString noClientReason() const { return m_noClientReason; }
    void setNoClientReason(const QString& reason) { m_noClientReason = reason; }

    QTextStream& out() { return m_out; }
    // One line on stderr: "edgekv-tokens: <message>", with line breaks folded and every known secret
    // redacted.
    void printError(const QString& message);
    void printWarning(const QString& message);
    // A line on stderr without a prefix (progress, prompts).
    void printNote(const QString& message);
    // Indented JSON and a line end on stdout.
    void printJson(const QJsonValue& value);

    // Prints error.userMessage() and finishes with Failure.
    void failWith(const ApiError& error);
    void fail(ExitCode code, const QString& message);
    void finish(ExitCode code);
    bool isFinished() const { return m_finished; }

private:
    QString clean(const QString& message) const;

    QString m_program;
    GlobalOptions m_options;
    CliIo m_io;
    const Clock& m_clock;
    std::function<void(ExitCode)> m_onFinished;
    QPointer<EdgeKvClient> m_client;
    QStringList m_secrets;
    QString m_noClientReason;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace edgekv::cli
