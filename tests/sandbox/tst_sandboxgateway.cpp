// End to end: the gateway's EdgeGrid verification (EDGEGRID.md §5) with its error bodies, the raw
// request target, the served scheme, and HTTPS.
#include "SandboxHarness.h"
#include "edgegrid/EdgeGridSigner.h"

#include <QJsonArray>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

void verifyGatewayProblem(const Reply& reply, int status, const QString& detail,
                          const QByteArray& method = "GET")
{
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(json.value(QLatin1String("detail")).toString(), detail);
    if (status == 401) {
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/deny"));
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Not authorized"));
    } else {
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/request-error"));
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Bad request"));
    }
    QVERIFY(json.value(QLatin1String("instance")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(json.value(QLatin1String("method")).toString(), QString::fromLatin1(method));
    QCOMPARE(json.value(QLatin1String("serverIp")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(json.value(QLatin1String("clientIp")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(!json.value(QLatin1String("requestId")).toString().isEmpty());
    QVERIFY(
        QDateTime::fromString(json.value(QLatin1String("requestTime")).toString(), Qt::ISODate).isValid());
    // The error never echoes the credentials.
    QVERIFY(!reply.body.contains("signature="));
}

// Signs like a client would, with a chosen clock and credentials, and returns the request.
QNetworkRequest signedRequest(const Credentials& credentials, const Clock& clock, const QByteArray& method,
                              const QByteArray& target, const QByteArray& body = {})
{
    return EdgeGridRequestFactory(credentials, clock).build(method, target, body).request;
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& target, const QByteArray& host,
                      const QByteArray& authorization, const QByteArray& body = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return request;
}

QByteArray authorizationFor(const SandboxHarness& harness, const QByteArray& scheme, const QByteArray& host,
                            const QByteArray& method, const QByteArray& signedTarget, MockClock& clock)
{
    EdgeGridRequest toSign;
    toSign.method = method;
    toSign.scheme = scheme;
    toSign.host = host;
    toSign.pathAndQuery = signedTarget;
    return EdgeGridSigner(harness.credentials()).authorization(toSign, clock);
}

} // namespace

class TestSandboxGateway : public QObject
{
    Q_OBJECT

private slots:
    void missingAuthorizationIs400()
    {
        SandboxHarness harness;
        QNetworkRequest request(
            harness.server().baseUrl().resolved(QUrl(QStringLiteral("/edgekv/v1/tokens"))));
        verifyGatewayProblem(harness.sendRaw(request, "GET"), 400,
                             QStringLiteral("Missing authorization header"));
    }

    void malformedAuthorizationIs400_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("other scheme") << QByteArray("Bearer abc");
        QTest::newRow("no space") << QByteArray(
            "EG1-HMAC-SHA256client_token=a;access_token=b;timestamp=c;nonce=d;signature=e");
        QTest::newRow("missing signature") << QByteArray(
            "EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=20250310T12:00:00+0000;nonce=d;");
        QTest::newRow("fields out of order") << QByteArray(
            "EG1-HMAC-SHA256 access_token=b;client_token=a;timestamp=20250310T12:00:00+0000;nonce=d;"
            "signature=e");
        QTest::newRow("empty nonce") << QByteArray(
            "EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=20250310T12:00:00+0000;nonce=;"
            "signature=e");
        QTest::newRow("no equals sign") << QByteArray(
            "EG1-HMAC-SHA256 client_token;access_token=b;timestamp=20250310T12:00:00+0000;nonce=d;"
            "signature=e");
    }

    void malformedAuthorizationIs400()
    {
        QFETCH(QByteArray, header);
        SandboxHarness harness;
        QNetworkRequest request(
            harness.server().baseUrl().resolved(QUrl(QStringLiteral("/edgekv/v1/tokens"))));
        request.setRawHeader("Authorization", header);
        verifyGatewayProblem(harness.sendRaw(request, "GET"), 400,
                             QStringLiteral("Malformed authorization header"));
    }

    void unknownClientTokenIs401()
    {
        SandboxHarness harness;
        Credentials stranger = harness.credentials();
        stranger.clientToken = QStringLiteral("akab-unknown-client-token");
        verifyGatewayProblem(
            harness.sendRaw(signedRequest(stranger, harness.clock(), "GET", "/edgekv/v1/tokens"), "GET"), 401,
            QStringLiteral("Inactive client token"));
    }

    void wrongAccessTokenIs401()
    {
        SandboxHarness harness;
        Credentials wrong = harness.credentials();
        wrong.accessToken = QStringLiteral("akab-some-other-access-token");
        verifyGatewayProblem(
            harness.sendRaw(signedRequest(wrong, harness.clock(), "GET", "/edgekv/v1/tokens"), "GET"), 401,
            QStringLiteral("Inactive client token"));
    }

    void wrongSecretIs401()
    {
        SandboxHarness harness;
        Credentials wrong = harness.credentials();
        wrong.clientSecret = QStringLiteral("c29tZSBvdGhlciBzZWNyZXQgdGhhdCBpcyB3cm9uZw==");
        verifyGatewayProblem(
            harness.sendRaw(signedRequest(wrong, harness.clock(), "GET", "/edgekv/v1/tokens"), "GET"), 401,
            QStringLiteral("The signature does not match"));
    }

    void timestampWindowIsThirtySeconds_data()
    {
        QTest::addColumn<int>("skew");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("on time") << 0 << true;
        QTest::newRow("30 s ahead") << 30 << true;
        QTest::newRow("30 s behind") << -30 << true;
        QTest::newRow("31 s ahead") << 31 << false;
        QTest::newRow("31 s behind") << -31 << false;
        QTest::newRow("a day behind") << -86400 << false;
    }

    void timestampWindowIsThirtySeconds()
    {
        QFETCH(int, skew);
        QFETCH(bool, accepted);
        SandboxHarness harness;
        MockClock clientClock(harness.clock().nowUtc().addSecs(skew));
        const Reply reply = harness.sendRaw(
            signedRequest(harness.credentials(), clientClock, "GET", "/edgekv/v1/tokens"), "GET");
        if (accepted)
            QCOMPARE(reply.status, 200);
        else
            verifyGatewayProblem(reply, 400, QStringLiteral("Invalid timestamp"));
    }

    void malformedTimestampIsInvalid()
    {
        SandboxHarness harness;
        const SandboxClient& client = harness.client();
        QNetworkRequest request(
            harness.server().baseUrl().resolved(QUrl(QStringLiteral("/edgekv/v1/tokens"))));
        request.setRawHeader("Authorization", EdgeGridSigner::authPrefix(client.clientToken.toUtf8(),
                                                                         client.accessToken.toUtf8(),
                                                                         "2025-03-10T12:00:00Z", "nonce") +
                                                  "signature=abc=");
        verifyGatewayProblem(harness.sendRaw(request, "GET"), 400, QStringLiteral("Invalid timestamp"));
    }

    void tamperedBodyFailsTheSignature()
    {
        SandboxHarness harness;
        const QByteArray signedBody = QJsonDocument(harness.createBody(QStringLiteral("a"))).toJson();
        const QByteArray sentBody = QJsonDocument(harness.createBody(QStringLiteral("b"))).toJson();
        QNetworkRequest request =
            signedRequest(harness.credentials(), harness.clock(), "POST", "/edgekv/v1/tokens", signedBody);
        verifyGatewayProblem(harness.sendRaw(request, "POST", sentBody), 401,
                             QStringLiteral("The signature does not match"), "POST");
        QCOMPARE(harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray().size(), 0);
    }

    void signatureCoversTheTarget()
    {
        SandboxHarness harness;
        QNetworkRequest request =
            signedRequest(harness.credentials(), harness.clock(), "GET", "/edgekv/v1/tokens");
        request.setUrl(harness.server().baseUrl().resolved(
            QUrl(QStringLiteral("/edgekv/v1/tokens?includeExpired=true"))));
        verifyGatewayProblem(harness.sendRaw(request, "GET"), 401,
                             QStringLiteral("The signature does not match"));
    }

    void bodiesAreHashedUpToMaxBody()
    {
        SandboxHarness harness;
        QJsonObject big = harness.createBody(QStringLiteral("big"));
        big.insert(QStringLiteral("padding"), QString(140000, QLatin1Char('x')));
        const QByteArray body = QJsonDocument(big).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > Credentials::DefaultMaxBody);
        QCOMPARE(harness.send("POST", "/edgekv/v1/tokens", body).status, 200);

        // A client hashing the whole body (a wrong max_body) is refused.
        Credentials wrongMaxBody = harness.credentials();
        wrongMaxBody.maxBody = 1 << 30;
        big.insert(QStringLiteral("name"), QStringLiteral("big2"));
        const QByteArray body2 = QJsonDocument(big).toJson(QJsonDocument::Compact);
        verifyGatewayProblem(
            harness.sendRaw(signedRequest(wrongMaxBody, harness.clock(), "POST", "/edgekv/v1/tokens", body2),
                            "POST", body2),
            401, QStringLiteral("The signature does not match"), "POST");
    }

    void schemeIsTheOneServed()
    {
        SandboxHarness harness;
        // Signed for https, sent over plain http: the server verifies with the scheme it actually serves.
        Credentials httpsCredentials = harness.credentials();
        httpsCredentials.plainHttp = false;
        QNetworkRequest request =
            signedRequest(httpsCredentials, harness.clock(), "GET", "/edgekv/v1/tokens");
        request.setUrl(harness.server().baseUrl().resolved(QUrl(QStringLiteral("/edgekv/v1/tokens"))));
        verifyGatewayProblem(harness.sendRaw(request, "GET"), 401,
                             QStringLiteral("The signature does not match"));
    }

    void hostIsTheHeaderAsReceived()
    {
        SandboxHarness harness;
        // Signed for "localhost:PORT" and sent there: the server does not substitute its own address.
        Credentials viaName = harness.credentials();
        viaName.host = QStringLiteral("localhost:%1").arg(harness.server().port());
        QCOMPARE(harness.sendRaw(signedRequest(viaName, harness.clock(), "GET", "/edgekv/v1/tokens"), "GET")
                     .status,
                 200);

        const QByteArray target = "/edgekv/v1/tokens";
        const QByteArray signedHost = "127.0.0.1:" + QByteArray::number(harness.server().port());
        const QByteArray auth = authorizationFor(harness, "http", signedHost, "GET", target, harness.clock());
        QCOMPARE(rawHttpExchange(harness.server().port(), rawRequest("GET", target, signedHost, auth)).status,
                 200);
        const RawExchange otherHost =
            rawHttpExchange(harness.server().port(), rawRequest("GET", target, "example.com", auth));
        QVERIFY(otherHost.complete);
        QCOMPARE(otherHost.status, 401);
    }

    void rawTargetWithPercentEscapesIsVerifiedAsSent_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("qtRewrites"); // whether QUrl would send something else
        // Lower-case hex and escaped unreserved characters: QUrl would rewrite both.
        QTest::newRow("lower-case escape in query")
            << QByteArray("/edgekv/v1/tokens?accountSwitchKey=1-5C0YLB%3a1-8BYUX") << 200 << true;
        QTest::newRow("escaped unreserved in path")
            << QByteArray("/edgekv/v1/tokens/my%5ftoken") << 404 << true;
        QTest::newRow("escaped tilde") << QByteArray("/edgekv/v1/tokens/%7Euser") << 400 << true;
        QTest::newRow("escaped path separator")
            << QByteArray("/edgekv/v1/networks/staging/namespaces/a%2Fb") << 400 << false;
        QTest::newRow("plus and space in query")
            << QByteArray("/edgekv/v1/networks/staging/namespaces?details=on&x=a+b%20c") << 200 << false;
    }

    void rawTargetWithPercentEscapesIsVerifiedAsSent()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(bool, qtRewrites);
        SandboxHarness harness;
        const QByteArray host = "127.0.0.1:" + QByteArray::number(harness.server().port());
        const QByteArray auth = authorizationFor(harness, "http", host, "GET", target, harness.clock());
        const RawExchange exchange =
            rawHttpExchange(harness.server().port(), rawRequest("GET", target, host, auth));
        QVERIFY(exchange.complete);
        QCOMPARE(exchange.status, status);

        // Signing Qt's normalised form instead of the bytes sent fails: the raw target is what counts.
        const QByteArray normalised = QUrl::fromEncoded(target).toEncoded();
        QCOMPARE(normalised != target, qtRewrites);
        if (qtRewrites) {
            const QByteArray wrongAuth =
                authorizationFor(harness, "http", host, "GET", normalised, harness.clock());
            QCOMPARE(
                rawHttpExchange(harness.server().port(), rawRequest("GET", target, host, wrongAuth)).status,
                401);
        }
    }

    void escapedAccountSwitchKeyIsDecoded()
    {
        SandboxHarness harness;
        QCOMPARE(harness
                     .post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t")),
                           QStringLiteral("1-5C0YLB:1-8BYUX"))
                     .status,
                 200);
        const QByteArray target = "/edgekv/v1/tokens?accountSwitchKey=1-5C0YLB%3a1-8BYUX";
        const QByteArray host = "127.0.0.1:" + QByteArray::number(harness.server().port());
        const RawExchange exchange = rawHttpExchange(
            harness.server().port(),
            rawRequest("GET", target, host,
                       authorizationFor(harness, "http", host, "GET", target, harness.clock())));
        QCOMPARE(exchange.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(exchange.body).object().value(QLatin1String("tokens")).toArray().size(),
            1);
    }

    void servesHttps()
    {
        const TestCertificate certificate;
        QVERIFY2(certificate.error.isEmpty(), qPrintable(certificate.error));
        SandboxHarness harness(SandboxOptions(), certificate.serverConfiguration());
        QVERIFY2(harness.startError().isEmpty(), qPrintable(harness.startError()));
        harness.setClientSsl(certificate.clientConfiguration());
        QCOMPARE(harness.server().baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(harness.server().isTls());
        QCOMPARE(harness.server().edgercHost(), QStringLiteral("127.0.0.1:%1").arg(harness.server().port()));
        QVERIFY(!harness.credentials().plainHttp);

        const Reply created = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("secure")));
        QCOMPARE(created.error, QNetworkReply::NoError);
        QCOMPARE(created.status, 200);
        QCOMPARE(harness.get("/edgekv/v1/tokens/secure").status, 200);

        // A signature made for http does not verify on the https server.
        const QByteArray host = "127.0.0.1:" + QByteArray::number(harness.server().port());
        QNetworkRequest request(
            harness.server().baseUrl().resolved(QUrl(QStringLiteral("/edgekv/v1/tokens"))));
        request.setRawHeader("Authorization", authorizationFor(harness, "http", host, "GET",
                                                               "/edgekv/v1/tokens", harness.clock()));
        const Reply reply = harness.sendRaw(request, "GET");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QLatin1String("detail")).toString(),
                 QStringLiteral("The signature does not match"));
        QVERIFY(
            reply.json().value(QLatin1String("instance")).toString().startsWith(QLatin1String("https://")));
    }

    void plainHttpEdgercHost()
    {
        SandboxHarness harness;
        QCOMPARE(harness.server().edgercHost(),
                 QStringLiteral("http://127.0.0.1:%1").arg(harness.server().port()));
        QVERIFY(harness.credentials().plainHttp);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
