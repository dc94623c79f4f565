#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#ifndef EDGEKV_TOKENS_EXECUTABLE
#error "EDGEKV_TOKENS_EXECUTABLE must name the built edgekv-tokens"
#endif

namespace edgekv::clitest {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           (finished ? "" : " (did not finish)") + "; stdout: " + out.left(4000) +
           "; stderr: " + err.left(4000);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

QJsonObject byName(const QJsonArray& array, const QString& name)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

SandboxFixture& FixtureSet::make(TokenModel model, const QString& section,
                                 const std::optional<QSslConfiguration>& tls)
{
    m_fixtures.push_back(std::make_unique<SandboxFixture>(model, section, tls));
    return *m_fixtures.back();
}

QStringList FixtureSet::finish()
{
    QStringList leaks;
    for (const auto& fixture : m_fixtures)
        leaks << fixture->leaks();
    m_fixtures.clear();
    return leaks;
}

void FixtureTest::cleanup()
{
    const QStringList leaks = m_fixtures.finish();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("\n"))));
}

void StoredAccountTest::init()
{
    m_fixture = &make(TokenModel::Enhanced, QStringLiteral("sandbox"));
    CLI_START(*m_fixture);
    m_fixture->addEnhanced(QStringLiteral("stored-account-token"), {QStringLiteral("default")});
}

QProcessEnvironment childEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("AKAMAI_")) || key == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return environment;
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment,
              const QByteArray& stdinData, int limitMs)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(EDGEKV_TOKENS_EXECUTABLE), arguments);
    if (!process.waitForStarted(30000)) {
        run.err = "could not start: " + process.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    run.finished = finished.count() > 0 || finished.wait(limitMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.finished && !run.crashed ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

SandboxFixture::SandboxFixture(TokenModel model, const QString& section,
                               const std::optional<QSslConfiguration>& tls)
    : m_client(SandboxClient::generate()), m_section(section.isEmpty() ? QStringLiteral("default") : section)
{
    // Tests compare day counts the program computes with the test's own; both use the UTC day, which must
    // not change in between. A test that starts in the last two minutes of a UTC day waits for the next.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    if (now.secsTo(midnight) < 120)
        QThread::sleep(static_cast<unsigned long>(now.secsTo(midnight) + 1));
    // The sandbox's per-request debug lines would drown the test log.
    QLoggingCategory::setFilterRules(QStringLiteral("edgekv.sandbox.debug=false"));
    SandboxOptions options;
    options.tokenModel = model;
    options.activationDelaySeconds = 3600; // a created enhanced token stays IN_PROGRESS during a test
    options.clients.append(m_client);
    m_server = std::make_unique<SandboxServer>(options);
    m_startError = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, tls);
    m_edgercPath = m_home.filePath(QStringLiteral("sandbox.edgerc"));
    if (m_startError.isEmpty() && !writeFile(m_edgercPath, edgercSection(m_section, credentials())))
        m_startError = QStringLiteral("cannot write ") + m_edgercPath;
}

QStringList SandboxFixture::edgercArguments() const
{
    QStringList arguments{QStringLiteral("--edgerc"), m_edgercPath};
    if (m_section != QLatin1String("default"))
        arguments << QStringLiteral("--section") << m_section;
    return arguments;
}

CliRun SandboxFixture::run(const QStringList& arguments, const QByteArray& stdinData)
{
    return run(arguments + edgercArguments(), environment(), stdinData);
}

CliRun SandboxFixture::run(const QStringList& arguments, const QProcessEnvironment& environment,
                           const QByteArray& stdinData)
{
    const CliRun result = runCli(arguments, environment, stdinData);
    checkForLeaks(arguments, result);
    return result;
}

void SandboxFixture::checkForLeaks(const QStringList& arguments, const CliRun& run)
{
    const QByteArray output = run.out + run.err;
    const auto leaked = [&output](const QString& secret) {
        return !secret.isEmpty() && output.contains(secret.toUtf8());
    };
    const QString command = arguments.join(QLatin1Char(' '));
    if (leaked(m_client.clientSecret) || leaked(m_client.accessToken))
        m_leaks << command + QStringLiteral(": a client secret or access token in the output");
    if (arguments.contains(QLatin1String("--reveal")))
        return;
    const SandboxStore& store = m_server->store();
    for (const QString& key : store.accountKeys()) {
        const SandboxAccount* account = store.findAccount(key);
        for (const SandboxToken& token : account->tokens) {
            if (leaked(token.value))
                m_leaks << command + QStringLiteral(": the value of token ") + token.name;
        }
    }
}

SandboxToken SandboxFixture::addLegacy(const QString& name, const QDate& expiry,
                                       const QStringList& namespaces, const QString& accountSwitchKey)
{
    SandboxToken token;
    token.model = TokenModel::Legacy;
    token.name = name;
    token.uuid = SandboxStore::newUuid();
    token.allowOnStaging = true;
    token.allowOnProduction = true;
    for (const QString& ns : namespaces)
        token.namespacePermissions.insert(ns, {QStringLiteral("r"), QStringLiteral("w")});
    token.cpcode = QStringLiteral("1234567");
    token.expiry = expiry;
    token.issueDate = todayUtc().addDays(-60);
    token.createdAtUtc = QDateTime(token.issueDate, QTime(9, 0), Qt::UTC);
    token.value = QString::fromLatin1(m_server->issueLegacyJwt(token));
    m_server->store().addToken(accountSwitchKey, token);
    return token;
}

SandboxToken SandboxFixture::addEnhanced(const QString& name, const QStringList& namespaces, bool active,
                                         const QString& accountSwitchKey)
{
    SandboxToken token;
    token.model = TokenModel::Enhanced;
    token.name = name;
    token.uuid = SandboxStore::newUuid();
    token.allowOnStaging = true;
    token.allowOnProduction = true;
    for (const QString& ns : namespaces)
        token.namespacePermissions.insert(ns, {QStringLiteral("r")});
    token.cpcode = QStringLiteral("1234567");
    token.expiry = SandboxToken::enhancedExpiry();
    token.issueDate = todayUtc().addDays(-10);
    token.createdAtUtc = QDateTime(token.issueDate, QTime(9, 0), Qt::UTC);
    token.nextScheduledRefreshDate = todayUtc().addDays(50);
    token.activationCompleteAtUtc = active ? token.createdAtUtc : QDateTime::currentDateTimeUtc().addDays(1);
    m_server->store().addToken(accountSwitchKey, token);
    return token;
}

bool SandboxFixture::hasToken(const QString& name, const QString& accountSwitchKey) const
{
    return m_server->store().token(accountSwitchKey, name).has_value();
}

QDate SandboxFixture::todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray edgercSection(const QString& section, const Credentials& credentials)
{
    const QString host = (credentials.plainHttp ? QStringLiteral("http://") : QString()) + credentials.host;
    return QStringLiteral("[%1]\nhost = %2\nclient_token = %3\nclient_secret = %4\naccess_token = %5\n")
        .arg(section, host, credentials.clientToken, credentials.clientSecret, credentials.accessToken)
        .toUtf8();
}

} // namespace edgekv::clitest
