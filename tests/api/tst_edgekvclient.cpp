// EdgeKvClient end to end against the in-process sandbox: every call, both token models, every fault
// kind the sandbox injects, authentication failures, TLS and cancel.
#include "SandboxServer.h"
#include "api/EdgeKvClient.h"
#include "util/Clock.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace edgekv;

namespace {

constexpr int kWaitMs = 30000;

#define WAIT_FOR(job) QTRY_VERIFY_WITH_TIMEOUT((job)->isFinished(), kWaitMs)
#define VERIFY_SUCCESS(job) QVERIFY2((job)->isSuccess(), qPrintable((job)->error().toString()))

ApiClientSettings fastSettings()
{
    ApiClientSettings settings;
    settings.timeoutMs = 1000;
    settings.backoffBaseMs = 10;
    settings.backoffCapMs = 40;
    settings.retryAfterCapMs = 100;
    return settings;
}

TokenCreateRequest createRequest(const QString& name)
{
    TokenCreateRequest request;
    request.name = name;
    request.allowOnStaging = true;
    request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rwd")},
                                    {QStringLiteral("products"), QStringLiteral("r")}};
    request.restrictToEdgeWorkerIds = {QStringLiteral("1234")};
    return request;
}

// The sandbox on 127.0.0.1:0 with one accepted API client, and an EdgeKvClient for it.
struct Rig
{
    SandboxClient apiClient = SandboxClient::generate();
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<EdgeKvClient> client;
    QString error;
    int tokenPosts = 0;
    int tokenChecks = 0;

    explicit Rig(SandboxOptions options = {}, const std::optional<QSslConfiguration>& tls = std::nullopt)
    {
        options.clients = {apiClient};
        server = std::make_unique<SandboxServer>(options);
        error = server->listen(QHostAddress(QHostAddress::LocalHost), 0, tls);
        client = std::make_unique<EdgeKvClient>(server->credentialsFor(apiClient), Clock::system());
        client->setSettings(fastSettings());
        QObject::connect(server.get(), &SandboxServer::requestReceived,
                         [this](const QByteArray& method, const QByteArray& path) {
                             if (path == "/edgekv/v1/tokens" && method == "POST")
                                 ++tokenPosts;
                             if (path.startsWith("/edgekv/v1/tokens/") && method == "GET")
                                 ++tokenChecks;
                         });
    }

    // Injects kind into the next request only.
    void faultOnce(FaultKind kind)
    {
        server->setFaults({FaultRule{kind, 1.0}}, 1);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(server.get(), &SandboxServer::requestHandled, server.get(),
                                       [this, connection](const QByteArray&, const QByteArray&, int) {
                                           server->setFaults({});
                                           QObject::disconnect(*connection);
                                       });
    }

    int storedTokens() { return int(server->store().account(QString()).tokens.size()); }
};

// A self-signed certificate for 127.0.0.1, made by openssl.
struct Certificate
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;

    Certificate()
    {
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), cert,
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return;
        QFile certIn(cert);
        QFile keyIn(keyFile);
        if (certIn.open(QIODevice::ReadOnly) && keyIn.open(QIODevice::ReadOnly)) {
            certificate = QSslCertificate(certIn.readAll(), QSsl::Pem);
            key = QSslKey(keyIn.readAll(), QSsl::Rsa, QSsl::Pem);
        }
    }
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
};

} // namespace

