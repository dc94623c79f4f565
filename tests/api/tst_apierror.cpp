#include "api/ApiError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edgekv;

namespace {

const QString kSecret = QStringLiteral("Sx9+client/secret=must-never-leak");
const QString kAccessToken = QStringLiteral("akab-access-token-never-leak-7");
const QString kClientToken = QStringLiteral("akab-client-token-never-leak-1");
const QString kJwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0b2tlbi12YWx1ZSJ9.c2lnbmF0dXJlLWJ5dGVz");
const QString kAuthorization =
    QStringLiteral("EG1-HMAC-SHA256 client_token=") + kClientToken + QStringLiteral(";access_token=") +
    kAccessToken + QStringLiteral(";timestamp=20240101T00:00:00+0000;nonce=n;signature=c2lnbmF0dXJl");

QByteArray example(const char* name)
{
    QFile file(QStringLiteral(EDGEKV_SHARED_DIR "/spec/akamai-edgekv-v1-examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

ApiError httpError(int status, const QByteArray& body, ApiError::Operation operation,
                   const QString& subject = QStringLiteral("my_token"))
{
    ApiError error = ApiError::fromHttpResponse(status, body);
    error.operation = operation;
    error.subject = subject;
    return error;
}

QByteArray gateway(int status, const char* title, const char* detail)
{
    QJsonObject json;
    json.insert(QLatin1String("type"),
                status == 401
                    ? QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/deny")
                    : QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/request-error"));
    json.insert(QLatin1String("title"), QLatin1String(title));
    json.insert(QLatin1String("status"), status);
    json.insert(QLatin1String("detail"), QLatin1String(detail));
    json.insert(QLatin1String("instance"),
                QStringLiteral("https://akab-x.luna.akamaiapis.net/edgekv/v1/tokens"));
    json.insert(QLatin1String("method"), QStringLiteral("GET"));
    json.insert(QLatin1String("serverIp"), QStringLiteral("104.0.0.1"));
    json.insert(QLatin1String("clientIp"), QStringLiteral("192.0.2.1"));
    json.insert(QLatin1String("requestId"), QStringLiteral("1a2b3c4d"));
    json.insert(QLatin1String("requestTime"), QStringLiteral("2024-01-01T00:00:00Z"));
    return QJsonDocument(json).toJson();
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void edgeKvShape()
    {
        const ApiError error = httpError(409, example("token-409.json"), ApiError::Operation::CreateToken);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.status, 409);
        QCOMPARE(error.type, QStringLiteral("/edgekv/error-types/edgekv-conflict"));
        QCOMPARE(error.title, QStringLiteral("Conflict"));
        QCOMPARE(error.detail, QStringLiteral("Token with name my_token is already stored."));
        QCOMPARE(error.errorCode, QStringLiteral("EKV_3000"));
        QCOMPARE(error.instance,
                 QStringLiteral("/edgekv/error-instances/e0ddea79-a457-4f49-9d70-c4c22e674bcf"));
        QCOMPARE(error.requestId, QStringLiteral("9c5c61e18b90013b"));
        QCOMPARE(error.cause(), ApiError::Cause::Duplicate);
        const QString message = error.userMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Creating token “my_token” failed: a token with this name "
                                                   "already exists")),
                 qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral("Request ID for Akamai support: 9c5c61e18b90013b.")));
        QVERIFY(error.toString().contains(QStringLiteral("EKV_3000")));
    }

