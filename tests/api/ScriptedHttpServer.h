#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace edgekv::test {

// One request as it arrived on the socket.
struct ScriptedRequest
{
    QByteArray method;
    QByteArray target; // the raw request-target
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

// What the server does with a request.
struct ScriptedAction
{
    enum class Kind {
        Respond, // a complete answer
        Close,   // close the connection without answering (the request counts as received)
        Stall,   // send the head and half of the body, never finish
        Silent,  // never answer, keep the connection open
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ScriptedAction respond(int status, const QByteArray& body = {},
                                  const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static ScriptedAction close() { return {Kind::Close, 0, {}, {}}; }
    static ScriptedAction stall(const QByteArray& body = R"({"tokens": []})")
    {
        return {Kind::Stall, 200, body, {}};
    }
    static ScriptedAction silent() { return {Kind::Silent, 0, {}, {}}; }
};

// A bare HTTP/1.1 server on 127.0.0.1 that answers each request as a handler decides and records
// everything it received. Raw sockets, so a test sees exactly what went over the wire.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedAction(const ScriptedRequest&)>;

    ScriptedHttpServer();
    ~ScriptedHttpServer() override;
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers the n-th request with actions[n]; the last action repeats.
    void script(const QList<ScriptedAction>& actions);

    const QList<ScriptedRequest>& received() const { return m_received; }
    int count(const QByteArray& method, const QByteArray& path = {}) const;

signals:
    void requestReceived();

private:
    void accept();
    void read(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<ScriptedRequest> m_received;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace edgekv::test
