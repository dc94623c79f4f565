#pragma once

#include "credentials/Credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace edgekv {

class Clock;

// One HTTP request as it goes on the wire, the input to EG1-HMAC-SHA256.
struct EdgeGridRequest
{
    QByteArray method;       // "GET", "POST", ...
    QByteArray scheme;       // "https" (or "http" for the loopback sandbox)
    QByteArray host;         // the Host header as sent, with a non-default port
    QByteArray pathAndQuery; // the raw request target: encoded path, plus "?query" when there is one
    QList<QPair<QByteArray, QByteArray>> headers; // only those named in headers_to_sign matter
    QByteArray body;
};

// EG1-HMAC-SHA256 as specified in shared/spec/EDGEGRID.md §1. The static pieces are public so the
// sandbox can verify a signature with exactly the same code that makes one.
class EdgeGridSigner
{
public:
    explicit EdgeGridSigner(Credentials credentials);

    // The full Authorization header value for this request, with a fresh UTC timestamp and UUID nonce.
    QByteArray authorization(const EdgeGridRequest& request, const Clock& clock) const;
    // The same with a given timestamp and nonce (for test vectors).
    QByteArray authorization(const EdgeGridRequest& request, const QByteArray& timestamp,
                             const QByteArray& nonce) const;

    static QByteArray timestamp(const QDateTime& utc);
    static QByteArray newNonce();
    // Base64(HMAC-SHA256(key = client secret text, message = timestamp)); the secret is not decoded.
    static QByteArray signingKey(const QByteArray& clientSecret, const QByteArray& timestamp);
    // Base64(SHA-256(first maxBody bytes)) for a non-empty POST body; empty for everything else.
    static QByteArray contentHash(const QByteArray& method, const QByteArray& body, int maxBody);
    // "name:value" entries in headersToSign order, values trimmed with inner whitespace runs collapsed.
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                                       const QStringList& headersToSign);
    // "EG1-HMAC-SHA256 client_token=..;access_token=..;timestamp=..;nonce=..;"
    static QByteArray authPrefix(const QByteArray& clientToken, const QByteArray& accessToken,
                                 const QByteArray& timestamp, const QByteArray& nonce);
    // The seven tab-separated fields; the last one is authPrefix.
    static QByteArray dataToSign(const EdgeGridRequest& request, const QStringList& headersToSign,
                                 int maxBody, const QByteArray& authPrefix);
    static QByteArray signature(const QByteArray& signingKey, const QByteArray& dataToSign);

    const Credentials& credentials() const { return m_credentials; }

private:
    Credentials m_credentials;
};

} // namespace edgekv
