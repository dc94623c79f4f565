#pragma once

#include "SandboxOptions.h"

#include <QDate>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace edgekv {

// Everything the edgekv-sandbox command line asks for, parsed and checked, but nothing done yet:
// files are not opened and no clock is created here (main() does that).
struct SandboxSettings
{
    // Server behaviour. options.clock and options.clients are left for main() to fill in.
    SandboxOptions options;

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0;

    // Both set (HTTPS) or both empty (plain HTTP, loopback only).
    QString tlsCertFile;
    QString tlsKeyFile;

    // Empty: no .edgerc is written.
    QString writeEdgercFile;
    QString edgercSection = QStringLiteral("default");

    // Empty: random credentials for this run.
    QString credentialsFile;
    QString credentialsSection = QStringLiteral("default");

    // Demo tokens to add to an account that has none.
    int seedCount = 0;
    // Invalid: the real date. Otherwise the server's "today" (see SandboxCommandLine::todayHelp()).
    QDate today;

    // Log every request and the library's messages to stderr.
    bool verbose = false;

    bool useTls() const { return !tlsCertFile.isEmpty(); }
};

// Parses the edgekv-sandbox arguments with QCommandLineParser. Never exits the process: the caller
// decides what to print and which exit code to use.
class SandboxCommandLine
{
public:
    enum class Result {
        Run,         // settings() is ready
        ShowHelp,    // print helpText() to stdout, exit 0
        ShowVersion, // print versionText() to stdout, exit 0
        Error,       // print errorText() to stderr, exit 2
    };

    static constexpr int MaxSeedCount = 100000;
    static constexpr int MaxLatencyMs = 600000;
    static constexpr int MaxActivationDelaySeconds = 86400;

    SandboxCommandLine();
    ~SandboxCommandLine();

    // arguments include the program name first, like QCoreApplication::arguments().
    Result parse(const QStringList& arguments);

    const SandboxSettings& settings() const { return m_settings; }
    // One line, naming the option and the problem.
    QString errorText() const { return m_error; }
    // The options, then examples.
    QString helpText() const;
    QString versionText() const;

    // "HOST:PORT" with an IPv4 address, "[IPv6]:PORT" or "localhost:PORT". Returns an error message or "".
    static QString parseListen(const QString& text, QHostAddress* address, quint16* port);
    // "a,b,c": unique namespace names of 1-32 letters, digits, '_' and '-'. Returns an error message or "".
    static QString parseNamespaces(const QString& text, QList<SandboxNamespace>* namespaces);

private:
    QString parseValues();

    std::unique_ptr<QCommandLineParser> m_parser;
    SandboxSettings m_settings;
    QString m_error;
};

} // namespace edgekv
