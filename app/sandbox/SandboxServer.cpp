#include "SandboxServer.h"

#include "JwtIssuer.h"
#include "ProblemResponse.h"
#include "SandboxApi.h"
#include "SandboxAuthenticator.h"
#include "SandboxHttpServer.h"
#include "StateFile.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcSandbox, "edgekv.sandbox")

namespace edgekv {

namespace {

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

SandboxAccount accountTemplate(const SandboxOptions& options)
{
    SandboxAccount account;
    account.cpcode = options.cpcode;
    account.initialized = !options.uninitialized;
    for (const SandboxNamespace& ns : options.namespaces)
        account.namespaces.insert(ns.name, ns);
    account.groups = options.groups;
    return account;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(m_options.clock ? *m_options.clock : Clock::system()),
      m_store(std::make_unique<SandboxStore>()), m_jwtKey(randomKey())
{
    m_store->setAccountTemplate(accountTemplate(m_options));
    m_jwt = std::make_unique<JwtIssuer>(m_jwtKey);
    m_authenticator = std::make_unique<SandboxAuthenticator>(m_clock, m_options.timestampToleranceSeconds,
                                                             m_options.maxBody);
    for (const SandboxClient& client : std::as_const(m_options.clients))
        m_authenticator->addClient(client);
    m_api = std::make_unique<SandboxApi>(*m_store, m_options, m_clock, *m_jwt);
    m_http = std::make_unique<SandboxHttpServer>(
        [this](const SandboxRequest& request) { return handle(request); });
    m_http->faults().setRules(m_options.faults, m_options.faultSeed);
    m_http->setLatencyMs(m_options.latencyMs);
    connect(m_http.get(), &SandboxHttpServer::requestReceived, this, &SandboxServer::requestReceived);
    connect(m_http.get(), &SandboxHttpServer::requestHandled, this, &SandboxServer::requestHandled);

    // Seeding adds many tokens in a row: coalesce their saves.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveState(); });
    connect(m_store.get(), &SandboxStore::changed, this, [this] {
        m_api->invalidateCache();
        m_saveTimer.start();
    });
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive())
        saveState();
    // The HTTP server goes first: no request may reach the API while it is torn down.
    m_http.reset();
}

const Clock& SandboxServer::clock() const
{
    return m_clock;
}

QString SandboxServer::loadState()
{
    if (m_options.stateFile.isEmpty()) {
        m_stateLoaded = true;
        return {};
    }
    const auto fail = [this](const QString& reason) {
        m_stateWritable = false;
        const QString message =
            QCoreApplication::translate("SandboxServer",
                                        "State file %1 cannot be used: %2. It was left untouched.")
                .arg(m_options.stateFile, reason);
        qCWarning(lcSandbox).noquote() << message;
        return message;
    };
    const StateFile::Content content = StateFile::read(m_options.stateFile);
    if (!content.error.isEmpty())
        return fail(content.error);
    if (content.exists) {
        QString error;
        if (SandboxStore check; !check.fromJson(content.json, &error))
            return fail(error);
        const QByteArray::FromBase64Result key =
            QByteArray::fromBase64Encoding(content.json.value(QLatin1String("jwtKey")).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!key || (*key).isEmpty())
            return fail(QCoreApplication::translate("SandboxServer", "\"jwtKey\" is missing or not base64"));
        {
            const QSignalBlocker blocker(m_store.get());
            m_store->fromJson(content.json, &error);
        }
        m_jwtKey = *key;
        *m_jwt = JwtIssuer(m_jwtKey);
        m_api->invalidateCache();
        m_saveTimer.stop();
        qCInfo(lcSandbox).noquote() << "loaded state from" << m_options.stateFile;
    }
    m_stateWritable = true;
    m_stateLoaded = true;
    return {};
}

QString SandboxServer::saveState()
{
    m_saveTimer.stop();
    if (m_options.stateFile.isEmpty() || !m_stateLoaded || !m_stateWritable)
        return {};
    QJsonObject json = m_store->toJson();
    json.insert(QStringLiteral("jwtKey"), QString::fromLatin1(m_jwtKey.toBase64()));
    m_lastSaveError = StateFile::write(m_options.stateFile, json);
    if (!m_lastSaveError.isEmpty()) {
        qCWarning(lcSandbox).noquote() << "cannot save state:" << m_lastSaveError;
        emit stateSaveFailed(m_lastSaveError);
    }
    return m_lastSaveError;
}

QString SandboxServer::listen(const QHostAddress& address, quint16 port,
                              const std::optional<QSslConfiguration>& tls)
{
    if (isListening())
        return QCoreApplication::translate("SandboxServer", "The sandbox is already listening.");
    if (!m_stateWritable)
        return QCoreApplication::translate("SandboxServer",
                                           "State file %1 could not be loaded; refusing to serve.")
            .arg(m_options.stateFile);
    if (!m_stateLoaded) {
        if (QString error = loadState(); !error.isEmpty())
            return error;
    }
    if (m_saveTimer.isActive()) {
        if (QString error = saveState(); !error.isEmpty())
            return error;
    }
    if (QString error = m_http->listen(address, port, tls); !error.isEmpty()) {
        return QCoreApplication::translate("SandboxServer", "Cannot listen on %1 port %2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(error);
    }
    m_tls = tls.has_value();
    qCInfo(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return {};
}

bool SandboxServer::isListening() const
{
    return m_http->listener() && m_http->listener()->isListening();
}

quint16 SandboxServer::port() const
{
    return isListening() ? m_http->listener()->serverPort() : 0;
}

QHostAddress SandboxServer::address() const
{
    return isListening() ? m_http->listener()->serverAddress() : QHostAddress();
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress host = address();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

QString SandboxServer::edgercHost() const
{
    const QUrl url = baseUrl();
    if (url.isEmpty())
        return {};
    const QString authority = url.authority();
    return m_tls ? authority : QStringLiteral("http://") + authority;
}

Credentials SandboxServer::credentialsFor(const SandboxClient& client) const
{
    Credentials credentials;
    credentials.host = baseUrl().authority();
    credentials.plainHttp = !m_tls;
    credentials.clientToken = client.clientToken;
    credentials.clientSecret = client.clientSecret;
    credentials.accessToken = client.accessToken;
    return credentials;
}

void SandboxServer::addClient(const SandboxClient& client)
{
    m_authenticator->addClient(client);
}

QList<SandboxClient> SandboxServer::clients() const
{
    return m_authenticator->clients();
}

QByteArray SandboxServer::issueLegacyJwt(const SandboxToken& token) const
{
    return m_jwt->issue(token);
}

void SandboxServer::setFaults(const QList<FaultRule>& faults, quint64 seed)
{
    m_options.faults = faults;
    m_options.faultSeed = seed;
    m_http->faults().setRules(faults, seed);
}

void SandboxServer::setLatencyMs(int latencyMs)
{
    m_options.latencyMs = latencyMs;
    m_http->setLatencyMs(latencyMs);
}

SandboxResponse SandboxServer::handle(const SandboxRequest& request)
{
    const AuthOutcome auth = m_authenticator->verify(request);
    if (!auth.ok()) {
        qCInfo(lcSandbox).noquote() << "rejected" << request.method << "from"
                                    << request.clientAddress.toString() << '-' << auth.detail;
        return ProblemResponse::gateway(auth.status, auth.detail, request, m_clock.nowUtc());
    }
    bool mutated = false;
    SandboxResponse response = m_api->handle(request, &mutated);
    if (mutated)
        saveState(); // before answering: a client that saw the answer may restart the server right away
    return response;
}

} // namespace edgekv
