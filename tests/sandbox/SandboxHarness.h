#pragma once

#include "SandboxServer.h"
#include "edgegrid/EdgeGridRequestFactory.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace edgekv::test {

// What a client saw for one request.
struct Reply
{
    bool finished = false; // false: no answer within the timeout (the request was aborted)
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const;
    QByteArray header(const QByteArray& name) const;
};

// A sandbox started in-process on 127.0.0.1:0 with a MockClock, one accepted API client and a client
// that signs with EdgeGridRequestFactory and sends with one QNetworkAccessManager (keep-alive).
class SandboxHarness
{
public:
    static QDateTime defaultNow();

    explicit SandboxHarness(SandboxOptions options = {},
                            const std::optional<QSslConfiguration>& tls = std::nullopt);

    // Empty when the server listens; the error otherwise.
    const QString& startError() const { return m_startError; }
    SandboxServer& server() { return *m_server; }
    MockClock& clock() { return m_clock; }
    const SandboxClient& client() const { return m_client; }
    Credentials credentials(const QString& accountSwitchKey = {}) const;

    // Client-side TLS settings (trusting the test certificate) for HTTPS servers.
    void setClientSsl(const QSslConfiguration& ssl) { m_clientSsl = ssl; }

    Reply send(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
               const QString& accountSwitchKey = {}, int timeoutMs = 20000);
    Reply get(const QByteArray& target, const QString& accountSwitchKey = {})
    {
        return send("GET", target, {}, accountSwitchKey);
    }
    Reply post(const QByteArray& target, const QJsonObject& body, const QString& accountSwitchKey = {})
    {
        return send("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), accountSwitchKey);
    }
    // Sends a request built by hand (e.g. with a forged Authorization header).
    Reply sendRaw(QNetworkRequest request, const QByteArray& method, const QByteArray& body = {},
                  int timeoutMs = 20000);

    // A valid create body for the default namespaces; legacy bodies carry an expiry 30 days ahead.
    QJsonObject createBody(const QString& name, bool legacy = false) const;

    QNetworkAccessManager& network() { return m_network; }

private:
    MockClock m_clock;
    SandboxClient m_client;
    std::unique_ptr<SandboxServer> m_server;
    QString m_startError;
    std::optional<QSslConfiguration> m_clientSsl;
    QNetworkAccessManager m_network;
};

// One exchange over a plain QTcpSocket, for requests Qt would normalise: writes request as is and
// returns what came back once a complete response (by Content-Length) arrived or the peer closed.
struct RawExchange
{
    bool complete = false;
    int status = 0;
    QByteArray head;
    QByteArray body;
};
RawExchange rawHttpExchange(quint16 port, const QByteArray& request, int timeoutMs = 20000);

// A self-signed certificate for CN=localhost with subjectAltName DNS:localhost, IP:127.0.0.1, made by
// openssl in a temporary directory.
struct TestCertificate
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;
    QString error;

    TestCertificate();
    QSslConfiguration serverConfiguration() const;
    QSslConfiguration clientConfiguration() const;
};

} // namespace edgekv::test
