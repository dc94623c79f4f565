// The built edgekv-sandbox program, started with QProcess and called with the app's own signer.

#include "SandboxOptions.h"
#include "SandboxSeeder.h"
#include "credentials/EdgercReader.h"
#include "edgegrid/EdgeGridRequestFactory.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <signal.h>

using namespace edgekv;

namespace {

const QDate kToday(2025, 3, 1);

struct Reply
{
    bool finished = false;
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// One run of the program. Collects everything it prints, to check that no secret is ever among it.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(EDGEKV_SANDBOX_EXECUTABLE));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Waits for "listening on <url>" (or for the program to end); returns the URL, empty on failure.
    QUrl waitForListening()
    {
        const QDeadlineTimer deadline(30000);
        while (!m_stdout.contains('\n') && !deadline.hasExpired()) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
            collect();
        }
        collect();
        const QByteArray prefix = "listening on ";
        if (!m_stdout.startsWith(prefix) || !m_stdout.contains('\n'))
            return {};
        return QUrl(QString::fromUtf8(m_stdout.mid(prefix.size(), m_stdout.indexOf('\n') - prefix.size())));
    }

    // Waits for the end of a program that is expected to stop on its own.
    bool waitForExit()
    {
        const bool done = m_process.waitForFinished(60000);
        collect();
        return done;
    }
    bool stop(int signal = SIGTERM)
    {
        ::kill(pid_t(m_process.processId()), signal);
        return waitForExit();
    }

    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray output() const { return m_stdout; }
    QByteArray errors() const { return m_stderr; }
    bool printed(const QString& text) const
    {
        return !text.isEmpty() && (m_stdout.contains(text.toUtf8()) || m_stderr.contains(text.toUtf8()));
    }

private:
    void collect()
    {
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

Credentials loadEdgerc(const QString& path, const QString& section)
{
    const auto loaded = EdgercLoader::load(path, section, QProcessEnvironment());
    if (const auto* error = std::get_if<EdgercError>(&loaded)) {
        qWarning("%s", qPrintable(error->text()));
        return {};
    }
    return std::get<Credentials>(loaded);
}

Reply call(QNetworkAccessManager& network, const Credentials& credentials, const QByteArray& method,
           const QByteArray& target, const QJsonObject& body = {}, const QList<QSslCertificate>& trusted = {})
{
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    SignedRequest signedRequest =
        EdgeGridRequestFactory(credentials)
            .build(method, target, bytes, bytes.isEmpty() ? QByteArray() : QByteArray("application/json"));
    if (!signedRequest.isValid()) {
        qWarning("%s", qPrintable(signedRequest.error));
        return {};
    }
    if (!trusted.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(trusted);
        signedRequest.request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = network.sendCustomRequest(signedRequest.request, signedRequest.method, bytes);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QStringList tokenNames(const QJsonObject& list)
{
    QStringList names;
    for (const QJsonValue& token : list.value(QLatin1String("tokens")).toArray())
        names << token.toObject().value(QLatin1String("name")).toString();
    names.sort();
    return names;
}

QStringList seededNames(int count, bool includeExpired)
{
    QStringList names;
    const auto tokens = SandboxSeeder::makeTokens(count, SandboxOptions::defaultNamespaces(),
                                                  SandboxOptions().cpcode, kToday);
    for (const SandboxToken& token : tokens) {
        if (includeExpired || !token.isExpired(kToday))
            names << token.name;
    }
    names.sort();
    return names;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    Reply call(const Credentials& credentials, const QByteArray& method, const QByteArray& target,
               const QJsonObject& body = {}, const QList<QSslCertificate>& trusted = {})
    {
        return ::call(m_network, credentials, method, target, body, trusted);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Neither secret appears anywhere in what the program printed.
    static void verifyNoSecret(const SandboxProcess& process, const Credentials& credentials)
    {
        QVERIFY(!credentials.clientSecret.isEmpty());
        QVERIFY(!process.printed(credentials.clientSecret));
        QVERIFY(!process.printed(credentials.accessToken));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void plainHttpServesSeededTokens()
    {
        const QString edgerc = path(QStringLiteral("plain.edgerc"));
        SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--today"),
                                kToday.toString(Qt::ISODate), QStringLiteral("--write-edgerc"), edgerc,
                                QStringLiteral("--section"), QStringLiteral("sandbox"),
                                QStringLiteral("--verbose")});
        const QUrl url = sandbox.waitForListening();
        QVERIFY2(url.isValid(), sandbox.errors().constData());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(sandbox.output(), QByteArray("listening on ") + url.toEncoded() + '\n');

        QCOMPARE(QFileInfo(edgerc).permissions() & QFileDevice::Permissions(0x7077),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(readAll(edgerc).contains("host = http://127.0.0.1:" + QByteArray::number(url.port()) + '\n'));
        const Credentials credentials = loadEdgerc(edgerc, QStringLiteral("sandbox"));
        QVERIFY(credentials.isComplete());
        QVERIFY(credentials.plainHttp);
        QCOMPARE(credentials.baseUrl(), url);

        Reply reply = call(credentials, "GET", "/edgekv/v1/tokens");
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        QCOMPARE(tokenNames(reply.json), seededNames(12, false));
        reply = call(credentials, "GET", "/edgekv/v1/tokens?includeExpired=true");
        QCOMPARE(reply.status, 200);
        QCOMPARE(tokenNames(reply.json), seededNames(12, true));

        // One legacy token with its JWT, one enhanced token still activating on the --today day.
        reply = call(credentials, "GET", "/edgekv/v1/tokens/checkout-ew-002");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QLatin1String("value")).toString().count(QLatin1Char('.')) == 2);
        reply = call(credentials, "GET", "/edgekv/v1/tokens/ab-tests-ew-004");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("tokenActivationStatus")).toString(),
                 QStringLiteral("IN_PROGRESS"));
        QCOMPARE(reply.json.value(QLatin1String("issueDate")).toString(), kToday.toString(Qt::ISODate));

        QVERIFY(sandbox.stop(SIGTERM));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        verifyNoSecret(sandbox, credentials);
        QVERIFY(sandbox.errors().contains("GET /edgekv/v1/tokens")); // --verbose logged the requests
    }

    void httpsWithSelfSignedCertificate()
    {
        QTemporaryDir certDir;
        QVERIFY(certDir.isValid());
        const QString cert = certDir.filePath(QStringLiteral("cert.pem"));
        const QString key = certDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(cert);
        QCOMPARE(trusted.size(), 1);

        const QString edgerc = path(QStringLiteral("tls.edgerc"));
        SandboxProcess sandbox({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--today"),
                                kToday.toString(Qt::ISODate), QStringLiteral("--write-edgerc"), edgerc});
        const QUrl url = sandbox.waitForListening();
        QVERIFY2(url.isValid(), sandbox.errors().constData());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(readAll(edgerc).contains("host = 127.0.0.1:" + QByteArray::number(url.port()) + '\n'));
        const Credentials credentials = loadEdgerc(edgerc, QStringLiteral("default"));
        QVERIFY(!credentials.plainHttp);

        const Reply reply = call(credentials, "GET", "/edgekv/v1/tokens?includeExpired=true", {}, trusted);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        QCOMPARE(tokenNames(reply.json), seededNames(3, true));
        // Without trusting the certificate a client refuses it (a new client: no cached connection).
        QNetworkAccessManager untrusting;
        const Reply refused = ::call(untrusting, credentials, "GET", "/edgekv/v1/tokens");
        QVERIFY(refused.finished);
        QCOMPARE(refused.status, 0);

        QVERIFY(sandbox.stop(SIGINT));
        QCOMPARE(sandbox.exitCode(), 0);
        verifyNoSecret(sandbox, credentials);
    }

    void credentialsAndStateSurviveARestart()
    {
        const QString edgerc = path(QStringLiteral("keep.edgerc"));
        const QString state = path(QStringLiteral("keep-state.json"));
        // The same command every time: the first run makes the credentials, later runs reuse them.
        const QStringList arguments = {
            QStringLiteral("--state"),        state,  QStringLiteral("--credentials"), edgerc,
            QStringLiteral("--write-edgerc"), edgerc, QStringLiteral("--seed"),        QStringLiteral("5")};
        Credentials first;
        QStringList firstNames;
        {
            SandboxProcess sandbox(arguments);
            QVERIFY2(sandbox.waitForListening().isValid(), sandbox.errors().constData());
            first = loadEdgerc(edgerc, QStringLiteral("default"));
            Reply reply = call(first, "GET", "/edgekv/v1/tokens?includeExpired=true");
            QCOMPARE(reply.status, 200);
            firstNames = tokenNames(reply.json);
            QCOMPARE(firstNames.size(), 5);
            const QJsonObject create{
                {QStringLiteral("name"), QStringLiteral("made-before-restart")},
                {QStringLiteral("allowOnStaging"), true},
                {QStringLiteral("allowOnProduction"), false},
                {QStringLiteral("namespacePermissions"),
                 QJsonObject{{QStringLiteral("default"), QJsonArray{QStringLiteral("r")}}}},
            };
            reply = call(first, "POST", "/edgekv/v1/tokens", create);
            QCOMPARE(reply.status, 200);
            QVERIFY(sandbox.stop());
            QCOMPARE(sandbox.exitCode(), 0);
            verifyNoSecret(sandbox, first);
        }
        const QByteArray savedState = readAll(state);
        QVERIFY(!savedState.isEmpty());

        SandboxProcess sandbox(arguments);
        const QUrl url = sandbox.waitForListening();
        QVERIFY2(url.isValid(), sandbox.errors().constData());
        QVERIFY(sandbox.errors().contains("already holds tokens"));
        const Credentials second = loadEdgerc(edgerc, QStringLiteral("default"));
        QCOMPARE(second.clientToken, first.clientToken);
        QCOMPARE(second.clientSecret, first.clientSecret);
        QCOMPARE(second.accessToken, first.accessToken);
        QCOMPARE(EdgercFile::read(edgerc).sectionNames(), QStringList{QStringLiteral("default")});

        // The old credentials, at the new port, see the same tokens and the one created before.
        Credentials old = first;
        old.host = second.host;
        const Reply reply = call(old, "GET", "/edgekv/v1/tokens?includeExpired=true");
        QCOMPARE(reply.status, 200);
        QStringList expected = firstNames;
        expected << QStringLiteral("made-before-restart");
        expected.sort();
        QCOMPARE(tokenNames(reply.json), expected);
        QVERIFY(sandbox.stop());
        QCOMPARE(sandbox.exitCode(), 0);
        verifyNoSecret(sandbox, second);
    }

    void reusesCredentialsOfAnotherFile()
    {
        const QString source = path(QStringLiteral("source.edgerc"));
        QVERIFY(writeAll(source, "[mine]\nhost = akab-x.luna.akamaiapis.net\nclient_token = akab-client-1\n"
                                 "client_secret = c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlYw==\n"
                                 "access_token = akab-access-1\n"));
        const QString edgerc = path(QStringLiteral("reused.edgerc"));
        SandboxProcess sandbox({QStringLiteral("--credentials"), source,
                                QStringLiteral("--credentials-section"), QStringLiteral("mine"),
                                QStringLiteral("--write-edgerc"), edgerc, QStringLiteral("--seed"),
                                QStringLiteral("2")});
        QVERIFY2(sandbox.waitForListening().isValid(), sandbox.errors().constData());
        const Credentials credentials = loadEdgerc(edgerc, QStringLiteral("default"));
        QCOMPARE(credentials.clientToken, QStringLiteral("akab-client-1"));
        QCOMPARE(credentials.accessToken, QStringLiteral("akab-access-1"));
        QCOMPARE(call(credentials, "GET", "/edgekv/v1/tokens").status, 200);
        QVERIFY(sandbox.stop());
        verifyNoSecret(sandbox, credentials);
    }

    void runtimeErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("missing credentials file")
            << QStringList{QStringLiteral("--credentials"), path(QStringLiteral("none.edgerc"))}
            << QByteArray("does not exist");
        QTest::newRow("missing certificate")
            << QStringList{QStringLiteral("--tls-cert"), path(QStringLiteral("none.pem")),
                           QStringLiteral("--tls-key"), path(QStringLiteral("none.key"))}
            << QByteArray("none.pem");
        QTest::newRow("unwritable edgerc")
            << QStringList{QStringLiteral("--write-edgerc"), path(QStringLiteral("no/such/dir/e"))}
            << QByteArray("no/such/dir/e");
    }

