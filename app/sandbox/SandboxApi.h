#pragma once

#include "SandboxMessages.h"
#include "SandboxOptions.h"
#include "TokenValidator.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

namespace edgekv {

class Clock;
class JwtIssuer;
class SandboxStore;

// The EdgeKV API behind the gateway: routes an authenticated request under /edgekv/v1 to its endpoint
// and answers with the service's bodies and status codes.
class SandboxApi
{
public:
    SandboxApi(SandboxStore& store, const SandboxOptions& options, const Clock& clock, const JwtIssuer& jwt);

    // *mutated is set when the request changed the store (the caller saves before answering).
    SandboxResponse handle(const SandboxRequest& request, bool* mutated);

    // Cached list bodies are dropped on every store change.
    void invalidateCache() { m_listCache.clear(); }

    // The API's JSON for a token: the full object, or the list item.
    static QJsonObject tokenJson(const SandboxToken& token, const QDateTime& nowUtc);
    static QJsonObject tokenListItemJson(const SandboxToken& token, const QDateTime& nowUtc);
    // The token with the automatic refreshes that are due by todayUtc applied.
    static SandboxToken withScheduledRefreshes(const SandboxToken& token, const QDate& todayUtc);

private:
    struct Call
    {
        const SandboxRequest& request;
        QString accountKey;
        QUrlQuery query;
        QStringList segments; // decoded path segments after /edgekv/v1
    };

    SandboxResponse route(const Call& call, bool* mutated);
    SandboxResponse listTokens(const Call& call);
    SandboxResponse createToken(const Call& call, bool* mutated);
    SandboxResponse getToken(const Call& call, const QString& name);
    SandboxResponse deleteToken(const Call& call, const QString& name, bool* mutated);
    SandboxResponse refreshToken(const Call& call, const QString& name, bool* mutated);
    SandboxResponse listNamespaces(const Call& call, const QString& network);
    SandboxResponse getNamespace(const Call& call, const QString& network, const QString& name);
    SandboxResponse initialize(const Call& call);
    SandboxResponse authGroups(const Call& call);

    // The token by name, or the error that GET/DELETE/refresh answer (400, 404, and 410 when expiredIs410).
    std::optional<SandboxToken> findToken(const Call& call, const QString& name, bool expiredIs410,
                                          SandboxResponse* error);

    SandboxStore& m_store;
    const SandboxOptions& m_options;
    const Clock& m_clock;
    const JwtIssuer& m_jwt;

    struct CachedList
    {
        QByteArray body;
        QDateTime computedAtUtc;
        QDateTime validUntilUtc;
    };
    QHash<QString, CachedList> m_listCache; // by includeExpired flag + account key
};

} // namespace edgekv