class TestEdgeKvClient : public QObject
{
    Q_OBJECT

private slots:
    void everyCall()
    {
        Rig rig;
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        EdgeKvClient& client = *rig.client;

        InitializeStatusJob* init = client.initializeStatus();
        AuthGroupsJob* groups = client.authGroups();
        NamespaceListJob* staging = client.listNamespaces(Network::Staging);
        NamespaceListJob* names = client.listNamespaces(Network::Production, false);
        NamespaceJob* marketing = client.getNamespace(Network::Staging, QStringLiteral("marketing"));
        NamespaceJob* missing = client.getNamespace(Network::Staging, QStringLiteral("nope"));
        TokenListJob* empty = client.listTokens();
        for (ApiJob* job : QList<ApiJob*>{init, groups, staging, names, marketing, missing, empty})
            WAIT_FOR(job);

        VERIFY_SUCCESS(init);
        QVERIFY(init->result().isInitialized());
        VERIFY_SUCCESS(groups);
        QCOMPARE(groups->result().size(), 2);
        QVERIFY(groups->result().at(0).canCreateTokens(Network::Production));
        VERIFY_SUCCESS(staging);
        QVERIFY(staging->result().size() >= 2);
        QVERIFY(staging->result().at(0).hasDetails);
        QVERIFY(staging->result().at(0).onStaging);
        VERIFY_SUCCESS(names);
        QVERIFY(!names->result().isEmpty());
        QVERIFY(!names->result().at(0).hasDetails);
        VERIFY_SUCCESS(marketing);
        QCOMPARE(marketing->result().groupId, 4284);
        QCOMPARE(missing->error().cause(), ApiError::Cause::NamespaceNotFound);
        VERIFY_SUCCESS(empty);
        QVERIFY(empty->result().isEmpty());

        TokenJob* created = client.createToken(createRequest(QStringLiteral("ci-token")));
        WAIT_FOR(created);
        VERIFY_SUCCESS(created);
        const Token token = created->result();
        QCOMPARE(token.name, QStringLiteral("ci-token"));
        QVERIFY(!token.uuid.isEmpty());
        QCOMPARE(token.model, Token::Model::Enhanced);
        QVERIFY(token.expiresNever());
        QVERIFY(token.value.isEmpty());
        QCOMPARE(token.namespacePermissions.value(QStringLiteral("default")), QStringLiteral("rwd"));
        QCOMPARE(token.restrictToEdgeWorkerIds, QStringList{QStringLiteral("1234")});

        TokenJob* fetched = client.getToken(token.name);
        TokenListJob* list = client.listTokens(true);
        TokenJob* refreshed = client.refreshToken(token.name);
        TokenJob* duplicate = client.createToken(createRequest(QStringLiteral("ci-token")));
        for (ApiJob* job : QList<ApiJob*>{fetched, list, refreshed, duplicate})
            WAIT_FOR(job);
        VERIFY_SUCCESS(fetched);
        QCOMPARE(fetched->result().uuid, token.uuid);
        QVERIFY(fetched->result().hasDetails);
        QVERIFY(fetched->result().allowOnStaging);
        VERIFY_SUCCESS(list);
        QCOMPARE(list->result().size(), 1);
        QCOMPARE(list->result().at(0).uuid, token.uuid);
        VERIFY_SUCCESS(refreshed);
        QCOMPARE(refreshed->result().latestRefreshDate, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(duplicate->error().cause(), ApiError::Cause::Duplicate);
        QCOMPARE(duplicate->requestsSent(), 1);

        RevokeJob* revoked = client.revokeToken(token.name);
        WAIT_FOR(revoked);
        VERIFY_SUCCESS(revoked);
        QCOMPARE(revoked->result().uuid, token.uuid);
        QVERIFY(!revoked->result().alreadyGone);
        TokenJob* gone = client.getToken(token.name);
        WAIT_FOR(gone);
        QCOMPARE(gone->error().cause(), ApiError::Cause::TokenNotFound);
        QVERIFY(gone->error().userMessage().startsWith(
            QStringLiteral("Loading token “ci-token” failed: the token "
                           "does not exist.")));
        QCOMPARE(rig.storedTokens(), 0);
    }

    void legacyModel()
    {
        SandboxOptions options;
        options.tokenModel = TokenModel::Legacy;
        Rig rig(options);
        TokenCreateRequest request = createRequest(QStringLiteral("old-style"));
        request.expiry = QDateTime::currentDateTimeUtc().date().addDays(30);
        TokenJob* created = rig.client->createToken(request);
        WAIT_FOR(created);
        VERIFY_SUCCESS(created);
        QCOMPARE(created->result().model, Token::Model::Legacy);
        QCOMPARE(created->result().expiry, request.expiry);
        QVERIFY(created->result().value.startsWith(QStringLiteral("eyJ")));

        TokenJob* fetched = rig.client->getToken(request.name);
        TokenJob* refreshed = rig.client->refreshToken(request.name);
        WAIT_FOR(fetched);
        WAIT_FOR(refreshed);
        QCOMPARE(fetched->result().value, created->result().value);
        QCOMPARE(refreshed->error().cause(), ApiError::Cause::BadRequest); // legacy tokens do not refresh
        QVERIFY(!refreshed->error().userMessage().contains(created->result().value));
    }

    void uninitializedAccount()
    {
        SandboxOptions options;
        options.uninitialized = true;
        Rig rig(options);
        InitializeStatusJob* job = rig.client->initializeStatus();
        WAIT_FOR(job);
        VERIFY_SUCCESS(job);
        QCOMPARE(job->result().accountStatus, InitializeStatus::State::Uninitialized);
    }

    void readsSurviveEveryFault_data()
    {
        QTest::addColumn<int>("kind");
        for (FaultKind kind :
             {FaultKind::InternalError500, FaultKind::Unavailable503, FaultKind::TooManyRequests429,
              FaultKind::Reset, FaultKind::Malformed, FaultKind::Stall})
            QTest::newRow(qPrintable(FaultRule::kindName(kind))) << int(kind);
    }
    void readsSurviveEveryFault()
    {
        QFETCH(int, kind);
        Rig rig;
        rig.faultOnce(FaultKind(kind));
        NamespaceListJob* job = rig.client->listNamespaces(Network::Production);
        WAIT_FOR(job);
        VERIFY_SUCCESS(job);
        QCOMPARE(job->requestsSent(), 2);
    }

    void createSurvivesEveryFault_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("posts");
        QTest::addColumn<int>("checks");
        QTest::addColumn<bool>("recovered");
        QTest::newRow("500: answered, not retried")
            << int(FaultKind::InternalError500) << false << 1 << 0 << false;
        QTest::newRow("503: checked, then sent again")
            << int(FaultKind::Unavailable503) << true << 2 << 1 << false;
        QTest::newRow("429: sent again") << int(FaultKind::TooManyRequests429) << true << 2 << 0 << false;
        QTest::newRow("reset: found by name") << int(FaultKind::Reset) << true << 1 << 1 << true;
        QTest::newRow("malformed: found by name") << int(FaultKind::Malformed) << true << 1 << 1 << true;
        QTest::newRow("stall: found by name") << int(FaultKind::Stall) << true << 1 << 1 << true;
    }
    void createSurvivesEveryFault()
    {
        QFETCH(int, kind);
        QFETCH(bool, succeeds);
        QFETCH(int, posts);
        QFETCH(int, checks);
        QFETCH(bool, recovered);
        Rig rig;
        rig.faultOnce(FaultKind(kind));
        TokenJob* job = rig.client->createToken(createRequest(QStringLiteral("faulty")));
        WAIT_FOR(job);
        QCOMPARE(job->isSuccess(), succeeds);
        QCOMPARE(rig.tokenPosts, posts);
        QCOMPARE(rig.tokenChecks, checks);
        QCOMPARE(job->recoveredAfterLostAnswer(), recovered);
        QCOMPARE(rig.storedTokens(), succeeds ? 1 : 0); // never created twice, never created on a 500
        if (succeeds) {
            const auto stored = rig.server->store().token(QString(), QStringLiteral("faulty"));
            QVERIFY(stored);
            QCOMPARE(job->result().uuid, stored->uuid);
        } else {
            QCOMPARE(job->error().status, 500);
        }
    }

