#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace edgekv::cli {

// The options every command accepts, before or after the command word.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::GlobalOptions)

public:
    static constexpr int DefaultTimeoutSeconds = 30;

    QString edgercPath; // "~/" expanded; the default is ~/.edgerc
    QString section = QStringLiteral("default");
    bool edgercGiven = false;
    bool sectionGiven = false;
    QString account;          // a stored account; empty: the .edgerc file
    QString accountSwitchKey; // --account-key; overrides the file's and the environment's
    bool accountSwitchKeyGiven = false;
    QString caCertPath;
    int timeoutSeconds = DefaultTimeoutSeconds;
    bool json = false;
    bool help = false;
    bool version = false;

    static QString defaultEdgercPath();
    static QList<QCommandLineOption> definitions();

    // Reads the global options from a parser that had definitions() added. Returns a usage error (one
    // sentence) or an empty string.
    QString read(const QCommandLineParser& parser);
};

// Where the command word is in the arguments (without the program name): the first argument that is
// neither an option nor the value of an option taking one. "--" ends the options.
struct CommandWord
{
    int index = -1; // -1: no command word
    QString word;

    static CommandWord find(const QStringList& arguments, const QSet<QString>& optionsWithValues);
};

// The names of options (from definitions) that take a value: "edgerc", "section", ...
QSet<QString> optionNamesWithValues(const QList<QCommandLineOption>& options);

} // namespace edgekv::cli
