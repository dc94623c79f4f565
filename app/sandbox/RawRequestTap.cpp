#include "RawRequestTap.h"

#include <QTcpSocket>

namespace edgekv {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

} // namespace

RawRequestTap::RawRequestTap(QTcpSocket* socket) : QObject(socket), m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &RawRequestTap::onReadyRead);
}

void RawRequestTap::attach(QTcpSocket* socket)
{
    new RawRequestTap(socket);
}

QByteArray RawRequestTap::takeTarget(QTcpSocket* socket)
{
    auto* tap = socket->findChild<RawRequestTap*>(QString(), Qt::FindDirectChildrenOnly);
    if (!tap || tap->m_targets.isEmpty())
        return {};
    return tap->m_targets.takeFirst();
}

void RawRequestTap::onReadyRead()
{
    // QAbstractHttpServer reads everything available right after this slot, inside a transaction;
    // bytesAvailable() counts from the transaction position, so each byte is seen once.
    if (m_state == State::Lost)
        return;
    m_buffer += m_socket->peek(m_socket->bytesAvailable());
    parse();
}

void RawRequestTap::parse()
{
    for (;;) {
        switch (m_state) {
        case State::Head: {
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHead)
                    m_state = State::Lost;
                return;
            }
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            m_buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() != 3) {
                m_state = State::Lost;
                return;
            }
            m_targets.append(requestLine.at(1));
            qint64 contentLength = 0;
            bool chunked = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray& line = lines.at(i);
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    contentLength = value.toLongLong();
                else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                    chunked = true;
            }
            if (chunked) {
                m_state = State::ChunkSize;
            } else if (contentLength > 0) {
                m_remaining = contentLength;
                m_state = State::Body;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 n = qMin<qint64>(m_remaining, m_buffer.size());
            m_buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return;
            m_state = m_state == State::Body ? State::Head : State::ChunkSize;
            break;
        }
        case State::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            QByteArray sizeText = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok) {
                m_state = State::Lost;
                return;
            }
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size + 2; // the chunk and its CRLF
                m_state = State::ChunkData;
            }
            break;
        }
        case State::Trailers: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            m_buffer.remove(0, end + 2);
            if (end == 0)
                m_state = State::Head;
            break;
        }
        case State::Lost:
            m_buffer.clear();
            return;
        }
    }
}

} // namespace edgekv
