#include "ScriptedHttpServer.h"

#include <QTcpSocket>

namespace edgekv::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray head(const ScriptedAction& action, qsizetype contentLength)
{
    QByteArray text =
        "HTTP/1.1 " + QByteArray::number(action.status) + ' ' + reasonPhrase(action.status) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : action.headers) {
        text += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        text += action.status >= 400 ? "Content-Type: application/problem+json\r\n"
                                     : "Content-Type: application/json\r\n";
    return text + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

} // namespace

QByteArray ScriptedRequest::header(const QByteArray& name) const
{
    for (const auto& [headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedAction ScriptedAction::respond(int status, const QByteArray& body,
                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return {Kind::Respond, status, body, headers};
}

ScriptedHttpServer::ScriptedHttpServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::accept);
    m_handler = [](const ScriptedRequest&) {
        return ScriptedAction::respond(500);
    };
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets outlive the members their slots use; they must not call back while being destroyed.
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

void ScriptedHttpServer::script(const QList<ScriptedAction>& actions)
{
    m_handler = [this, actions](const ScriptedRequest&) {
        return actions.value(qMin(m_received.size() - 1, actions.size() - 1));
    };
}

int ScriptedHttpServer::count(const QByteArray& method, const QByteArray& path) const
{
    return int(std::count_if(m_received.begin(), m_received.end(), [&](const ScriptedRequest& request) {
        return request.method == method && (path.isEmpty() || request.path() == path);
    }));
}

void ScriptedHttpServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ScriptedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_received.append(request);
        const ScriptedAction action = m_handler(request);
        emit requestReceived();

        switch (action.kind) {
        case ScriptedAction::Kind::Respond:
            socket->write(head(action, action.body.size()) + action.body);
            break;
        case ScriptedAction::Kind::Close:
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
            return;
        case ScriptedAction::Kind::Stall:
            socket->write(head(action, action.body.size()) + action.body.left(action.body.size() / 2));
            break;
        case ScriptedAction::Kind::Silent:
            break;
        }
    }
}

} // namespace edgekv::test
