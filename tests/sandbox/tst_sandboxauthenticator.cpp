// SandboxAuthenticator: EdgeGrid verification as Akamai's gateway does it, checked against the official
// Python test vectors (signatures made by Akamai's own client library).
#include "SandboxAuthenticator.h"
#include "edgegrid/EdgeGridSigner.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace edgekv;

namespace {

QJsonObject readJson(const QString& name)
{
    QFile file(QStringLiteral(EDGEKV_TESTDATA_DIR "/edgegrid/python/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray readCases()
{
    QFile file(QStringLiteral(EDGEKV_TESTDATA_DIR "/edgegrid/python/testcases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

const QDateTime kVectorTime(QDate(2014, 3, 21), QTime(19, 34, 21), QTimeZone::utc());

SandboxClient vectorClient()
{
    const QJsonObject data = readJson(QStringLiteral("testdata.json"));
    return SandboxClient{data.value(QLatin1String("client_token")).toString(),
                         data.value(QLatin1String("client_secret")).toString(),
                         data.value(QLatin1String("access_token")).toString()};
}

SandboxRequest simpleRequest(const SandboxClient& client, const Clock& clock)
{
    SandboxRequest request;
    request.method = "GET";
    request.scheme = "http";
    request.host = "127.0.0.1:8080";
    request.rawTarget = "/edgekv/v1/tokens?includeExpired=true";
    Credentials credentials;
    credentials.clientToken = client.clientToken;
    credentials.clientSecret = client.clientSecret;
    credentials.accessToken = client.accessToken;
    EdgeGridRequest toSign{request.method, request.scheme, request.host, request.rawTarget, {}, {}};
    request.authorization = EdgeGridSigner(credentials).authorization(toSign, clock);
    return request;
}

} // namespace

class TestSandboxAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheHeader()
    {
        const QByteArray header =
            "EG1-HMAC-SHA256 client_token=akab-c;access_token=akab-a;timestamp=20140321T19:34:21+0000;"
            "nonce=n-1;signature=tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=";
        const auto parsed = EdgeGridAuthorization::parse(header);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->clientToken, QByteArray("akab-c"));
        QCOMPARE(parsed->accessToken, QByteArray("akab-a"));
        QCOMPARE(parsed->timestamp, QByteArray("20140321T19:34:21+0000"));
        QCOMPARE(parsed->nonce, QByteArray("n-1"));
        QCOMPARE(parsed->signature, QByteArray("tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="));
        QCOMPARE(parsed->prefix, header.left(header.indexOf("signature=")));
        QVERIFY(parsed->prefix.endsWith(';'));
    }

    void rejectsMalformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("lower-case scheme")
            << QByteArray("eg1-hmac-sha256 client_token=a;access_token=b;timestamp=t;nonce=n;signature=s");
        QTest::newRow("two spaces") << QByteArray(
            "EG1-HMAC-SHA256  client_token=a;access_token=b;timestamp=t;nonce=n;signature=s");
        QTest::newRow("trailing semicolon")
            << QByteArray("EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=t;nonce=n;signature=s;");
        QTest::newRow("extra field") << QByteArray(
            "EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=t;nonce=n;x=y;signature=s");
        QTest::newRow("missing nonce")
            << QByteArray("EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=t;signature=s");
        QTest::newRow("empty signature")
            << QByteArray("EG1-HMAC-SHA256 client_token=a;access_token=b;timestamp=t;nonce=n;signature=");
    }

    void rejectsMalformedHeaders()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!EdgeGridAuthorization::parse(header).has_value());
    }

    void parsesTimestampsStrictly()
    {
        QCOMPARE(SandboxAuthenticator::parseTimestamp("20140321T19:34:21+0000"), kVectorTime);
        QVERIFY(!SandboxAuthenticator::parseTimestamp("20140321T19:34:21Z").isValid());
        QVERIFY(!SandboxAuthenticator::parseTimestamp("20140321T19:34:21+0100").isValid());
        QVERIFY(!SandboxAuthenticator::parseTimestamp("20141321T19:34:21+0000").isValid());
        QVERIFY(!SandboxAuthenticator::parseTimestamp("2014-03-21T19:34:21+0000").isValid());
    }

    void verifiesTheOfficialVectors_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases = readCases();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue& value : cases) {
            const QJsonObject testCase = value.toObject();
            // The gateway signs no headers (headers_to_sign is server-defined and empty for EdgeKV).
            bool signsHeaders = false;
            for (const QJsonValue& header : testCase.value(QLatin1String("request"))
                                                .toObject()
                                                .value(QLatin1String("headers"))
                                                .toArray())
                signsHeaders |= header.toObject().keys().first().startsWith(QLatin1String("X-"));
            if (!signsHeaders)
                QTest::newRow(qPrintable(testCase.value(QLatin1String("testName")).toString())) << testCase;
        }
    }

    void verifiesTheOfficialVectors()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject data = readJson(QStringLiteral("testdata.json"));
        MockClock clock(kVectorTime);
        // The Python vectors were made with max_body 2048.
        SandboxAuthenticator authenticator(clock, 30, data.value(QLatin1String("max_body")).toInt());
        authenticator.addClient(vectorClient());

        const QJsonObject request = testCase.value(QLatin1String("request")).toObject();
        SandboxRequest received;
        received.method = request.value(QLatin1String("method")).toString().toLatin1();
        received.scheme = "https";
        received.host = QUrl(data.value(QLatin1String("base_url")).toString()).host().toLatin1();
        for (const QJsonValue& header : request.value(QLatin1String("headers")).toArray()) {
            if (header.toObject().contains(QLatin1String("Host")))
                received.host = header.toObject().value(QLatin1String("Host")).toString().toLatin1();
        }
        received.rawTarget = request.value(QLatin1String("path")).toString().toLatin1();
        received.body = request.value(QLatin1String("data")).toString().toUtf8();
        received.authorization = testCase.value(QLatin1String("expectedAuthorization")).toString().toLatin1();

        const AuthOutcome outcome = authenticator.verify(received);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));

        SandboxRequest otherTarget = received;
        otherTarget.rawTarget += "x";
        QCOMPARE(authenticator.verify(otherTarget).status, 401);
        SandboxRequest otherScheme = received;
        otherScheme.scheme = "http";
        QCOMPARE(authenticator.verify(otherScheme).detail, QStringLiteral("The signature does not match"));
        SandboxRequest otherHost = received;
        otherHost.host = "example.com";
        QCOMPARE(authenticator.verify(otherHost).status, 401);
    }

    void outcomes()
    {
        MockClock clock(kVectorTime);
        SandboxAuthenticator authenticator(clock, 30, Credentials::DefaultMaxBody);
        const SandboxClient client = SandboxClient::generate();
        authenticator.addClient(client);
        const SandboxRequest good = simpleRequest(client, clock);
        QVERIFY(authenticator.verify(good).ok());

        SandboxRequest missing = good;
        missing.authorization.clear();
        QCOMPARE(authenticator.verify(missing).status, 400);
        QCOMPARE(authenticator.verify(missing).detail, QStringLiteral("Missing authorization header"));

        SandboxRequest garbage = good;
        garbage.authorization = "Basic dXNlcjpwYXNz";
        QCOMPARE(authenticator.verify(garbage).detail, QStringLiteral("Malformed authorization header"));

        SandboxClient stranger = SandboxClient::generate();
        QCOMPARE(authenticator.verify(simpleRequest(stranger, clock)).detail,
                 QStringLiteral("Inactive client token"));
        stranger.clientToken = client.clientToken; // known client token, foreign access token
        QCOMPARE(authenticator.verify(simpleRequest(stranger, clock)).status, 401);
        QCOMPARE(authenticator.verify(simpleRequest(stranger, clock)).detail,
                 QStringLiteral("Inactive client token"));

        SandboxClient wrongSecret = client;
        wrongSecret.clientSecret = SandboxClient::generate().clientSecret;
        QCOMPARE(authenticator.verify(simpleRequest(wrongSecret, clock)).detail,
                 QStringLiteral("The signature does not match"));

        clock.advanceSeconds(30);
        QVERIFY(authenticator.verify(good).ok());
        clock.advanceSeconds(1);
        QCOMPARE(authenticator.verify(good).status, 400);
        QCOMPARE(authenticator.verify(good).detail, QStringLiteral("Invalid timestamp"));
    }

    void postBodiesAreHashedUpToMaxBody()
    {
        MockClock clock(kVectorTime);
        SandboxAuthenticator authenticator(clock, 30, 16);
        const SandboxClient client = SandboxClient::generate();
        authenticator.addClient(client);
        Credentials credentials;
        credentials.clientToken = client.clientToken;
        credentials.clientSecret = client.clientSecret;
        credentials.accessToken = client.accessToken;
        credentials.maxBody = 16;
        SandboxRequest request;
        request.method = "POST";
        request.scheme = "http";
        request.host = "127.0.0.1:1";
        request.rawTarget = "/edgekv/v1/tokens";
        request.body = "0123456789abcdef-and-more";
        request.authorization =
            EdgeGridSigner(credentials)
                .authorization(
                    EdgeGridRequest{
                        request.method, request.scheme, request.host, request.rawTarget, {}, request.body},
                    clock);
        QVERIFY(authenticator.verify(request).ok());
        request.body = "0123456789abcdef-changed-beyond-max-body";
        QVERIFY(authenticator.verify(request).ok());
        request.body = "X123456789abcdef-and-more";
        QCOMPARE(authenticator.verify(request).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuthenticator)
#include "tst_sandboxauthenticator.moc"