    void faultStorm()
    {
        SandboxOptions options;
        options.faults = {FaultRule{FaultKind::Reset, 0.1},
                          FaultRule{FaultKind::Stall, 0.1},
                          FaultRule{FaultKind::Malformed, 0.1},
                          FaultRule{FaultKind::Unavailable503, 0.1},
                          FaultRule{FaultKind::TooManyRequests429, 0.1},
                          FaultRule{FaultKind::InternalError500, 0.05}};
        options.faultSeed = 4242;
        Rig rig(options);
        ApiClientSettings settings = fastSettings();
        settings.timeoutMs = 300;
        rig.client->setSettings(settings);

        QList<TokenJob*> creates;
        QList<ApiJob*> all;
        for (int i = 0; i < 12; ++i) {
            creates << rig.client->createToken(createRequest(QStringLiteral("storm-%1").arg(i)));
            all << creates.last() << rig.client->listTokens(true)
                << rig.client->listNamespaces(i % 2 ? Network::Staging : Network::Production);
        }
        for (ApiJob* job : all) {
            WAIT_FOR(job);
            if (!job->isSuccess()) {
                const ApiError::Kind kind = job->error().kind;
                QVERIFY2(kind == ApiError::Kind::Http || kind == ApiError::Kind::Network ||
                             kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Parse,
                         qPrintable(job->error().toString()));
                QVERIFY(job->error().cause() != ApiError::Cause::Duplicate); // nothing was sent twice
                QVERIFY(!job->error().userMessage().isEmpty());
            }
        }
        rig.server->setFaults({});
        int succeeded = 0;
        for (TokenJob* job : creates) {
            const auto stored = rig.server->store().token(QString(), job->subject());
            if (job->isSuccess()) {
                ++succeeded;
                QVERIFY2(stored, qPrintable(job->subject()));
                QCOMPARE(job->result().uuid, stored->uuid);
            } else if (!job->error().outcomeUnknown && job->error().status == 500) {
                QVERIFY(!stored);
            }
        }
        QVERIFY(succeeded > 0);
        QVERIFY(rig.storedTokens() <= creates.size());
    }

