#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpSocket;

namespace edgekv {

// Records the request-target of every request on one connection exactly as it was on the request line.
//
// QtHttpServer 6.4 only exposes QHttpServerRequest::url(), which its parser fills with
// QUrl::setPath(TolerantMode) and setQuery(): that normalises percent-escapes (e.g. "%7e" becomes "~"),
// so a signature made over the raw bytes could not be verified. The tap connects to the socket's
// readyRead before QAbstractHttpServer does (SandboxHttpServer attaches it in nextPendingConnection()),
// peeks at the bytes the server is about to read, and frames requests itself (Content-Length and chunked
// bodies), so the n-th target belongs to the n-th request QtHttpServer hands over on that socket.
class RawRequestTap : public QObject
{
    Q_OBJECT

public:
    static void attach(QTcpSocket* socket);
    // The raw target of the oldest request not taken yet; empty when unknown (no tap, or framing lost).
    static QByteArray takeTarget(QTcpSocket* socket);

private:
    explicit RawRequestTap(QTcpSocket* socket);
    void onReadyRead();
    void parse();

    enum class State { Head, Body, ChunkSize, ChunkData, Trailers, Lost };

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    State m_state = State::Head;
    qint64 m_remaining = 0;
    QList<QByteArray> m_targets;
};

} // namespace edgekv
