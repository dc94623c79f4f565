// Benchmark: signed GET /edgekv/v1/tokens against the edgekv-sandbox executable holding 1,000 seeded
// tokens, from 8 concurrent keep-alive clients. Prints requests per second and p50/p99 latency.
//
// The server runs as a child process (the built edgekv-sandbox), not in this process: client and server
// then never share an event loop, and the number is what a real client of the real program sees. On a
// 2-core machine they still share the cores, so the server's and the client's CPU use are printed too.
//
// Two client kinds:
//   raw  (default) 8 QTcpSockets in one thread. Each request is signed fresh with EdgeGridRequestFactory
//        and written as HTTP/1.1; the response is framed by Content-Length. Cheap for the client, so it
//        measures the server.
//   qnam 8 QNetworkAccessManagers, one request in flight each: what the app does, with Qt's HTTP stack
//        (one thread per manager) competing for the same cores.
//
// Bounded: --requests N (default 20000) or --seconds S (default 20), whichever comes first, after a
// warm-up of 200 requests. Loopback only.

#include "credentials/EdgercReader.h"
#include "edgegrid/EdgeGridRequestFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace edgekv;

namespace {

constexpr int kWarmup = 200;
const QByteArray kTarget = "/edgekv/v1/tokens";

struct Stats
{
    qint64 started = 0; // requests sent, warm-up included
    qint64 measured = 0;
    qint64 errors = 0;
    qint64 bytes = 0;
    std::vector<qint64> latenciesNs;
    QElapsedTimer wall;
    double cpuAtStart = 0;
    double serverCpuAtStart = 0;
};

double processCpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc/<pid>/stat.
double childCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// One keep-alive connection that sends a freshly signed request as soon as the previous answer is in.
class RawClient : public QObject
{
public:
    RawClient(const EdgeGridRequestFactory& factory, std::function<bool()> mayStart,
              std::function<void(qint64 ns, int status, qint64 bytes)> done)
        : m_factory(factory), m_mayStart(std::move(mayStart)), m_done(std::move(done))
    {
        const QUrl base = factory.credentials().baseUrl();
        m_host = EdgeGridRequestFactory::hostHeader(base);
        connect(&m_socket, &QTcpSocket::connected, this, &RawClient::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_busy)
                m_done(m_timer.nsecsElapsed(), 0, 0);
            m_busy = false;
        });
        m_socket.connectToHost(base.host(), quint16(base.port()));
    }

private:
    void sendNext()
    {
        if (!m_mayStart())
            return;
        const SignedRequest request = m_factory.build("GET", kTarget);
        QByteArray raw = "GET " + request.signedTarget + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
        for (const QByteArray& name : request.request.rawHeaderList())
            raw += name + ": " + request.request.rawHeader(name) + "\r\n";
        raw += "\r\n";
        m_buffer.clear();
        m_bodyStart = -1;
        m_busy = true;
        m_timer.start();
        m_socket.write(raw);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (m_bodyStart < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_bodyStart = end + 4;
            m_status = m_buffer.mid(9, 3).toInt();
            m_contentLength = -1;
            for (const QByteArray& line : m_buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    m_contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (m_contentLength < 0) {
                std::fprintf(stderr, "response without Content-Length\n");
                QCoreApplication::exit(1);
                return;
            }
        }
        if (m_buffer.size() - m_bodyStart < m_contentLength)
            return;
        m_busy = false;
        m_done(m_timer.nsecsElapsed(), m_status, m_buffer.size());
        sendNext();
    }

    const EdgeGridRequestFactory& m_factory;
    std::function<bool()> m_mayStart;
    std::function<void(qint64, int, qint64)> m_done;
    QByteArray m_host;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_bodyStart = -1;
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_busy = false;
    QElapsedTimer m_timer;
};

