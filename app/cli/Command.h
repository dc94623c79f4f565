#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace edgekv::cli {

class CommandContext;

// One command of edgekv-tokens. The application parses the arguments with the command's options and the
// global ones, calls parse(), obtains an API client when clientNeed() asks for one, then run(), which
// ends (now or later, from the event loop) with context.finish().
class Command
{
public:
    enum class ClientNeed {
        None,     // no API calls (accounts)
        Required, // credentials that cannot be loaded are a usage error
        Optional, // check: without usable credentials it works offline
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // What follows the program name in the usage line: "list [--include-expired] [--details]".
    virtual QString usage() const = 0;
    // One line for the command overview.
    virtual QString summary() const = 0;
    // What the command does, in a few lines (already wrapped).
    virtual QString description() const = 0;
    // The command's own options. One with the name of a global option replaces it for this command.
    virtual QList<QCommandLineOption> options() const { return {}; }

    // Reads the command's options and positional arguments (the command word removed). Returns a usage
    // error (one sentence) or an empty string.
    virtual QString parse(const QCommandLineParser& parser, const QStringList& positional) = 0;
    // Valid after parse().
    virtual ClientNeed clientNeed() const { return ClientNeed::Required; }
    virtual void run(CommandContext& context) = 0;
};

} // namespace edgekv::cli
