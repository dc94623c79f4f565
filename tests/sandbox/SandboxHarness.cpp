#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

namespace edgekv::test {

bool Reply::isJson() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QByteArray Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QDateTime SandboxHarness::defaultNow()
{
    return QDateTime(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::utc());
}

SandboxHarness::SandboxHarness(SandboxOptions options, const std::optional<QSslConfiguration>& tls)
    : m_clock(defaultNow()), m_client(SandboxClient::generate())
{
    if (!options.clock)
        options.clock = &m_clock;
    options.clients.append(m_client);
    m_server = std::make_unique<SandboxServer>(options);
    m_startError = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, tls);
}

Credentials SandboxHarness::credentials(const QString& accountSwitchKey) const
{
    Credentials credentials = m_server->credentialsFor(m_client);
    credentials.accountSwitchKey = accountSwitchKey;
    return credentials;
}

Reply SandboxHarness::send(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                           const QString& accountSwitchKey, int timeoutMs)
{
    const EdgeGridRequestFactory factory(credentials(accountSwitchKey), m_clock);
    const SignedRequest signedRequest =
        factory.build(method, target, body, body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    if (!signedRequest.isValid())
        return {};
    return sendRaw(signedRequest.request, signedRequest.method, signedRequest.body, timeoutMs);
}

Reply SandboxHarness::sendRaw(QNetworkRequest request, const QByteArray& method, const QByteArray& body,
                              int timeoutMs)
{
    if (m_clientSsl)
        request.setSslConfiguration(*m_clientSsl);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    result.finished = finished.wait(timeoutMs + 5000) || finished.count() > 0;
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QJsonObject SandboxHarness::createBody(const QString& name, bool legacy) const
{
    QJsonObject body{
        {QStringLiteral("name"), name},
        {QStringLiteral("allowOnStaging"), true},
        {QStringLiteral("allowOnProduction"), true},
        {QStringLiteral("namespacePermissions"),
         QJsonObject{{QStringLiteral("default"), QJsonArray{QStringLiteral("r"), QStringLiteral("w")}},
                     {QStringLiteral("products"), QJsonArray{QStringLiteral("r")}}}}};
    if (legacy)
        body.insert(QStringLiteral("expiry"), m_clock.todayUtc().addDays(30).toString(Qt::ISODate));
    return body;
}

RawExchange rawHttpExchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    RawExchange result;
    QTcpSocket socket;
    QByteArray received;
    const auto parse = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        result.head = received.left(end);
        const QList<QByteArray> statusLine = result.head.split('\n').first().split(' ');
        result.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        qint64 length = -1;
        for (const QByteArray& line : result.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        result.body = received.mid(end + 4);
        return length >= 0 && result.body.size() >= length;
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, [&] { socket.write(request); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QElapsedTimer timer;
    timer.start();
    while (!parse() && socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    result.complete = parse();
    return result;
}

TestCertificate::TestCertificate()
{
    if (!dir.isValid()) {
        error = QStringLiteral("no temporary directory");
        return;
    }
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read the generated certificate");
        return;
    }
    certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        error = QStringLiteral("the generated certificate or key does not load");
}

QSslConfiguration TestCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration TestCertificate::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    return configuration;
}

} // namespace edgekv::test
