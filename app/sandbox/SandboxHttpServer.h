#pragma once

#include "FaultInjector.h"
#include "SandboxMessages.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpServer;

namespace edgekv {

// The HTTP(S) transport of the sandbox, on QtHttpServer: a QTcpServer or QSslServer handed to bind(),
// connections with keep-alive, the raw request target (RawRequestTap), latency and the fault kinds.
// What a request means is the handler's business.
// Written against QtHttpServer 6.4, whose handleRequest() hands over the QTcpSocket (Qt 6.5+ passes a
// QHttpServerResponder& instead); the socket is what makes reset, stall and deferred answers possible.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);

    // Empty on success, else the listener's error text.
    QString listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls);
    QTcpServer* listener() const { return m_listener; }

    void setLatencyMs(int latencyMs) { m_latencyMs = qMax(0, latencyMs); }
    int latencyMs() const { return m_latencyMs; }
    FaultInjector& faults() { return m_faults; }

    // The answer a 500, 503 or 429 fault gives instead of processing the request.
    static SandboxResponse faultResponse(FaultKind kind);

signals:
    void requestReceived(const QByteArray& method, const QByteArray& path);
    // After each answer (or injected reset/stall, status 0). path excludes the query.
    void requestHandled(const QByteArray& method, const QByteArray& path, int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest& request, QTcpSocket* socket) const;
    void deliver(QTcpSocket* socket, const QByteArray& method, const QByteArray& path,
                 const SandboxResponse& response, std::optional<FaultKind> fault, bool closeAfter);

    Handler m_handler;
    QTcpServer* m_listener = nullptr;
    FaultInjector m_faults;
    int m_latencyMs = 0;
};

} // namespace edgekv
