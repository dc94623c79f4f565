#pragma once

#include "SandboxOptions.h"
#include "SandboxStore.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // "edgekv.sandbox"

namespace edgekv {

class JwtIssuer;
class SandboxApi;
class SandboxAuthenticator;
class SandboxHttpServer;
struct SandboxRequest;
struct SandboxResponse;

// The local EdgeKV sandbox: a real HTTP(S) server that speaks the EdgeKV token and namespace API
// (base /edgekv/v1), verifies EdgeGrid signatures like Akamai's gateway, validates like the real
// service, keeps its state in an optional file and injects faults. Runs in the caller's thread on its
// event loop; nothing blocks.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads options().stateFile if it is set and exists. Returns an empty string on success, otherwise a
    // message naming the file and the problem; the file is then left untouched and never overwritten
    // by this server. Called by listen() unless it was called before. To seed, call loadState() first:
    // loading replaces whatever the store held. Nothing is saved before the state file was loaded.
    QString loadState();
    bool stateLoaded() const { return m_stateLoaded; }

    // Starts serving, over HTTPS when tls is given (it must hold the certificate and private key).
    // Returns an empty string on success, otherwise the reason (state file, address in use, ...).
    // Changes made before (seeding) are saved to the state file first.
    QString listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0,
                   const std::optional<QSslConfiguration>& tls = std::nullopt);
    bool isListening() const;
    bool isTls() const { return m_tls; }
    quint16 port() const;
    QHostAddress address() const;
    // scheme://host:port, e.g. http://127.0.0.1:41234 (an any-address listener reports 127.0.0.1).
    QUrl baseUrl() const;
    // The .edgerc host value for this server: "127.0.0.1:PORT" for HTTPS, "http://127.0.0.1:PORT" for HTTP.
    QString edgercHost() const;
    // Full client credentials for this server (host and scheme filled in).
    Credentials credentialsFor(const SandboxClient& client) const;

    // The data. Changes made through it are saved to the state file (when there is one).
    SandboxStore& store() { return *m_store; }
    const SandboxStore& store() const { return *m_store; }

    void addClient(const SandboxClient& client);
    QList<SandboxClient> clients() const;

    // The JWT value for a legacy token (e.g. a seeded one), signed with this server's key.
    QByteArray issueLegacyJwt(const SandboxToken& token) const;
    // The HS256 key of legacy JWTs (kept in the state file so values survive a restart).
    QByteArray jwtKey() const { return m_jwtKey; }

    // Faults and latency can be changed while serving.
    void setFaults(const QList<FaultRule>& faults, quint64 seed = 0);
    void setLatencyMs(int latencyMs);

    const SandboxOptions& options() const { return m_options; }
    const Clock& clock() const;

    // Writes the state file now (it is also written right after every API change and shortly after
    // store() changes). Empty on success or without a state file, else the error.
    QString saveState();
    // The last state-file write error, empty when the last save succeeded.
    QString lastSaveError() const { return m_lastSaveError; }

signals:
    // A request arrived (before latency and faults apply).
    void requestReceived(const QByteArray& method, const QByteArray& path);
    // A request was answered (or a fault injected); status 0 for reset/stall.
    void requestHandled(const QByteArray& method, const QByteArray& path, int status);
    void stateSaveFailed(const QString& error);

private:
    SandboxResponse handle(const SandboxRequest& request);

    SandboxOptions m_options;
    const Clock& m_clock;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<JwtIssuer> m_jwt;
    std::unique_ptr<SandboxAuthenticator> m_authenticator;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxHttpServer> m_http;
    QTimer m_saveTimer;
    QByteArray m_jwtKey;
    bool m_stateLoaded = false;
    bool m_stateWritable = true;
    bool m_tls = false;
    QString m_lastSaveError;
};

} // namespace edgekv
