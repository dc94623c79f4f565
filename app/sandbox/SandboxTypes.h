#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace edgekv {

// The data the sandbox serves. Plain values: the seeder builds them, SandboxStore keeps them per account,
// the state file stores them, and the HTTP layer turns them into the EdgeKV JSON shapes.

enum class SandboxNetwork { Staging, Production };

// "staging" / "production"; nullopt for anything else (the API's path parameter is lower case).
std::optional<SandboxNetwork> sandboxNetworkFromName(const QString& name);
QString sandboxNetworkName(SandboxNetwork network);

// What POST /tokens creates: a JWT that expires (the original model) or an auto-refreshed reference token.
enum class TokenModel { Enhanced, Legacy };

QString tokenModelName(TokenModel model); // "enhanced" / "legacy"
std::optional<TokenModel> tokenModelFromName(const QString& name);

// One namespace of one account. A namespace exists separately on each network; onStaging/onProduction say
// on which networks this one exists (with the same attributes on both).
struct SandboxNamespace
{
    QString name;
    bool onStaging = true;
    bool onProduction = true;
    qint64 retentionInSeconds = 15724800;
    QString geoLocation = QStringLiteral("US");
    qint64 groupId = 0;
    bool restrictDataAccess = true;
    QString policyType = QStringLiteral("inherited"); // "inherited" | "overridden"

    bool existsOn(SandboxNetwork network) const
    {
        return network == SandboxNetwork::Staging ? onStaging : onProduction;
    }
    bool operator==(const SandboxNamespace& other) const;
    bool operator!=(const SandboxNamespace& other) const { return !(*this == other); }
};

// One access token, of either model.
struct SandboxToken
{
    TokenModel model = TokenModel::Enhanced;
    QString name;
    QString uuid; // lower case, hyphenated, no braces
    bool allowOnStaging = false;
    bool allowOnProduction = false;
    QMap<QString, QStringList> namespacePermissions; // bare namespace name -> subset of "r", "w", "d"
    QStringList restrictToEdgeWorkerIds;             // empty: all EdgeWorker IDs
    QString cpcode;
    QDate expiry;    // legacy: the chosen date; enhanced: enhancedExpiry()
    QDate issueDate; // the creation day (UTC)
    QDateTime createdAtUtc;
    // Enhanced only.
    QDate latestRefreshDate; // invalid (JSON null) until the first refresh
    QDate nextScheduledRefreshDate;
    QDateTime activationCompleteAtUtc; // IN_PROGRESS before this moment, COMPLETE from it on
    bool activationError = false;      // ERROR regardless of the time (seeded tokens)
    // Legacy only: the JWT. A secret: never logged.
    QString value;

    static QDate enhancedExpiry() { return QDate(9999, 12, 31); }

    // A legacy token is expired once its expiry day has passed; an enhanced token never expires.
    bool isExpired(const QDate& todayUtc) const { return model == TokenModel::Legacy && expiry < todayUtc; }
    // "IN_PROGRESS" | "COMPLETE" | "ERROR" for an enhanced token; empty for a legacy one.
    QString activationStatus(const QDateTime& nowUtc) const;

    bool operator==(const SandboxToken& other) const;
    bool operator!=(const SandboxToken& other) const { return !(*this == other); }
};

// A permission (access) group as GET /auth/groups reports it.
struct SandboxGroup
{
    qint64 groupId = 0;
    QString groupName;
    QStringList capabilities;

    bool operator==(const SandboxGroup& other) const;
    bool operator!=(const SandboxGroup& other) const { return !(*this == other); }
};

// Everything one account (one accountSwitchKey; "" is the API client's own account) holds.
struct SandboxAccount
{
    QString cpcode = QStringLiteral("1234567");
    bool initialized = true;
    QMap<QString, SandboxNamespace> namespaces; // by name
    QMap<QString, SandboxToken> tokens;         // by name
    QList<SandboxGroup> groups;

    bool operator==(const SandboxAccount& other) const;
    bool operator!=(const SandboxAccount& other) const { return !(*this == other); }
};

// Faults the server injects at a probability (see SandboxOptions::faults).
enum class FaultKind {
    InternalError500,   // "500": 500 EKV_0000, the request is not processed
    Unavailable503,     // "503": 503, the request is not processed
    TooManyRequests429, // "429": 429 with Retry-After: 1, the request is not processed
    Reset,              // "reset": the request is processed, then the connection is aborted without an answer
    Malformed,          // "malformed": the request is processed, the answer is 200 with truncated JSON
    Stall,              // "stall": the request is processed, headers are sent, the body never finishes
};

struct FaultRule
{
    FaultKind kind = FaultKind::InternalError500;
    double rate = 0.0; // probability per request, 0..1

    static QString kindName(FaultKind kind); // "500", "503", "429", "reset", "malformed", "stall"
    static std::optional<FaultKind> kindFromName(const QString& name);
    // Parses "KIND:RATE", e.g. "503:0.25". On failure returns nullopt and sets *error (when given).
    static std::optional<FaultRule> parse(const QString& text, QString* error = nullptr);

    bool operator==(const FaultRule& other) const { return kind == other.kind && rate == other.rate; }
};

} // namespace edgekv
