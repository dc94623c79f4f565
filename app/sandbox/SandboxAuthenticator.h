#pragma once

#include "SandboxMessages.h"
#include "SandboxOptions.h"

#include <QHash>
#include <QString>

#include <optional>

namespace edgekv {

class Clock;

// The parts of an EG1-HMAC-SHA256 Authorization header (EDGEGRID.md §5 step 1).
struct EdgeGridAuthorization
{
    QByteArray clientToken;
    QByteArray accessToken;
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray signature;
    QByteArray prefix; // everything up to and including the ';' before "signature=", as received

    static std::optional<EdgeGridAuthorization> parse(const QByteArray& header);
};

struct AuthOutcome
{
    int status = 0; // 0 when the request is authentic, else 400 or 401
    QString detail; // the gateway's detail text for the error body

    bool ok() const { return status == 0; }
};

// Verifies requests like Akamai's API gateway: known client and access token, a timestamp within the
// tolerance of the injected clock, and a signature recomputed with EdgeGridSigner's own pieces from the
// request as received (scheme served, Host header, raw request target, body hash up to maxBody).
class SandboxAuthenticator
{
public:
    SandboxAuthenticator(const Clock& clock, int toleranceSeconds, int maxBody);

    void addClient(const SandboxClient& client);
    QList<SandboxClient> clients() const { return m_clients.values(); }

    AuthOutcome verify(const SandboxRequest& request) const;

    // Strict "yyyyMMddTHH:mm:ss+0000"; invalid QDateTime when it does not match.
    static QDateTime parseTimestamp(const QByteArray& timestamp);

private:
    const Clock& m_clock;
    int m_toleranceSeconds;
    int m_maxBody;
    QHash<QByteArray, SandboxClient> m_clients; // by client token
};

} // namespace edgekv
