#include "SandboxHttpServer.h"

#include "ProblemResponse.h"
#include "RawRequestTap.h"
#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace edgekv {

namespace {

constexpr int kStallLimitMs = 10 * 60 * 1000;

// The tap must see each connection before QAbstractHttpServer connects its own readyRead handler,
// which happens right after it calls nextPendingConnection().
class TappingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = QTcpServer::nextPendingConnection();
        if (socket)
            RawRequestTap::attach(socket);
        return socket;
    }
};

class TappingSslServer : public QSslServer
{
public:
    using QSslServer::QSslServer;
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = QSslServer::nextPendingConnection();
        if (socket)
            RawRequestTap::attach(socket);
        return socket;
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray headerValue(const SandboxHeaders& headers, const QByteArray& lowerName)
{
    for (const auto& [name, value] : headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

QByteArray responseHead(int status, const QByteArray& contentType, qsizetype contentLength,
                        const SandboxHeaders& extra, bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto& [name, value] : extra)
        head += name + ": " + value + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

QString SandboxHttpServer::listen(const QHostAddress& address, quint16 port,
                                  const std::optional<QSslConfiguration>& tls)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* sslServer = new TappingSslServer(this);
        sslServer->setSslConfiguration(*tls);
        connect(sslServer, &QSslServer::errorOccurred, this,
                [](QSslSocket*, QAbstractSocket::SocketError error) {
                    qCDebug(lcSandbox) << "TLS connection error" << error;
                });
        server = sslServer;
    } else {
        server = new TappingTcpServer(this);
    }
    if (!server->listen(address, port)) {
        const QString error = server->errorString();
        delete server;
        return error;
    }
    bind(server);
    m_listener = server;
    return {};
}

SandboxResponse SandboxHttpServer::faultResponse(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Unavailable503:
        return ProblemResponse::edgeKv(503, QStringLiteral("EKV_0000"),
                                       QStringLiteral("The service is temporarily unavailable."));
    case FaultKind::TooManyRequests429: {
        SandboxResponse response = ProblemResponse::edgeKv(
            429, QStringLiteral("EKV_9100"), QStringLiteral("Too many requests. Retry after 1 second."));
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return response;
    }
    default:
        return ProblemResponse::edgeKv(500, QStringLiteral("EKV_0000"),
                                       QStringLiteral("An internal error occurred."));
    }
}

SandboxRequest SandboxHttpServer::toSandboxRequest(const QHttpServerRequest& request,
                                                   QTcpSocket* socket) const
{
    SandboxRequest result;
    result.method = methodName(request.method());
    const auto* ssl = qobject_cast<QSslSocket*>(socket);
    result.scheme = ssl && ssl->isEncrypted() ? "https" : "http";
    result.headers = request.headers();
    result.host = headerValue(result.headers, "host");
    result.authorization = headerValue(result.headers, "authorization");
    result.body = request.body();
    result.clientAddress = socket->peerAddress();
    result.serverAddress = socket->localAddress();

    const QUrl parsed = request.url();
    const QByteArray raw = RawRequestTap::takeTarget(socket);
    // The tap frames requests itself; make sure it is in step with QtHttpServer before trusting it.
    if (!raw.isEmpty() &&
        QUrl::fromEncoded(raw).path(QUrl::FullyDecoded) == parsed.path(QUrl::FullyDecoded)) {
        result.rawTarget = raw;
    } else {
        // Same normalisation as EdgeGridRequestFactory's (QUrl::toEncoded), so Qt clients still verify.
        qCWarning(lcSandbox) << "raw request target unavailable; reconstructing it from the parsed URL";
        result.rawTarget =
            parsed.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (result.rawTarget.isEmpty())
            result.rawTarget = "/";
    }
    return result;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request, socket);
    const qsizetype question = sandboxRequest.rawTarget.indexOf('?');
    const QByteArray path = question < 0 ? sandboxRequest.rawTarget : sandboxRequest.rawTarget.left(question);
    const bool closeAfter = headerValue(sandboxRequest.headers, "connection").toLower() == "close";
    emit requestReceived(sandboxRequest.method, path);

    const std::optional<FaultKind> fault = m_faults.draw();
    const bool replaced =
        fault && (*fault == FaultKind::InternalError500 || *fault == FaultKind::Unavailable503 ||
                  *fault == FaultKind::TooManyRequests429);
    const SandboxResponse response = replaced ? faultResponse(*fault) : m_handler(sandboxRequest);
    if (fault)
        qCDebug(lcSandbox) << "injecting fault" << FaultRule::kindName(*fault) << "into"
                           << sandboxRequest.method << path;

    if (m_latencyMs == 0) {
        deliver(socket, sandboxRequest.method, path, response, fault, closeAfter);
    } else {
        // The socket is the timer's context: a connection that goes away cancels its delayed answer.
        QTimer::singleShot(m_latencyMs, socket,
                           [this, socket, method = sandboxRequest.method, path, response, fault, closeAfter] {
                               deliver(socket, method, path, response, fault, closeAfter);
                           });
    }
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

void SandboxHttpServer::deliver(QTcpSocket* socket, const QByteArray& method, const QByteArray& path,
                                const SandboxResponse& response, std::optional<FaultKind> fault,
                                bool closeAfter)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    qCDebug(lcSandbox).noquote() << method << path << response.status;
    if (fault == FaultKind::Reset) {
        socket->abort();
        emit requestHandled(method, path, 0);
        return;
    }
    if (fault == FaultKind::Stall) {
        // Promise the whole body, send half, never finish: the client has to time out.
        socket->write(responseHead(response.status, response.contentType, response.body.size(),
                                   response.headers, false) +
                      response.body.left(response.body.size() / 2));
        // A client without a timeout would hold the connection forever; drop it eventually.
        QTimer::singleShot(kStallLimitMs, socket, [socket] { socket->abort(); });
        emit requestHandled(method, path, 0);
        return;
    }
    if (fault == FaultKind::Malformed) {
        const QByteArray truncated = response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
        socket->write(responseHead(200, "application/json", truncated.size(), {}, closeAfter) + truncated);
        emit requestHandled(method, path, 200);
    } else {
        socket->write(responseHead(response.status, response.contentType, response.body.size(),
                                   response.headers, closeAfter) +
                      response.body);
        emit requestHandled(method, path, response.status);
    }
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace edgekv
