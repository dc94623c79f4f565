#include "edgegrid/EdgeGridRequestFactory.h"
#include "edgegrid/EdgeGridSigner.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace edgekv;

namespace {

const QString kClientSecret = QStringLiteral("Sx9-client-secret-must-never-leak+Q=");
const QString kAccessToken = QStringLiteral("akab-access-token-must-never-leak-77");
const QString kClientToken = QStringLiteral("akab-client-token-roundtrip-01");
const QString kAccountSwitchKey = QStringLiteral("1-5C0YLB:1-8BYUX");
const int kNetworkTimeoutMs = 30000;

// One request exactly as it arrived on the socket.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QList<QByteArray> headerValues(const QByteArray& name) const
    {
        QList<QByteArray> values;
        for (const auto& [headerName, value] : headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0)
                values << value;
        }
        return values;
    }
    QByteArray header(const QByteArray& name) const { return headerValues(name).value(0); }
};

// A bare HTTP/1.1 server that records the raw request line, headers and body of every request and
// answers 200 with an empty body. Raw on purpose: QHttpServer would hand over a decoded QUrl.
class RecordingServer : public QObject
{
    Q_OBJECT

public:
    RecordingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &RecordingServer::acceptConnections);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<ReceivedRequest>& received() const { return m_received; }

private:
    void acceptConnections()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const auto headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            for (QByteArray& line : lines) {
                if (line.endsWith('\r'))
                    line.chop(1);
            }
            ReceivedRequest request;
            const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            request.version = requestLine.value(2);
            for (const QByteArray& line : std::as_const(lines)) {
                const auto colon = line.indexOf(':');
                request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qsizetype length = request.header("Content-Length").toLongLong();
            const qsizetype requestEnd = headerEnd + 4 + length;
            if (buffer.size() < requestEnd)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, requestEnd);
            m_received << request;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ReceivedRequest> m_received;
    // Last, so that it and its sockets go first: a socket's disconnected() still touches m_buffers.
    QTcpServer m_server;
};

// The value of name=... inside the Authorization header's pairs.
QByteArray authField(const QByteArray& authorization, const QByteArray& name)
{
    for (const QByteArray& pair : authorization.mid(authorization.indexOf(' ') + 1).split(';')) {
        if (pair.startsWith(name + '='))
            return pair.mid(name.size() + 1);
    }
    return {};
}

// A body larger than the default max_body, with a 3-byte UTF-8 character straddling the limit.
QByteArray oversizedUtf8Body()
{
    QByteArray body(Credentials::DefaultMaxBody - 1, 'x');
    body += "\xE2\x82\xAC"; // EURO SIGN
    body += QByteArray(5000, 'y');
    return body;
}

} // namespace

class TestEdgeGridRequestFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        // The target Qt must send, or null where QUrl may normalize escapes (upper-case hex, decoded
        // unreserved characters): then only the decoded forms must agree.
        QTest::addColumn<QByteArray>("expectedTarget");

        const auto row = [](const char* name, const QByteArray& method, const QByteArray& target,
                            const QByteArray& body = {}) {
            QTest::newRow(name) << method << target << body << target;
        };
        row("root", "GET", "/");
        row("space escape", "GET", "/edgekv/v1/foo%20resource");
        row("encoded slash", "GET", "/edgekv/v1/networks/staging/namespaces/a%2Fb/groups");
        row("semicolon params", "GET", "/configs/111;222;333?from=1");
        row("json query", "GET", "/api/v1/data?query=%7B%22foo%22%3A%22bar%22%7D");
        row("reserved characters in query", "GET",
            "/edgekv/v1/tokens?name=a+b&x=%26%3D%2B&list=[1,2]&empty=");
        row("unsorted query", "GET", "/edgekv/v1/tokens?z=1&a=2&z=0");
        row("dots inside segments", "GET", "/edgekv/v1/.well-known/a..b/c.");
        row("double slash", "GET", "/edgekv/v1//tokens");
        row("POST above max_body", "POST", "/edgekv/v1/tokens", oversizedUtf8Body());
        row("POST small", "POST", "/edgekv/v1/tokens?dryRun=true", R"({"name":"t1","allowOnStaging":true})");
        row("POST empty", "POST", "/edgekv/v1/tokens/t1/refresh");
        row("PUT with body", "PUT", "/edgekv/v1/networks/staging/namespaces/ns/groups/g/items/k",
            R"({"v":1})");
        row("DELETE", "DELETE", "/edgekv/v1/tokens/t%201");

        QTest::newRow("empty target") << QByteArray("GET") << QByteArray() << QByteArray() << QByteArray("/");
        QTest::newRow("lower-case escapes")
            << QByteArray("GET") << QByteArray("/edgekv/v1/items/%7bkey%7d?filter=%7b%22a%22%7d")
            << QByteArray() << QByteArray();
        QTest::newRow("escaped unreserved characters")
            << QByteArray("GET") << QByteArray("/edgekv/v1/items/%41%2D%7E") << QByteArray() << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expectedTarget);

        const Credentials credentials = sandboxCredentials();
        const EdgeGridRequestFactory factory(credentials, m_clock);
        const SignedRequest request = factory.build(method, target, body, "application/json");
        QVERIFY2(request.isValid(), qPrintable(request.error));
        if (!expectedTarget.isNull())
            QCOMPARE(request.signedTarget, expectedTarget);
        else
            QCOMPARE(QByteArray::fromPercentEncoding(request.signedTarget),
                     QByteArray::fromPercentEncoding(target));

        ReceivedRequest received;
        sendAndReceive(request, &received);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(received.method, method);
        QCOMPARE(received.target, request.signedTarget);
        QCOMPARE(received.body, body);
        verifyAuthorization(received, credentials);
    }

    // Qt resolves "." and ".." before sending (6.4 even turns "/a/./b/../c" into "/a//c"), so the
    // request would neither match its signature nor go where it was meant to.
    void refusesDotSegments_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("dot") << QByteArray("/edgekv/v1/./tokens");
        QTest::newRow("dot dot") << QByteArray("/edgekv/v1/a/./b/../c");
        QTest::newRow("escaped dot dot") << QByteArray("/edgekv/v1/%2E%2E/tokens");
        QTest::newRow("mixed escaped dot") << QByteArray("/edgekv/v1/.%2e/tokens");
        QTest::newRow("trailing dot") << QByteArray("/edgekv/v1/tokens/.");
        QTest::newRow("trailing dot dot with query") << QByteArray("/edgekv/v1/tokens/..?a=1");
    }

    void refusesDotSegments()
    {
        QFETCH(QByteArray, target);
        const SignedRequest request =
            EdgeGridRequestFactory(sandboxCredentials(), m_clock).build("GET", target);
        QVERIFY(!request.isValid());
        verifyNothingToSend(request);
        verifyNoSecretIn(request.error);
    }

    void refusesTargetsOutsideThePath_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("relative path") << QByteArray("edgekv/v1/tokens");
        QTest::newRow("user info") << QByteArray("@other.example/edgekv/v1/tokens");
        QTest::newRow("port") << QByteArray(":9999/edgekv/v1/tokens");
        QTest::newRow("query only") << QByteArray("?a=1");
    }

    void refusesTargetsOutsideThePath()
    {
        QFETCH(QByteArray, target);
        const SignedRequest request =
            EdgeGridRequestFactory(sandboxCredentials(), m_clock).build("GET", target);
        QVERIFY(!request.isValid());
        QVERIFY2(request.error.contains(QString::fromUtf8(target)), qPrintable(request.error));
        verifyNothingToSend(request);
        verifyNoSecretIn(request.error);
    }

    void hostHeaderCarriesTheNonDefaultPort()
    {
        const Credentials credentials = sandboxCredentials();
        const SignedRequest request =
            EdgeGridRequestFactory(credentials, m_clock).build("GET", "/edgekv/v1/tokens");
        QVERIFY2(request.isValid(), qPrintable(request.error));
        ReceivedRequest received;
        sendAndReceive(request, &received);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(received.headerValues("Host"),
                 QList<QByteArray>{"127.0.0.1:" + QByteArray::number(m_server.port())});
        QCOMPARE(received.header("Host"), credentials.host.toLatin1());
        QCOMPARE(EdgeGridRequestFactory::hostHeader(request.request.url()), received.header("Host"));
        verifyAuthorization(received, credentials);
    }

    void hostHeaderRule()
    {
        QCOMPARE(
            EdgeGridRequestFactory::hostHeader(QUrl(QStringLiteral("https://akab-x.luna.akamaiapis.net/p"))),
            QByteArray("akab-x.luna.akamaiapis.net"));
        QCOMPARE(EdgeGridRequestFactory::hostHeader(
                     QUrl(QStringLiteral("https://akab-x.luna.akamaiapis.net:443/"))),
                 QByteArray("akab-x.luna.akamaiapis.net"));
        QCOMPARE(EdgeGridRequestFactory::hostHeader(QUrl(QStringLiteral("https://h.example:8443/"))),
                 QByteArray("h.example:8443"));
        QCOMPARE(EdgeGridRequestFactory::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:80/"))),
                 QByteArray("127.0.0.1"));
        QCOMPARE(EdgeGridRequestFactory::hostHeader(QUrl(QStringLiteral("http://[::1]:8080/"))),
                 QByteArray("[::1]:8080"));
    }

    void accountSwitchKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("expectedTarget");

        const QByteArray key = "accountSwitchKey=1-5C0YLB%3A1-8BYUX";
        QTest::newRow("no query") << QByteArray("GET") << QByteArray("/edgekv/v1/tokens")
                                  << "/edgekv/v1/tokens?" + key;
        QTest::newRow("existing query")
            << QByteArray("GET") << QByteArray("/edgekv/v1/tokens?includeExpired=true")
            << "/edgekv/v1/tokens?includeExpired=true&" + key;
        QTest::newRow("json query") << QByteArray("GET")
                                    << QByteArray("/api/v1/data?query=%7B%22foo%22%3A%22bar%22%7D")
                                    << "/api/v1/data?query=%7B%22foo%22%3A%22bar%22%7D&" + key;
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("/edgekv/v1/tokens")
                              << "/edgekv/v1/tokens?" + key;
        QTest::newRow("fragment") << QByteArray("GET") << QByteArray("/edgekv/v1/tokens?a=1#section")
                                  << "/edgekv/v1/tokens?a=1&" + key;
        QTest::newRow("empty query") << QByteArray("GET") << QByteArray("/edgekv/v1/tokens?")
                                     << "/edgekv/v1/tokens?" + key;
    }

    void accountSwitchKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, expectedTarget);

        Credentials credentials = sandboxCredentials();
        credentials.accountSwitchKey = kAccountSwitchKey;
        const SignedRequest request =
            EdgeGridRequestFactory(credentials, m_clock).build(method, target, method == "POST" ? "{}" : "");
        QVERIFY2(request.isValid(), qPrintable(request.error));
        QCOMPARE(request.signedTarget, expectedTarget);
        const QUrlQuery signedQuery(QUrl::fromEncoded("http://h" + request.signedTarget));
        QCOMPARE(signedQuery.queryItemValue(QStringLiteral("accountSwitchKey"), QUrl::FullyDecoded),
                 kAccountSwitchKey);

        ReceivedRequest received;
        sendAndReceive(request, &received);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(received.target, request.signedTarget);
        const QUrlQuery sentQuery(QUrl::fromEncoded("http://h" + received.target));
        QCOMPARE(sentQuery.queryItemValue(QStringLiteral("accountSwitchKey"), QUrl::FullyDecoded),
                 kAccountSwitchKey);
        verifyAuthorization(received, credentials);
    }

    void withoutAccountSwitchKeyTheTargetIsUnchanged()
    {
        QCOMPARE(EdgeGridRequestFactory::withAccountSwitchKey("/edgekv/v1/tokens?a=1", {}),
                 QByteArray("/edgekv/v1/tokens?a=1"));
        const SignedRequest request =
            EdgeGridRequestFactory(sandboxCredentials(), m_clock).build("GET", "/x?a=1");
        QVERIFY2(request.isValid(), qPrintable(request.error));
        QVERIFY(!request.signedTarget.contains("accountSwitchKey"));
    }

    void refusesPlainHttpToRemoteHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("akamai host") << QStringLiteral("akab-x.luna.akamaiapis.net");
        QTest::newRow("private address") << QStringLiteral("10.0.0.1:8080");
        QTest::newRow("localhost lookalike") << QStringLiteral("localhost.example.com");
        QTest::newRow("loopback lookalike") << QStringLiteral("127.0.0.1.nip.io:8080");
    }

    void refusesPlainHttpToRemoteHost()
    {
        QFETCH(QString, host);
        Credentials credentials = sandboxCredentials();
        credentials.host = host;
        const SignedRequest request =
            EdgeGridRequestFactory(credentials, m_clock).build("GET", "/edgekv/v1/tokens");
        QVERIFY(!request.isValid());
        QVERIFY2(request.error.contains(host), qPrintable(request.error));
        verifyNothingToSend(request);
        verifyNoSecretIn(request.error);
    }

    void refusesIncompleteCredentials_data()
    {
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("client_secret") << QStringList{QStringLiteral("client_secret")};
        QTest::newRow("access_token") << QStringList{QStringLiteral("access_token")};
        QTest::newRow("both tokens") << QStringList{QStringLiteral("client_token"),
                                                    QStringLiteral("access_token")};
        QTest::newRow("host") << QStringList{QStringLiteral("host")};
        QTest::newRow("everything") << QStringList{QStringLiteral("host"), QStringLiteral("client_token"),
                                                   QStringLiteral("client_secret"),
                                                   QStringLiteral("access_token")};
    }

    void refusesIncompleteCredentials()
    {
        QFETCH(QStringList, missing);
        Credentials credentials = sandboxCredentials();
        if (missing.contains(QStringLiteral("host")))
            credentials.host.clear();
        if (missing.contains(QStringLiteral("client_token")))
            credentials.clientToken.clear();
        if (missing.contains(QStringLiteral("client_secret")))
            credentials.clientSecret.clear();
        if (missing.contains(QStringLiteral("access_token")))
            credentials.accessToken.clear();

        const SignedRequest request =
            EdgeGridRequestFactory(credentials, m_clock).build("GET", "/edgekv/v1/tokens");
        QVERIFY(!request.isValid());
        for (const QString& name : std::as_const(missing))
            QVERIFY2(request.error.contains(name), qPrintable(request.error));
        verifyNothingToSend(request);
        verifyNoSecretIn(request.error);
    }

    void refusesAnInvalidTarget()
    {
        const SignedRequest request = EdgeGridRequestFactory(sandboxCredentials(), m_clock)
                                          .build("GET", "/edgekv/v1/tokens?filter={x}");
        QVERIFY(!request.isValid());
        QVERIFY(!request.error.isEmpty());
        verifyNothingToSend(request);
        verifyNoSecretIn(request.error);
    }

