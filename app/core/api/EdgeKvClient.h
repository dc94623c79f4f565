#pragma once

#include "api/ApiJob.h"
#include "api/AuthGroup.h"
#include "api/InitializeStatus.h"
#include "api/NamespaceInfo.h"
#include "api/Token.h"
#include "api/TokenCreateRequest.h"
#include "credentials/Credentials.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>

namespace edgekv {

class Clock;
class EdgeGridRequestFactory;

using TokenListJob = ApiResultJob<QList<Token>>;
using TokenJob = ApiResultJob<Token>;
using RevokeJob = ApiResultJob<RevokedToken>;
using NamespaceListJob = ApiResultJob<QList<NamespaceInfo>>;
using NamespaceJob = ApiResultJob<NamespaceInfo>;
using InitializeStatusJob = ApiResultJob<InitializeStatus>;
using AuthGroupsJob = ApiResultJob<QList<AuthGroup>>;

// The asynchronous EdgeKV API client (EDGEKV_API.md): one call per endpoint, each returning a job (see
// ApiJob for retries, timeouts and the create rule). All jobs share one QNetworkAccessManager and are signed
// by EdgeGridRequestFactory. TLS is always verified; plain HTTP is refused except to loopback hosts.
class EdgeKvClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* BasePath = "/edgekv/v1";

    // network: the app's shared manager (not owned; it must outlive the client's jobs). nullptr: the client
    // owns one. clock must outlive the client.
    EdgeKvClient(Credentials credentials, const Clock& clock, QNetworkAccessManager* network = nullptr,
                 QObject* parent = nullptr);
    explicit EdgeKvClient(Credentials credentials, QObject* parent = nullptr);
    ~EdgeKvClient() override;

    const Credentials& credentials() const { return m_credentials; }
    // Takes effect for calls made afterwards; running jobs keep the credentials they started with.
    void setCredentials(Credentials credentials);

    const ApiClientSettings& settings() const { return m_settings; }
    void setSettings(const ApiClientSettings& settings) { m_settings = settings; }
    void setTimeoutMs(int timeoutMs) { m_settings.timeoutMs = timeoutMs; }

    // Certificates trusted in addition to the system's (e.g. the local sandbox's self-signed one). Set them
    // before the first call: Qt keeps reusing connections opened before, with their old trust, except
    // that a manager the client owns drops its connections (calls in flight then time out and retry).
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }

    QNetworkAccessManager* networkAccessManager() const { return m_network; }

    // GET /tokens[?includeExpired=true]. "No tokens exist." (404) is an empty list.
    TokenListJob* listTokens(bool includeExpired = false);
    // GET /tokens/{name}: every field, the JWT value for legacy tokens.
    TokenJob* getToken(const QString& name);
    // POST /tokens. Never re-sent blindly (see ApiJob). When the API's answer lacks details (legacy
    // answers carry name, uuid, expiry and value only), they are taken from the request.
    TokenJob* createToken(const TokenCreateRequest& request);
    // DELETE /tokens/{name}. A retry that finds the token gone counts as revoked (alreadyGone).
    RevokeJob* revokeToken(const QString& name);
    // POST /tokens/{name}/refresh (enhanced tokens). Retried like a GET: refreshing twice is harmless.
    TokenJob* refreshToken(const QString& name);
    // GET /networks/{network}/namespaces[?details=on].
    NamespaceListJob* listNamespaces(Network network, bool details = true);
    // GET /networks/{network}/namespaces/{name}. A missing namespace is a 400 (cause NamespaceNotFound).
    NamespaceJob* getNamespace(Network network, const QString& name);
    // GET /initialize; the 404 "not initialized" answer is a result, not an error.
    InitializeStatusJob* initializeStatus();
    // GET /auth/groups.
    AuthGroupsJob* authGroups();

    // 1-32 characters of [A-Za-z0-9_-] (EDGEKV_API.md §3).
    static bool isValidNamespaceName(const QString& name);

private:
    ApiJobContext context() const;
    ApiRequest request(ApiError::Operation operation, const QString& subject, const QByteArray& method,
                       const QByteArray& path) const;

    Credentials m_credentials;
    const Clock& m_clock;
    std::shared_ptr<const EdgeGridRequestFactory> m_factory;
    QPointer<QNetworkAccessManager> m_network;
    ApiClientSettings m_settings;
    QList<QSslCertificate> m_extraCaCertificates;
    QList<QSslCertificate> m_caCertificates; // system + extra, computed once when extra ones are set
};

} // namespace edgekv