    void runtimeErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        SandboxProcess sandbox(arguments);
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.exitCode(), 1);
        QVERIFY(!sandbox.output().contains("listening on"));
        QVERIFY2(sandbox.errors().contains(expected), sandbox.errors().constData());
        QCOMPARE(sandbox.errors().count('\n'), 1);
    }

    void corruptOrForeignStateIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"format\": \"edgekv-sandbox-state\", \"vers");
        QTest::newRow("foreign") << QByteArray("{\"format\": \"something-else\", \"accounts\": []}\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10);
    }

    void corruptOrForeignStateIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        const QString state = path(QStringLiteral("corrupt-state.json"));
        QVERIFY(writeAll(state, content));
        SandboxProcess sandbox(
            {QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(sandbox.waitForExit());
        QCOMPARE(sandbox.exitCode(), 1);
        QVERIFY(sandbox.output().isEmpty());
        QVERIFY2(sandbox.errors().contains(QFileInfo(state).fileName().toUtf8()),
                 sandbox.errors().constData());
        QCOMPARE(sandbox.errors().count('\n'), 1);
        QCOMPARE(readAll(state), content);
    }

    void nonLoopbackWithoutTlsIsRefused()
    {
        for (const QString& listen : {QStringLiteral("0.0.0.0:0"), QStringLiteral("[::]:0")}) {
            SandboxProcess sandbox({QStringLiteral("--listen"), listen});
            QVERIFY(sandbox.waitForExit());
            QCOMPARE(sandbox.exitCode(), 2);
            QVERIFY(sandbox.output().isEmpty());
            QVERIFY2(sandbox.errors().contains("--tls-cert"), sandbox.errors().constData());
            QCOMPARE(sandbox.errors().count('\n'), 1);
        }
    }

    void usageHelpAndVersion()
    {
        {
            SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("many")});
            QVERIFY(sandbox.waitForExit());
            QCOMPARE(sandbox.exitCode(), 2);
            QVERIFY(sandbox.errors().startsWith("edgekv-sandbox: --seed"));
        }
        {
            SandboxProcess sandbox({QStringLiteral("--help")});
            QVERIFY(sandbox.waitForExit());
            QCOMPARE(sandbox.exitCode(), 0);
            QVERIFY(sandbox.output().contains("--write-edgerc"));
            QVERIFY(sandbox.output().contains("Examples:"));
        }
        {
            SandboxProcess sandbox({QStringLiteral("--version")});
            QVERIFY(sandbox.waitForExit());
            QCOMPARE(sandbox.exitCode(), 0);
            QCOMPARE(sandbox.output(), QByteArray("edgekv-sandbox " EDGEKV_VERSION "\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
