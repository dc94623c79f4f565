#pragma once

#include "SandboxServer.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>
#include <vector>

#define CLI_START(fixture) QVERIFY2((fixture).startError().isEmpty(), qPrintable((fixture).startError()))
#define CLI_EXPECT_EXIT(run, code) QVERIFY2((run).exitCode == (code), (run).describe().constData())

namespace edgekv::clitest {

QStringList args(std::initializer_list<const char*> list);
// The object of array whose "name" is name; empty when there is none.
QJsonObject byName(const QJsonArray& array, const QString& name);

// What one run of the built edgekv-tokens produced.
struct CliRun
{
    bool finished = false; // false: it did not end within the limit and was killed
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // "exit 2; stdout: ...; stderr: ..." for failure messages.
    QByteArray describe() const;
};

// The environment of a child: this process's without any AKAMAI_* variable, with HOME and
// XDG_CONFIG_HOME in home (so ~/.edgerc does not exist and stored accounts are the test's own).
QProcessEnvironment childEnvironment(const QString& home);

// Runs the built edgekv-tokens with arguments and waits for it with this thread's event loop running,
// so an in-process sandbox keeps answering. stdinData is written and stdin closed (a pipe, not a TTY).
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment,
              const QByteArray& stdinData = {}, int limitMs = 120000);

// An in-process sandbox on 127.0.0.1:0 (the system clock: the child signs with it), with one API client,
// an .edgerc for it in a temporary folder that is also the child's HOME, and helpers to seed tokens.
class SandboxFixture
{
public:
    explicit SandboxFixture(TokenModel model = TokenModel::Enhanced, const QString& section = {},
                            const std::optional<QSslConfiguration>& tls = std::nullopt);

    QString startError() const { return m_startError; }
    SandboxServer& server() { return *m_server; }
    const SandboxClient& client() const { return m_client; }
    Credentials credentials() const { return m_server->credentialsFor(m_client); }
    QString home() const { return m_home.path(); }
    QString edgercPath() const { return m_edgercPath; }
    QString section() const { return m_section; }
    QProcessEnvironment environment() const { return childEnvironment(home()); }
    // --edgerc FILE (and --section NAME when not "default").
    QStringList edgercArguments() const;

    // Runs the CLI with edgercArguments() appended, and records secrets seen in its output.
    CliRun run(const QStringList& arguments, const QByteArray& stdinData = {});
    CliRun run(const QStringList& arguments, const QProcessEnvironment& environment,
               const QByteArray& stdinData = {});
    // Texts of the outputs that showed a client secret, an access token, a client token or (without
    // --reveal) a legacy token value.
    const QStringList& leaks() const { return m_leaks; }
    void checkForLeaks(const QStringList& arguments, const CliRun& run);

    // A token in the API client's own account (or accountSwitchKey's); legacy tokens get their JWT.
    SandboxToken addLegacy(const QString& name, const QDate& expiry, const QStringList& namespaces,
                           const QString& accountSwitchKey = {});
    SandboxToken addEnhanced(const QString& name, const QStringList& namespaces, bool active = true,
                             const QString& accountSwitchKey = {});
    bool hasToken(const QString& name, const QString& accountSwitchKey = {}) const;

    static QDate todayUtc();

private:
    QTemporaryDir m_home;
    SandboxClient m_client;
    std::unique_ptr<SandboxServer> m_server;
    QString m_startError;
    QString m_section;
    QString m_edgercPath;
    QStringList m_leaks;
};

// The fixtures of one test function; finish() deletes them and returns every leak their runs showed.
class FixtureSet
{
public:
    ~FixtureSet() { finish(); }
    SandboxFixture& make(TokenModel model = TokenModel::Enhanced, const QString& section = {},
                         const std::optional<QSslConfiguration>& tls = std::nullopt);
    QStringList finish();

private:
    std::vector<std::unique_ptr<SandboxFixture>> m_fixtures;
};

// Base of the end-to-end test classes: make() gives a fixture that lives until the test function ends;
// the cleanup() slot then checks that no run of any of them leaked a secret.
class FixtureTest : public QObject
{
    Q_OBJECT

protected:
    SandboxFixture& make(TokenModel model = TokenModel::Enhanced, const QString& section = {},
                         const std::optional<QSslConfiguration>& tls = std::nullopt)
    {
        return m_fixtures.make(model, section, tls);
    }

private slots:
    void cleanup();

private:
    FixtureSet m_fixtures;
};

// Base of the tests of stored accounts: every test function starts with a fixture whose .edgerc section
// is "sandbox" and whose account holds the enhanced token "stored-account-token".
class StoredAccountTest : public FixtureTest
{
    Q_OBJECT

protected:
    SandboxFixture& fixture() { return *m_fixture; }
    // Without edgercArguments(): the account comes from the command line or the stored accounts.
    CliRun run(const QStringList& arguments) { return m_fixture->run(arguments, m_fixture->environment()); }

private slots:
    void init();

private:
    SandboxFixture* m_fixture = nullptr;
};

// Writes text to path (parents created); false on failure.
bool writeFile(const QString& path, const QByteArray& text);
QByteArray readFile(const QString& path);
// An .edgerc section for credentials.
QByteArray edgercSection(const QString& section, const Credentials& credentials);

} // namespace edgekv::clitest