    void gatewayShape()
    {
        const ApiError error = httpError(401, gateway(401, "Not authorized", "The signature does not match"),
                                         ApiError::Operation::ListTokens);
        QCOMPARE(error.requestId, QStringLiteral("1a2b3c4d"));
        QCOMPARE(error.title, QStringLiteral("Not authorized"));
        QCOMPARE(error.cause(), ApiError::Cause::SignatureMismatch);
        const QString message = error.userMessage();
        QVERIFY2(
            message.startsWith(QStringLiteral("Loading the token list failed: the API rejected the request "
                                              "signature.")),
            qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("client secret")));
        QVERIFY(message.contains(QStringLiteral("clock")));
    }

    void causesAndAdvice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("phrase");
        using Op = ApiError::Operation;
        using C = ApiError::Cause;
        QTest::newRow("inactive client token")
            << 401 << gateway(401, "Not authorized", "Inactive client token") << int(Op::ListTokens)
            << int(C::InactiveClientToken) << QStringLiteral("wrong or the API client has been revoked");
        QTest::newRow("other 401") << 401 << gateway(401, "Not authorized", "Unknown realm")
                                   << int(Op::ListTokens) << int(C::Unauthorized)
                                   << QStringLiteral("refused the credentials (“Unknown realm”)");
        QTest::newRow("invalid timestamp")
            << 400 << gateway(400, "Bad request", "Invalid timestamp") << int(Op::GetToken)
            << int(C::ClockSkew) << QStringLiteral("this computer's clock is off");
        QTest::newRow("403 create") << 403 << example("auth-group-403.json") << int(Op::CreateToken)
                                    << int(C::Forbidden) << QStringLiteral("“EdgeKV Access Token – Create”");
        QTest::newRow("403 list") << 403 << example("auth-group-403.json") << int(Op::ListTokens)
                                  << int(C::Forbidden) << QStringLiteral("“EdgeKV Access Token – View”");
        QTest::newRow("403 names the server's reason")
            << 403 << example("auth-group-403.json") << int(Op::AuthGroups) << int(C::Forbidden)
            << QStringLiteral("You do not have access to group 100.");
        QTest::newRow("404 token") << 404 << example("token-404.json") << int(Op::GetToken)
                                   << int(C::TokenNotFound)
                                   << QStringLiteral("does not exist. It may have been revoked");
        QTest::newRow("410 token") << 410 << example("token-410.json") << int(Op::GetToken)
                                   << int(C::TokenExpired) << QStringLiteral("has expired");
        QTest::newRow("400 namespace")
            << 400 << example("namespace-400.json") << int(Op::GetNamespace) << int(C::NamespaceNotFound)
            << QStringLiteral("namespace does not exist");
        QTest::newRow("400 name") << 400 << example("token-400.json") << int(Op::CreateToken)
                                  << int(C::BadRequest)
                                  << QStringLiteral("“Name contains invalid characters.”");
        QTest::newRow("422") << 422 << example("token-422.json") << int(Op::CreateToken) << int(C::BadRequest)
                             << QStringLiteral("syntax error");
        QTest::newRow("429") << 429 << QByteArray() << int(Op::ListTokens) << int(C::RateLimited)
                             << QStringLiteral("Wait a minute");
        QTest::newRow("500") << 500 << example("error-500.json") << int(Op::ListTokens) << int(C::ServerError)
                             << QStringLiteral("server problem (HTTP 500)");
        QTest::newRow("503 html") << 503 << QByteArray("<html><body>Service Unavailable</body></html>")
                                  << int(Op::ListTokens) << int(C::ServerError) << QStringLiteral("HTTP 503");
        QTest::newRow("418") << 418 << QByteArray() << int(Op::Other) << int(C::Other)
                             << QStringLiteral("HTTP status 418");
    }
    void causesAndAdvice()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, operation);
        QFETCH(int, cause);
        QFETCH(QString, phrase);
        const ApiError error = httpError(status, body, ApiError::Operation(operation));
        QCOMPARE(int(error.cause()), cause);
        QVERIFY2(error.userMessage().contains(phrase), qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(QStringLiteral(" failed: ")));
    }

    void errorsArrayShape()
    {
        const ApiError error = ApiError::fromHttpResponse(
            400,
            R"({"errors": [{"detail": "Invalid permission", "errorCode": "EKV_2000"}, "second", {"message": "third"}]})");
        QCOMPARE(error.errors, QStringList({QStringLiteral("Invalid permission"), QStringLiteral("second"),
                                            QStringLiteral("third")}));
        QCOMPARE(error.detail, QStringLiteral("Invalid permission"));
        QCOMPARE(error.errorCode, QStringLiteral("EKV_2000"));
    }

    void oldGatewayNames()
    {
        const ApiError error = ApiError::fromHttpResponse(
            0, "{\"problemType\": \"https://problems.example/deny\", \"httpStatus\": 401, "
               "\"problemInstance\": \"i-1\", \"title\": \"Not authorized\", "
               "\"detail\": \"The signature does not match\"}");
        QCOMPARE(error.status, 401);
        QCOMPARE(error.type, QStringLiteral("https://problems.example/deny"));
        QCOMPARE(error.instance, QStringLiteral("i-1"));
        QCOMPARE(error.cause(), ApiError::Cause::SignatureMismatch);
    }

    void traceIdFromTheHeader()
    {
        const ApiError error = ApiError::fromHttpResponse(500, "not json", "trace-77");
        QCOMPARE(error.traceId, QStringLiteral("trace-77"));
        QVERIFY(error.detail.isEmpty());
        QVERIFY(error.userMessage().endsWith(QStringLiteral("Request ID for Akamai support: trace-77.")));
        QVERIFY(error.toString().contains(QStringLiteral("x-trace-id=trace-77")));
    }

    void nonHttpKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("network")
            << int(ApiError::Kind::Network)
            << QStringLiteral("akab-x.luna.akamaiapis.net could not be reached (connection refused)");
        QTest::newRow("tls") << int(ApiError::Kind::Tls)
                             << QStringLiteral("could not be verified (connection refused)");
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout)
                                 << QStringLiteral("did not answer within 3 seconds");
        QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled)
                                   << QStringLiteral("Loading token “t” failed: cancelled.");
        QTest::newRow("parse") << int(ApiError::Kind::Parse)
                               << QStringLiteral("could not be read (connection refused)");
        QTest::newRow("invalid") << int(ApiError::Kind::InvalidRequest)
                                 << QStringLiteral("failed: connection refused");
    }
    void nonHttpKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, phrase);
        ApiError error = ApiError::make(ApiError::Kind(kind), QStringLiteral("connection refused"));
        error.operation = ApiError::Operation::GetToken;
        error.subject = QStringLiteral("t");
        error.host = QStringLiteral("akab-x.luna.akamaiapis.net");
        error.timeoutMs = 2500;
        QVERIFY(error.isError());
        QCOMPARE(error.cause(), ApiError::Cause::None);
        QVERIFY2(error.userMessage().contains(phrase), qPrintable(error.userMessage()));
    }

    void noErrorHasNoMessage()
    {
        const ApiError none;
        QVERIFY(!none.isError());
        QVERIFY(none.userMessage().isEmpty());
    }

    void outcomeUnknownSaysToCheckFirst()
    {
        ApiError error = ApiError::make(ApiError::Kind::Timeout);
        error.operation = ApiError::Operation::CreateToken;
        error.subject = QStringLiteral("t");
        error.outcomeUnknown = true;
        QVERIFY(error.userMessage().contains(QStringLiteral("may or may not exist")));
    }

    void secretsNeverLeak()
    {
        // A server (or a proxy) that echoes everything it got, in every field and shape.
        QJsonObject json;
        const QString echo = QStringLiteral("got Authorization: ") + kAuthorization +
                             QStringLiteral(" secret ") + kSecret + QStringLiteral(" token value ") + kJwt;
        for (const char* field : {"type", "title", "detail", "errorCode", "instance", "requestId"})
            json.insert(QLatin1String(field), echo);
        json.insert(QLatin1String("authHeader"), kAuthorization);
        json.insert(QLatin1String("errors"),
                    QJsonArray({echo, QJsonObject{{QStringLiteral("detail"), echo}}}));
        const QByteArray body = QJsonDocument(json).toJson();
        ApiError error = ApiError::fromHttpResponse(401, body, kAuthorization.toLatin1(),
                                                    {kSecret, kAccessToken, kClientToken});
        error.operation = ApiError::Operation::ListTokens;

        QStringList texts = {error.userMessage(),
                             error.toString(),
                             error.type,
                             error.title,
                             error.detail,
                             error.errorCode,
                             error.instance,
                             error.requestId,
                             error.traceId,
                             error.reason,
                             error.errors.join(QLatin1Char(' '))};
        const QString all = texts.join(QLatin1Char('\n'));
        for (const QString& secret :
             {kSecret, kAccessToken, kClientToken, kJwt, QStringLiteral("c2lnbmF0dXJl")})
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret));
        QVERIFY(all.contains(QStringLiteral("[redacted]")));
        QVERIFY(error.detail.size() <= 501);
    }

    void redactsKnownPatternsWithoutTheSecretList()
    {
        const QString text = QStringLiteral("Authorization: ") + kAuthorization +
                             QStringLiteral("\nclient_secret = abc123; ") + QStringLiteral("value ") + kJwt +
                             QStringLiteral(" access_token=\"xyz789\"");
        const QString redacted = ApiError::redact(text);
        for (const QString& leak :
             {kAccessToken, kClientToken, kJwt, QStringLiteral("abc123"), QStringLiteral("xyz789")})
            QVERIFY2(!redacted.contains(leak), qPrintable(redacted));
        QCOMPARE(ApiError::redact(QStringLiteral("Token with name my_token does not exist.")),
                 QStringLiteral("Token with name my_token does not exist."));
        QVERIFY(!ApiError::make(ApiError::Kind::Network, text).reason.contains(kJwt));
    }

    void operationDescriptions()
    {
        using Op = ApiError::Operation;
        QCOMPARE(ApiError::operationDescription(Op::RevokeToken, QStringLiteral("t")),
                 QStringLiteral("Revoking token “t”"));
        QCOMPARE(ApiError::operationDescription(Op::ListNamespaces, QStringLiteral("staging")),
                 QStringLiteral("Loading the staging namespaces"));
        QCOMPARE(ApiError::operationDescription(Op::InitializeStatus, {}),
                 QStringLiteral("Checking whether EdgeKV is initialized"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