// The same with QNetworkAccessManager, one request in flight, so one keep-alive connection.
class QnamClient : public QObject
{
public:
    QnamClient(const EdgeGridRequestFactory& factory, std::function<bool()> mayStart,
               std::function<void(qint64 ns, int status, qint64 bytes)> done)
        : m_factory(factory), m_mayStart(std::move(mayStart)), m_done(std::move(done))
    {
        QTimer::singleShot(0, this, &QnamClient::sendNext);
    }

private:
    void sendNext()
    {
        if (!m_mayStart())
            return;
        const SignedRequest request = m_factory.build("GET", kTarget);
        m_timer.start();
        QNetworkReply* reply = m_network.sendCustomRequest(request.request, request.method);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const QByteArray body = reply->readAll();
            m_done(m_timer.nsecsElapsed(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   body.size());
            reply->deleteLater();
            sendNext();
        });
    }

    const EdgeGridRequestFactory& m_factory;
    std::function<bool()> m_mayStart;
    std::function<void(qint64, int, qint64)> m_done;
    QNetworkAccessManager m_network;
    QElapsedTimer m_timer;
};

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
    return values[index];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signed GET /edgekv/v1/tokens against edgekv-sandbox."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("requests"), QStringLiteral("Measured requests (default 20000)."),
         QStringLiteral("N"), QStringLiteral("20000")},
        {QStringLiteral("seconds"), QStringLiteral("Time limit of the measurement (default 20)."),
         QStringLiteral("S"), QStringLiteral("20")},
        {QStringLiteral("clients"), QStringLiteral("Concurrent keep-alive clients (default 8)."),
         QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("tokens"), QStringLiteral("Seeded tokens (default 1000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("client"), QStringLiteral("raw (QTcpSocket) or qnam (default raw)."),
         QStringLiteral("KIND"), QStringLiteral("raw")},
        {QStringLiteral("executable"), QStringLiteral("The edgekv-sandbox to start."), QStringLiteral("FILE"),
         QStringLiteral(EDGEKV_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const qint64 maxRequests = qBound(1, parser.value(QStringLiteral("requests")).toInt(), 10000000);
    const int seconds = qBound(1, parser.value(QStringLiteral("seconds")).toInt(), 600);
    const int clientCount = qBound(1, parser.value(QStringLiteral("clients")).toInt(), 64);
    const QString tokens = QString::number(qBound(0, parser.value(QStringLiteral("tokens")).toInt(), 100000));
    const bool useQnam = parser.value(QStringLiteral("client")) == QLatin1String("qnam");

    QTemporaryDir dir;
    const QString edgerc = dir.filePath(QStringLiteral("bench.edgerc"));
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(QStringLiteral("executable")),
                 {QStringLiteral("--seed"), tokens, QStringLiteral("--write-edgerc"), edgerc});
    if (!server.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(server.program()));
        return 1;
    }
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(30000))
        line += server.readAllStandardOutput();
    if (!line.startsWith("listening on ")) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const auto loaded = EdgercLoader::load(edgerc, QStringLiteral("default"), QProcessEnvironment());
    if (std::holds_alternative<EdgercError>(loaded)) {
        std::fprintf(stderr, "%s\n", qPrintable(std::get<EdgercError>(loaded).text()));
        return 1;
    }
    const EdgeGridRequestFactory factory(std::get<Credentials>(loaded));

    Stats stats;
    stats.latenciesNs.reserve(size_t(maxRequests));
    bool stopping = false;
    int inFlight = 0;
    const auto mayStart = [&] {
        if (stopping || stats.started >= kWarmup + maxRequests ||
            (stats.wall.isValid() && stats.wall.elapsed() >= seconds * 1000))
            return false;
        ++stats.started;
        ++inFlight;
        return true;
    };
    const auto finished = [&](qint64 ns, int status, qint64 bytes) {
        --inFlight;
        if (status != 200)
            ++stats.errors;
        if (stats.wall.isValid()) {
            ++stats.measured;
            stats.bytes += bytes;
            stats.latenciesNs.push_back(ns);
        } else if (stats.started >= kWarmup) {
            // Warm-up done: measure from here (the requests already in flight count as measured).
            stats.wall.start();
            stats.cpuAtStart = processCpuSeconds();
            stats.serverCpuAtStart = childCpuSeconds(server.processId());
        }
        // The client sends its next request right after this returns; once none did, all are done.
        QTimer::singleShot(0, &app, [&] {
            if (inFlight == 0)
                QCoreApplication::quit();
        });
    };

    std::vector<std::unique_ptr<QObject>> clients;
    for (int i = 0; i < clientCount; ++i) {
        if (useQnam)
            clients.push_back(std::make_unique<QnamClient>(factory, mayStart, finished));
        else
            clients.push_back(std::make_unique<RawClient>(factory, mayStart, finished));
    }
    // A hard stop well after the time limit, in case a connection hangs.
    QTimer::singleShot((seconds + 60) * 1000, &app, [&] {
        stopping = true;
        std::fprintf(stderr, "timed out waiting for answers\n");
        QCoreApplication::exit(1);
    });
    const int result = app.exec();
    const double wallSeconds = double(stats.wall.nsecsElapsed()) / 1e9;
    const double clientCpu = processCpuSeconds() - stats.cpuAtStart;
    const double serverCpu = childCpuSeconds(server.processId()) - stats.serverCpuAtStart;
    clients.clear();
    server.terminate();
    server.waitForFinished(10000);

    std::printf("edgekv-sandbox GET /edgekv/v1/tokens: %s tokens seeded, %d keep-alive clients (%s), "
                "signed fresh per request\n",
                qPrintable(tokens), clientCount, useQnam ? "QNetworkAccessManager" : "raw QTcpSocket");
    std::printf("server: child process (edgekv-sandbox); client: this process; %ld CPU cores online\n",
                sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("requests: %lld measured in %.2f s, %lld non-200\n", stats.measured, wallSeconds,
                stats.errors);
    std::printf("throughput: %.0f requests/s (%.1f MB/s of responses, %lld bytes each)\n",
                double(stats.measured) / wallSeconds, double(stats.bytes) / wallSeconds / 1e6,
                stats.measured ? stats.bytes / stats.measured : 0);
    std::printf("latency: p50 %.2f ms, p99 %.2f ms\n", double(percentile(stats.latenciesNs, 0.50)) / 1e6,
                double(percentile(stats.latenciesNs, 0.99)) / 1e6);
    std::printf("cpu: server %.0f %%, client %.0f %% of one core\n", 100 * serverCpu / wallSeconds,
                100 * clientCpu / wallSeconds);
    return result != 0 || stats.errors != 0 ? 1 : 0;
}