private:
    Credentials sandboxCredentials() const
    {
        Credentials credentials;
        credentials.host = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
        credentials.plainHttp = true;
        credentials.clientToken = kClientToken;
        credentials.clientSecret = kClientSecret;
        credentials.accessToken = kAccessToken;
        return credentials;
    }

    // Sends request like the app does and hands back what the server received.
    void sendAndReceive(const SignedRequest& request, ReceivedRequest* received)
    {
        const auto before = m_server.received().size();
        std::unique_ptr<QNetworkReply> reply(
            m_nam.sendCustomRequest(request.request, request.method, request.body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(kNetworkTimeoutMs));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(m_server.received().size(), before + 1);
        *received = m_server.received().constLast();
    }

    // Verifies the Authorization header like the gateway does (EDGEGRID.md §5): over the request as
    // received, with the server's max_body, using the received prefix as the last field.
    void verifyAuthorization(const ReceivedRequest& received, const Credentials& credentials)
    {
        const QList<QByteArray> values = received.headerValues("Authorization");
        QCOMPARE(values.size(), 1);
        const QByteArray authorization = values.first();
        QVERIFY2(authorization.startsWith("EG1-HMAC-SHA256 "), authorization.constData());
        const QByteArray signatureMarker = ";signature=";
        const auto at = authorization.lastIndexOf(signatureMarker);
        QVERIFY(at > 0);
        const QByteArray prefix = authorization.left(at + 1);
        const QByteArray signature = authorization.mid(at + signatureMarker.size());
        QCOMPARE(authField(prefix, "client_token"), credentials.clientToken.toUtf8());
        QCOMPARE(authField(prefix, "access_token"), credentials.accessToken.toUtf8());
        QCOMPARE(authField(prefix, "timestamp"), EdgeGridSigner::timestamp(m_clock.nowUtc()));
        QVERIFY(!authField(prefix, "nonce").isEmpty());

        EdgeGridRequest onWire;
        onWire.method = received.method;
        onWire.scheme = "http";
        onWire.host = received.header("Host");
        onWire.pathAndQuery = received.target;
        onWire.body = received.body;
        QCOMPARE(onWire.host, credentials.host.toLatin1());
        const QByteArray data = EdgeGridSigner::dataToSign(onWire, {}, Credentials::DefaultMaxBody, prefix);
        const QByteArray key =
            EdgeGridSigner::signingKey(credentials.clientSecret.toUtf8(), authField(prefix, "timestamp"));
        QCOMPARE(EdgeGridSigner::signature(key, data), signature);
    }

    static void verifyNothingToSend(const SignedRequest& request)
    {
        QVERIFY(request.request.url().isEmpty());
        QVERIFY(!request.request.hasRawHeader("Authorization"));
        QVERIFY(request.signedTarget.isEmpty());
    }

    static void verifyNoSecretIn(const QString& message)
    {
        QVERIFY2(!message.contains(kClientSecret), "the error message leaks the client secret");
        QVERIFY2(!message.contains(kAccessToken), "the error message leaks the access token");
    }

    RecordingServer m_server;
    QNetworkAccessManager m_nam;
    MockClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc())};
};

QTEST_GUILESS_MAIN(TestEdgeGridRequestFactory)
#include "tst_edgegridrequestfactory.moc"
