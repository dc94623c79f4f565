// End to end: injected faults as a client sees them, latency without blocking, concurrent connections
// and keep-alive.
#include "SandboxHarness.h"
#include "edgegrid/EdgeGridSigner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace edgekv;
using namespace edgekv::test;

namespace {

SandboxOptions withFault(FaultKind kind)
{
    SandboxOptions options;
    options.faults = {FaultRule{kind, 1.0}};
    options.faultSeed = 1;
    return options;
}

int tokenCount(SandboxHarness& harness)
{
    harness.server().setFaults({});
    return harness.get("/edgekv/v1/tokens").json().value(QLatin1String("tokens")).toArray().size();
}

QByteArray signedRawGet(SandboxHarness& harness, const QByteArray& target, bool close)
{
    const QByteArray host = "127.0.0.1:" + QByteArray::number(harness.server().port());
    EdgeGridRequest toSign{"GET", "http", host, target, {}, {}};
    const QByteArray auth = EdgeGridSigner(harness.credentials()).authorization(toSign, harness.clock());
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth + "\r\n" +
           (close ? "Connection: close\r\n" : "") + "\r\n";
}

// Reads one response (by Content-Length) from a socket that stays open.
QByteArray readResponse(QTcpSocket& socket, QByteArray& buffer)
{
    for (int i = 0; i < 4000; ++i) {
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer.size() >= end + 4 + length) {
                const QByteArray response = buffer.left(end + 4 + length);
                buffer.remove(0, response.size());
                return response;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        QTest::qWait(5);
    }
    return {};
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void internalError500()
    {
        SandboxHarness harness(withFault(FaultKind::InternalError500));
        const Reply reply = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t")));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QLatin1String("errorCode")).toString(), QStringLiteral("EKV_0000"));
        QCOMPARE(reply.json().value(QLatin1String("detail")).toString(),
                 QStringLiteral("An internal error occurred."));
        QCOMPARE(tokenCount(harness), 0); // not processed
    }

    void unavailable503()
    {
        SandboxHarness harness(withFault(FaultKind::Unavailable503));
        const Reply reply = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t")));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 503);
        QCOMPARE(tokenCount(harness), 0);
    }

    void tooManyRequests429WithRetryAfter()
    {
        SandboxHarness harness(withFault(FaultKind::TooManyRequests429));
        const Reply reply = harness.get("/edgekv/v1/tokens");
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        QCOMPARE(reply.json().value(QLatin1String("title")).toString(), QStringLiteral("Too Many Requests"));
    }

    void resetDropsTheConnectionAfterProcessing()
    {
        SandboxHarness harness(withFault(FaultKind::Reset));
        const Reply reply = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t")));
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError ||
                     reply.error == QNetworkReply::ConnectionRefusedError ||
                     reply.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(reply.error)));
        // The create went through: the answer was lost, not the change (a client must check by name).
        QCOMPARE(tokenCount(harness), 1);
    }

    void malformedIsTruncatedJson()
    {
        SandboxHarness harness(withFault(FaultKind::Malformed));
        const Reply reply = harness.post("/edgekv/v1/tokens", harness.createBody(QStringLiteral("t")));
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(reply.body.startsWith('{'));
        QVERIFY(!reply.isJson());
        QCOMPARE(tokenCount(harness), 1);
    }

    void stallNeverFinishesTheBody()
    {
        SandboxHarness harness(withFault(FaultKind::Stall));
        // The client's own transfer timeout is what detects a stall.
        const Reply reply = harness.send("GET", "/edgekv/v1/tokens", {}, {}, 1500);
        QVERIFY(reply.finished);
        QVERIFY2(reply.error == QNetworkReply::OperationCanceledError ||
                     reply.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(reply.error)));
        QVERIFY(!reply.isJson() || reply.body.isEmpty());
        // The server is still fine for everybody else.
        QCOMPARE(tokenCount(harness), 0);
    }

    void faultsFollowTheRateAndTheSeed()
    {
        const auto statuses = [](quint64 seed) {
            SandboxOptions options;
            options.faults = {FaultRule{FaultKind::Unavailable503, 0.5}};
            options.faultSeed = seed;
            SandboxHarness harness(options);
            QList<int> result;
            for (int i = 0; i < 30; ++i)
                result << harness.get("/edgekv/v1/tokens").status;
            return result;
        };
        const QList<int> first = statuses(99);
        QCOMPARE(statuses(99), first);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(503));
        QCOMPARE(first.count(200) + first.count(503), first.size());
    }

    void latencyDoesNotBlockTheEventLoop()
    {
        SandboxHarness harness;
        harness.server().setLatencyMs(60000);
        const EdgeGridRequestFactory factory(harness.credentials(), harness.clock());
        QNetworkAccessManager slowClient;
        QSignalSpy received(&harness.server(), &SandboxServer::requestReceived);
        QSignalSpy handled(&harness.server(), &SandboxServer::requestHandled);
        QNetworkReply* slow = slowClient.get(factory.build("GET", "/edgekv/v1/tokens").request);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);

        // While the first answer waits, the same server answers another client.
        harness.server().setLatencyMs(0);
        const Reply fast = harness.get("/edgekv/v1/tokens");
        QCOMPARE(fast.status, 200);
        QVERIFY(!slow->isFinished());
        QCOMPARE(handled.count(), 1);
        slow->abort();
        delete slow;
    }

    void latencyDelaysTheAnswer()
    {
        SandboxOptions options;
        options.latencyMs = 200;
        SandboxHarness harness(options);
        QSignalSpy handled(&harness.server(), &SandboxServer::requestHandled);
        const Reply reply = harness.get("/edgekv/v1/tokens");
        QCOMPARE(reply.status, 200);
        QCOMPARE(handled.count(), 1);
    }

    void concurrentConnections()
    {
        SandboxHarness harness;
        QList<std::shared_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply*> replies;
        for (int c = 0; c < 8; ++c) {
            clients << std::make_shared<QNetworkAccessManager>();
            const EdgeGridRequestFactory factory(harness.credentials(QStringLiteral("acct-%1").arg(c % 2)),
                                                 harness.clock());
            for (int i = 0; i < 10; ++i) {
                const QByteArray body =
                    QJsonDocument(harness.createBody(QStringLiteral("t-%1-%2").arg(c).arg(i)))
                        .toJson(QJsonDocument::Compact);
                replies << clients.last()->sendCustomRequest(
                    factory.build("POST", "/edgekv/v1/tokens", body, "application/json").request, "POST",
                    body);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            60000);
        for (QNetworkReply* reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(harness.get("/edgekv/v1/tokens", QStringLiteral("acct-0"))
                     .json()
                     .value(QLatin1String("tokens"))
                     .toArray()
                     .size(),
                 40);
        QCOMPARE(harness.get("/edgekv/v1/tokens", QStringLiteral("acct-1"))
                     .json()
                     .value(QLatin1String("tokens"))
                     .toArray()
                     .size(),
                 40);
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        SandboxHarness harness;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), harness.server().port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        QByteArray buffer;
        for (int i = 0; i < 5; ++i) {
            socket.write(signedRawGet(harness, "/edgekv/v1/tokens?n=" + QByteArray::number(i), false));
            const QByteArray response = readResponse(socket, buffer);
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
        // A chunked POST in between keeps the raw-target framing in step.
        const QByteArray host = "127.0.0.1:" + QByteArray::number(harness.server().port());
        const QByteArray body =
            QJsonDocument(harness.createBody(QStringLiteral("chunked"))).toJson(QJsonDocument::Compact);
        EdgeGridRequest toSign{"POST", "http", host, "/edgekv/v1/tokens", {}, body};
        const QByteArray auth = EdgeGridSigner(harness.credentials()).authorization(toSign, harness.clock());
        const QByteArray half = body.left(body.size() / 2);
        const QByteArray rest = body.mid(half.size());
        socket.write("POST /edgekv/v1/tokens HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth +
                     "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                     QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n" +
                     QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\n\r\n");
        QVERIFY(readResponse(socket, buffer).startsWith("HTTP/1.1 200"));
        socket.write(signedRawGet(harness, "/edgekv/v1/tokens/chunked?x=%7e", false));
        QVERIFY(readResponse(socket, buffer).startsWith("HTTP/1.1 200"));

        socket.write(signedRawGet(harness, "/edgekv/v1/tokens", true));
        const QByteArray last = readResponse(socket, buffer);
        QVERIFY(last.startsWith("HTTP/1.1 200"));
        QVERIFY(last.toLower().contains("connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
