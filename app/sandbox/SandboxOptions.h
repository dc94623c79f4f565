#pragma once

#include "SandboxTypes.h"
#include "credentials/Credentials.h"

#include <QList>
#include <QString>

namespace edgekv {

class Clock;

// One API client the sandbox's gateway accepts (the three .edgerc secrets; the host is the server's).
// clientSecret and accessToken are secrets: never logged.
struct SandboxClient
{
    QString clientToken;
    QString clientSecret;
    QString accessToken;

    // Random credentials in Akamai's shapes (akab-...; a 44-character base64 secret).
    static SandboxClient generate();
    static SandboxClient fromCredentials(const Credentials& credentials);

    bool operator==(const SandboxClient& other) const;
    bool operator!=(const SandboxClient& other) const { return !(*this == other); }
};

struct SandboxOptions
{
    // What POST /tokens creates.
    TokenModel tokenModel = TokenModel::Enhanced;
    // An enhanced token is IN_PROGRESS for this long after create, then COMPLETE.
    int activationDelaySeconds = 5;
    // The namespaces every account starts with (on first use of its accountSwitchKey).
    QList<SandboxNamespace> namespaces = defaultNamespaces();
    // The permission groups every account starts with.
    QList<SandboxGroup> groups = defaultGroups();
    // Accounts start uninitialized: GET /initialize answers 404 with every status UNINITIALIZED.
    bool uninitialized = false;
    QString cpcode = QStringLiteral("1234567");

    // Every response is delayed this long (without blocking the event loop).
    int latencyMs = 0;
    // Each request draws once per rule, in order; the first rule that hits decides the fault.
    QList<FaultRule> faults;
    // Seed of the fault RNG; 0 picks a random seed.
    quint64 faultSeed = 0;

    // JSON state file: loaded at start, rewritten atomically after every change. Empty: memory only.
    QString stateFile;
    // The source of "now" for timestamps, dates and activation. nullptr: Clock::system(). Must outlive the
    // server.
    const Clock* clock = nullptr;
    // The API clients the gateway accepts (more with SandboxServer::addClient()).
    QList<SandboxClient> clients;

    // Gateway parameters (EDGEGRID.md §5).
    int timestampToleranceSeconds = 30;
    int maxBody = Credentials::DefaultMaxBody;

    // About eight realistic namespaces on both networks with a mix of data access policies and groups.
    static QList<SandboxNamespace> defaultNamespaces();
    // Two groups like the official auth-groups example (full rights, staging-only rights).
    static QList<SandboxGroup> defaultGroups();
    // One namespace with the defaults (both networks, restricted data access, group 0).
    static SandboxNamespace makeNamespace(const QString& name);
};

} // namespace edgekv
