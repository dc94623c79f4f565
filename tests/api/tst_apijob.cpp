// ApiJob's rules (retries, deadlines, the never-blind create, cancel) against a scripted HTTP server that
// answers exactly as each test says and records every request that reached it.
#include "ScriptedHttpServer.h"
#include "api/EdgeKvClient.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace edgekv;
using namespace edgekv::test;

namespace {

// JSON written with single quotes, so that it needs no escaping (and no raw strings, which moc misreads).
QByteArray J(const char* singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

constexpr int kWaitMs = 30000;

#define WAIT_FOR(job) QTRY_VERIFY_WITH_TIMEOUT((job)->isFinished(), kWaitMs)

const QByteArray kTokenBody = J(
    "{'name': 't1', 'uuid': '8301fef4-80e5-5efb-9bfb-8f5869a5df7b', 'expiry': '9999-12-31',"
    "    'allowOnStaging': true, 'allowOnProduction': false, 'namespacePermissions': {'default': ['r', 'w']},"
    "    'tokenActivationStatus': 'IN_PROGRESS'}");
const QByteArray kListBody = J("{'tokens': [{'name': 't1', 'uuid': 'u1', 'expiry': '9999-12-31'}]}");

Credentials credentialsFor(quint16 port)
{
    Credentials credentials;
    credentials.host = QStringLiteral("127.0.0.1:%1").arg(port);
    credentials.plainHttp = true;
    credentials.clientToken = QStringLiteral("akab-client-token-scripted-0001");
    credentials.clientSecret = QStringLiteral("c2VjcmV0LXNjcmlwdGVkLXRlc3QtbmV2ZXItbGVhaw==");
    credentials.accessToken = QStringLiteral("akab-access-token-scripted-0001");
    return credentials;
}

ApiClientSettings fastSettings(int timeoutMs = 2000)
{
    ApiClientSettings settings;
    settings.timeoutMs = timeoutMs;
    settings.backoffBaseMs = 5;
    settings.backoffCapMs = 20;
    settings.retryAfterCapMs = 50;
    return settings;
}

TokenCreateRequest createRequest()
{
    TokenCreateRequest request;
    request.name = QStringLiteral("t1");
    request.allowOnStaging = true;
    request.namespacePermissions = {{QStringLiteral("default"), QStringLiteral("rw")}};
    return request;
}

// A server plus a client pointed at it, with fast retries.
struct Rig
{
    ScriptedHttpServer server;
    std::unique_ptr<EdgeKvClient> client;

    explicit Rig(int timeoutMs = 2000)
    {
        if (!server.listen())
            qFatal("cannot listen");
        client = std::make_unique<EdgeKvClient>(credentialsFor(server.port()), Clock::system());
        client->setSettings(fastSettings(timeoutMs));
    }
};

// Routes a create: POSTs and GETs answered from their own scripts (the last entry repeats).
ScriptedHttpServer::Handler createRoutes(QList<ScriptedAction> posts, QList<ScriptedAction> gets)
{
    auto postIndex = std::make_shared<int>(0);
    auto getIndex = std::make_shared<int>(0);
    return [=](const ScriptedRequest& request) {
        if (request.method == "POST")
            return posts.value(qMin((*postIndex)++, int(posts.size()) - 1));
        return gets.value(qMin((*getIndex)++, int(gets.size()) - 1));
    };
}

} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT

private slots:
    void retriesAndSignsEveryTryAfresh()
    {
        Rig rig;
        rig.server.script({ScriptedAction::respond(503), ScriptedAction::respond(503),
                           ScriptedAction::respond(200, kListBody)});
        TokenListJob* job = rig.client->listTokens();
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy retrying(job, &ApiJob::retrying);
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().size(), 1);
        QCOMPARE(job->requestsSent(), 3);
        QCOMPARE(rig.server.received().size(), 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(1).at(0).toInt(), 3);
        QCOMPARE(finished.size(), 1);
        QSet<QByteArray> authorizations;
        for (const ScriptedRequest& request : rig.server.received())
            authorizations.insert(request.header("Authorization"));
        QCOMPARE(authorizations.size(), 3); // a fresh nonce (and timestamp) each time
    }

    void retriedFailures_data()
    {
        QTest::addColumn<int>("failure"); // an HTTP status, or -1 close, -2 malformed, -3 stall
        for (int status : {429, 500, 502, 503, 504})
            QTest::newRow(qPrintable(QString::number(status))) << status;
        QTest::newRow("closed") << -1;
        QTest::newRow("malformed") << -2;
        QTest::newRow("stall") << -3;
    }
    void retriedFailures()
    {
        QFETCH(int, failure);
        Rig rig(400);
        const ScriptedAction first = failure == -1   ? ScriptedAction::close()
                                     : failure == -2 ? ScriptedAction::respond(200, J("{'tokens': [{'na"))
                                     : failure == -3 ? ScriptedAction::stall()
                                                     : ScriptedAction::respond(failure);
        rig.server.script({first, ScriptedAction::respond(200, kListBody)});
        TokenListJob* job = rig.client->listTokens(true);
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QCOMPARE(rig.server.received().size(), 2); // Qt re-sent nothing by itself
    }

    void finalFailures_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 409, 410, 422, 501})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void finalFailures()
    {
        QFETCH(int, status);
        Rig rig;
        rig.server.script({ScriptedAction::respond(status, J("{'title': 'x', 'detail': 'y'}"))});
        TokenJob* job = rig.client->getToken(QStringLiteral("t1"));
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Http);
        QCOMPARE(job->error().status, status);
        QCOMPARE(job->error().detail, QStringLiteral("y"));
        QCOMPARE(rig.server.received().size(), 1);
    }

    void givesUpAfterMaxTries()
    {
        Rig rig;
        ApiClientSettings settings = fastSettings();
        settings.maxTries = 2;
        rig.client->setSettings(settings);
        rig.server.script({ScriptedAction::respond(503)});
        TokenListJob* job = rig.client->listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().status, 503);
        QCOMPARE(rig.server.received().size(), 2);
    }

    void retryAfterIsHonouredUpToTheCap()
    {
        Rig rig;
        rig.server.script({ScriptedAction::respond(429, {}, {{"Retry-After", "3600"}}),
                           ScriptedAction::respond(200, kListBody)});
        TokenListJob* job = rig.client->listTokens();
        QSignalSpy retrying(job, &ApiJob::retrying);
        WAIT_FOR(job);
        QVERIFY(job->isSuccess());
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(1).toInt(), 50); // min(3600 s, retryAfterCapMs)
    }

    void stallEndsAtTheDeadline()
    {
        Rig rig(300);
        rig.server.script({ScriptedAction::stall()});
        TokenListJob* job = rig.client->listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(rig.server.received().size(), 3);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("did not answer within 1 second")));
    }

    void silenceEndsAtTheDeadline()
    {
        Rig rig(300);
        rig.server.script({ScriptedAction::silent()});
        InitializeStatusJob* job = rig.client->initializeStatus();
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
    }

    void connectionRefused()
    {
        Rig rig;
        rig.server.close();
        AuthGroupsJob* job = rig.client->authGroups();
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->requestsSent(), 3);
        QVERIFY2(job->error().userMessage().contains(QStringLiteral("connection refused")),
                 qPrintable(job->error().userMessage()));
    }

    void createAnswerLostThenFoundByName()
    {
        Rig rig;
        rig.server.setHandler(
            createRoutes({ScriptedAction::close()}, {ScriptedAction::respond(200, kTokenBody)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(job->recoveredAfterLostAnswer());
        QCOMPARE(job->result().uuid, QStringLiteral("8301fef4-80e5-5efb-9bfb-8f5869a5df7b"));
        QCOMPARE(rig.server.count("POST"), 1);
        QCOMPARE(rig.server.count("GET", "/edgekv/v1/tokens/t1"), 1);
    }

    void createLostAnswers_data()
    {
        QTest::addColumn<int>("failure"); // an HTTP status, or -1 close, -2 malformed, -3 stall
        QTest::newRow("closed") << -1;
        QTest::newRow("malformed") << -2;
        QTest::newRow("stall") << -3;
        for (int status : {502, 503, 504})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void createLostAnswers()
    {
        QFETCH(int, failure);
        Rig rig(400);
        const ScriptedAction lost = failure == -1   ? ScriptedAction::close()
                                    : failure == -2 ? ScriptedAction::respond(200, kTokenBody.left(30))
                                    : failure == -3 ? ScriptedAction::stall(kTokenBody)
                                                    : ScriptedAction::respond(failure);
        rig.server.setHandler(createRoutes({lost}, {ScriptedAction::respond(200, kTokenBody)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(job->recoveredAfterLostAnswer());
        QCOMPARE(rig.server.count("POST"), 1);
    }

    void createSentAgainOnlyAfterA404()
    {
        Rig rig;
        rig.server.setHandler(createRoutes(
            {ScriptedAction::close(), ScriptedAction::respond(200, kTokenBody)},
            {ScriptedAction::respond(404, J("{'detail': 'Token with name t1 does not exist.'}"))}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(!job->recoveredAfterLostAnswer());
        QCOMPARE(rig.server.count("POST"), 2);
        QCOMPARE(rig.server.count("GET"), 1);
        QCOMPARE(rig.server.received().at(1).method, QByteArray("GET")); // the check came between the POSTs
    }

    void createNeverPostsMoreThanMaxTries()
    {
        Rig rig;
        rig.server.setHandler(createRoutes({ScriptedAction::close()}, {ScriptedAction::respond(404)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QVERIFY(!job->error().outcomeUnknown); // the last check said it does not exist
        QCOMPARE(rig.server.count("POST"), 3);
        QCOMPARE(rig.server.count("GET"), 3);
    }

    void createAnswered500IsNotRetried()
    {
        Rig rig;
        rig.server.setHandler(createRoutes({ScriptedAction::respond(500, {}, {{"x-trace-id", "trace-500"}})},
                                           {ScriptedAction::respond(200)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QCOMPARE(job->error().status, 500);
        QCOMPARE(job->error().traceId, QStringLiteral("trace-500"));
        QCOMPARE(rig.server.received().size(), 1);
    }

    void createRateLimitedIsSentAgain()
    {
        Rig rig;
        rig.server.setHandler(
            createRoutes({ScriptedAction::respond(429), ScriptedAction::respond(200, kTokenBody)}, {}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QVERIFY(job->isSuccess());
        QCOMPARE(rig.server.count("POST"), 2);
        QCOMPARE(rig.server.count("GET"), 0);
    }

    void createCheckFindsSomeoneElsesToken()
    {
        Rig rig;
        QByteArray other = kTokenBody;
        other.replace(J("'allowOnProduction': false"), J("'allowOnProduction': true"));
        rig.server.setHandler(createRoutes({ScriptedAction::close()}, {ScriptedAction::respond(200, other)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QCOMPARE(job->error().cause(), ApiError::Cause::Duplicate);
        QCOMPARE(rig.server.count("POST"), 1);
    }

    void createCheckFailsTooSoTheOutcomeIsUnknown()
    {
        Rig rig;
        rig.server.setHandler(createRoutes({ScriptedAction::close()}, {ScriptedAction::respond(503)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QVERIFY(job->error().outcomeUnknown);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("may or may not exist")));
        QCOMPARE(rig.server.count("POST"), 1);
        QCOMPARE(rig.server.count("GET"), 3);
    }

    void createConflictAfterAResendIsCheckedToo()
    {
        Rig rig;
        rig.server.setHandler(
            createRoutes({ScriptedAction::close(), ScriptedAction::respond(409)},
                         {ScriptedAction::respond(404), ScriptedAction::respond(200, kTokenBody)}));
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(job->recoveredAfterLostAnswer());
        QCOMPARE(rig.server.count("POST"), 2);
    }

    void createToAServerThatIsDownIsRetriedWithoutChecks()
    {
        Rig rig;
        rig.server.close();
        TokenJob* job = rig.client->createToken(createRequest());
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QVERIFY(!job->error().outcomeUnknown);
        QCOMPARE(job->requestsSent(), 3);
    }

    void revokeRetriedAfterALostAnswerFindsItGone()
    {
        Rig rig;
        rig.server.script({ScriptedAction::close(), ScriptedAction::respond(404)});
        RevokeJob* job = rig.client->revokeToken(QStringLiteral("t1"));
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(job->result().alreadyGone);
        QCOMPARE(job->result().name, QStringLiteral("t1"));
    }

    void cancel()
    {
        Rig rig;
        rig.server.script({ScriptedAction::silent()});
        TokenListJob* job = rig.client->listTokens();
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.received().size(), 1, kWaitMs);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        job->cancel();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(rig.server.received().size(), 1);
    }

    void cancelledCreateMayHaveLanded()
    {
        Rig rig;
        rig.server.script({ScriptedAction::silent()});
        TokenJob* job = rig.client->createToken(createRequest());
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.received().size(), 1, kWaitMs);
        job->cancel();
        QVERIFY(job->error().outcomeUnknown);
    }

    void deletingAJobInFlightIsSafe()
    {
        Rig rig;
        rig.server.script({ScriptedAction::silent()});
        TokenListJob* job = rig.client->listTokens();
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.received().size(), 1, kWaitMs);
        delete job;
        QTest::qWait(50);
    }

    void finishedIsNeverEmittedFromTheCall()
    {
        Rig rig;
        TokenJob* job = rig.client->getToken(QStringLiteral("-bad"));
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(!job->isFinished());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("not a valid token name")));
        QCOMPARE(rig.server.received().size(), 0);
    }

    void invalidNamesAreNeverSent()
    {
        Rig rig;
        TokenCreateRequest bad = createRequest();
        bad.name = QStringLiteral("a/../b");
        QList<ApiJob*> jobs = {rig.client->createToken(bad), rig.client->revokeToken(QStringLiteral(";")),
                               rig.client->refreshToken(QString(40, QLatin1Char('a'))),
                               rig.client->getNamespace(Network::Staging, QStringLiteral("a b"))};
        for (ApiJob* job : jobs) {
            WAIT_FOR(job);
            QCOMPARE(job->error().kind, ApiError::Kind::InvalidRequest);
        }
        QCOMPARE(rig.server.received().size(), 0);
    }

    void autoDelete()
    {
        Rig rig;
        rig.server.script({ScriptedAction::respond(200, kListBody)});
        QPointer<TokenListJob> job = rig.client->listTokens();
        job->setAutoDelete(true);
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), kWaitMs);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        Credentials credentials = credentialsFor(80);
        credentials.host = QStringLiteral("akab-x.luna.akamaiapis.net");
        EdgeKvClient client(credentials, Clock::system());
        TokenListJob* job = client.listTokens();
        WAIT_FOR(job);
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(job->requestsSent(), 0);
        QVERIFY(job->error().userMessage().contains(QStringLiteral("plain HTTP")));
    }

    void pathsAndQueries()
    {
        Rig rig;
        Credentials credentials = credentialsFor(rig.server.port());
        credentials.accountSwitchKey = QStringLiteral("1-ABC:1-DEF");
        rig.client->setCredentials(credentials);
        rig.server.script({ScriptedAction::respond(200, "{}")});
        const QList<ApiJob*> jobs = {
            rig.client->listTokens(true),
            rig.client->getToken(QStringLiteral("my_token")),
            rig.client->revokeToken(QStringLiteral("my_token")),
            rig.client->refreshToken(QStringLiteral("my_token")),
            rig.client->listNamespaces(Network::Production),
            rig.client->listNamespaces(Network::Staging, false),
            rig.client->getNamespace(Network::Staging, QStringLiteral("marketing")),
            rig.client->initializeStatus(),
            rig.client->authGroups(),
        };
        for (ApiJob* job : jobs)
            WAIT_FOR(job);
        QStringList seen;
        for (const ScriptedRequest& request : rig.server.received())
            seen << QString::fromLatin1(request.method + ' ' + request.target);
        seen.removeDuplicates(); // unreadable "{}" answers are retried
        // The jobs run side by side on several connections, so they arrive in any order.
        seen.sort();
        const QString key = QStringLiteral("accountSwitchKey=1-ABC%3A1-DEF");
        QStringList expected({
            QStringLiteral("GET /edgekv/v1/tokens?includeExpired=true&") + key,
            QStringLiteral("GET /edgekv/v1/tokens/my_token?") + key,
            QStringLiteral("DELETE /edgekv/v1/tokens/my_token?") + key,
            QStringLiteral("POST /edgekv/v1/tokens/my_token/refresh?") + key,
            QStringLiteral("GET /edgekv/v1/networks/production/namespaces?details=on&") + key,
            QStringLiteral("GET /edgekv/v1/networks/staging/namespaces?") + key,
            QStringLiteral("GET /edgekv/v1/networks/staging/namespaces/marketing?") + key,
            QStringLiteral("GET /edgekv/v1/initialize?") + key,
            QStringLiteral("GET /edgekv/v1/auth/groups?") + key,
        });
        expected.sort();
        QCOMPARE(seen, expected);
        for (const ScriptedRequest& request : rig.server.received())
            QVERIFY(request.header("Authorization").startsWith("EG1-HMAC-SHA256 "));
    }

    void emptyTokenListAnswers()
    {
        Rig rig;
        QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/list-tokens-404.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        rig.server.script({ScriptedAction::respond(404, file.readAll())});
        TokenListJob* job = rig.client->listTokens();
        WAIT_FOR(job);
        QVERIFY2(job->isSuccess(), qPrintable(job->error().toString()));
        QVERIFY(job->result().isEmpty());

        rig.server.script({ScriptedAction::respond(404, J("{'detail': 'Not here'}"))});
        TokenListJob* other = rig.client->listTokens();
        WAIT_FOR(other);
        QCOMPARE(other->error().status, 404);
    }

    void secretsNeverReachLogsOrMessages()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("edgekv.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; });

        Rig rig;
        const QByteArray jwt =
            "eyJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtZGVmYXVsdCI6WyJyIl19.c2lnbmF0dXJlLXZhbHVl";
        rig.server.setHandler([&](const ScriptedRequest& request) {
            if (request.path().endsWith("/legacy"))
                return ScriptedAction::respond(
                    200, J("{'name': 'legacy', 'expiry': '2030-01-01', 'value': '") + jwt + "\"}");
            // A gateway that echoes the Authorization header it got.
            return ScriptedAction::respond(
                401, J("{'title': 'Not authorized', 'detail': 'The signature does not match: ") +
                         request.header("Authorization") + "\"}");
        });
        TokenJob* legacy = rig.client->getToken(QStringLiteral("legacy"));
        TokenListJob* failing = rig.client->listTokens();
        WAIT_FOR(legacy);
        WAIT_FOR(failing);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(legacy->result().value, QString::fromLatin1(jwt));
        QCOMPARE(failing->error().cause(), ApiError::Cause::SignatureMismatch);
        QVERIFY(!logged.isEmpty()); // debug logging was on
        const Credentials credentials = credentialsFor(rig.server.port());
        const QString everything = logged.join(QLatin1Char('\n')) + failing->error().userMessage() +
                                   failing->error().toString() + failing->error().detail;
        for (const QString& secret :
             {credentials.clientSecret, credentials.accessToken, credentials.clientToken,
              QString::fromLatin1(jwt), QStringLiteral("signature=")})
            QVERIFY2(!everything.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret));
        for (const ScriptedRequest& request : rig.server.received())
            QVERIFY(!everything.contains(QString::fromLatin1(request.header("Authorization"))));
    }

    void uninitializedAccountIsAResult()
    {
        Rig rig;
        rig.server.script(
            {ScriptedAction::respond(404, J("{'accountStatus': 'UNINITIALIZED', 'cpcode': null}"))});
        InitializeStatusJob* job = rig.client->initializeStatus();
        WAIT_FOR(job);
        QVERIFY(job->isSuccess());
        QCOMPARE(job->result().accountStatus, InitializeStatus::State::Uninitialized);
    }
};

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