    void cancel()
    {
        Rig rig;
        rig.server->setLatencyMs(5000);
        TokenListJob* job = rig.client->listTokens();
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy received(rig.server.get(), &SandboxServer::requestReceived);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kWaitMs);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
    }

    void wrongSecretNamesCredentialsAndClock()
    {
        Rig rig;
        Credentials credentials = rig.server->credentialsFor(rig.apiClient);
        credentials.clientSecret = QStringLiteral("d3Jvbmctc2VjcmV0LXRoYXQtbXVzdC1ub3QtbGVhaw==");
        rig.client->setCredentials(credentials);
        TokenListJob* job = rig.client->listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().cause(), ApiError::Cause::SignatureMismatch);
        QCOMPARE(job->requestsSent(), 1);
        const QString message = job->error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("client secret")) &&
                     message.contains(QStringLiteral("clock")),
                 qPrintable(message));
        QVERIFY(!message.contains(credentials.clientSecret));
        QVERIFY(!job->error().toString().contains(credentials.accessToken));
    }

    void unknownClientToken()
    {
        Rig rig;
        Credentials credentials = rig.server->credentialsFor(rig.apiClient);
        credentials.clientToken = QStringLiteral("akab-not-a-known-client-token");
        rig.client->setCredentials(credentials);
        TokenListJob* job = rig.client->listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().cause(), ApiError::Cause::InactiveClientToken);
    }

    void clockOff()
    {
        Rig rig;
        MockClock skewed(QDateTime::currentDateTimeUtc().addSecs(600));
        EdgeKvClient client(rig.server->credentialsFor(rig.apiClient), skewed);
        client.setSettings(fastSettings());
        TokenListJob* job = client.listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().cause(), ApiError::Cause::ClockSkew);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("this computer's clock is off")));
    }

    void accountSwitchKey()
    {
        Rig rig;
        Credentials credentials = rig.server->credentialsFor(rig.apiClient);
        credentials.accountSwitchKey = QStringLiteral("1-ABCDE:1-2345");
        rig.client->setCredentials(credentials);
        TokenJob* job = rig.client->createToken(createRequest(QStringLiteral("switched")));
        WAIT_FOR(job);
        VERIFY_SUCCESS(job);
        QVERIFY(rig.server->store().token(credentials.accountSwitchKey, QStringLiteral("switched")));
        QVERIFY(!rig.server->store().token(QString(), QStringLiteral("switched")));
    }

    void manyCallsAtOnce()
    {
        Rig rig;
        QList<NamespaceJob*> jobs;
        for (int i = 0; i < 30; ++i)
            jobs << rig.client->getNamespace(i % 2 ? Network::Staging : Network::Production,
                                             QStringLiteral("default"));
        for (NamespaceJob* job : jobs) {
            WAIT_FOR(job);
            VERIFY_SUCCESS(job);
        }
    }

    void tlsIsVerified()
    {
        const Certificate certificate;
        if (!certificate.isValid())
            QSKIP("openssl could not make a test certificate");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate.certificate);
        tls.setPrivateKey(certificate.key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        Rig rig(SandboxOptions(), tls);
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QVERIFY(!rig.client->credentials().plainHttp);

        TokenListJob* untrusted = rig.client->listTokens();
        WAIT_FOR(untrusted);
        QCOMPARE(untrusted->error().kind, ApiError::Kind::Tls);
        QCOMPARE(untrusted->requestsSent(), 1); // a certificate does not get better by asking again
        QVERIFY(untrusted->error().userMessage().contains(QStringLiteral("could not be verified")));

        rig.client->setExtraCaCertificates({certificate.certificate});
        TokenListJob* trusted = rig.client->listTokens();
        WAIT_FOR(trusted);
        VERIFY_SUCCESS(trusted);
    }
};

QTEST_GUILESS_MAIN(TestEdgeKvClient)
#include "tst_edgekvclient.moc"
