#pragma once

#include "credentials/Credentials.h"

#include <QByteArray>
#include <QNetworkRequest>

namespace edgekv {

class Clock;

// A request ready for QNetworkAccessManager::sendCustomRequest(), signed for the exact
// request target that Qt will put on the request line.
struct SignedRequest
{
    QNetworkRequest request;
    QByteArray method;
    QByteArray body;
    QByteArray signedTarget; // path and query as signed (and as sent)
    QString error;           // non-empty when no request could be built; nothing is sent then

    bool isValid() const { return error.isEmpty(); }
};

// The one place where API requests are built and signed. Every call of the app and the command line
// goes through build(), so the account switch key, the scheme rule and the signature cannot be forgotten.
class EdgeGridRequestFactory
{
public:
    explicit EdgeGridRequestFactory(Credentials credentials);
    EdgeGridRequestFactory(Credentials credentials, const Clock& clock);

    // encodedTarget is the already percent-encoded path plus optional "?query", e.g.
    // "/edgekv/v1/tokens?includeExpired=true"; it must start with "/" and have no "." or ".." segments.
    // Nothing is re-encoded beyond QUrl's own normalization (upper-case escapes, decoded unreserved
    // characters); signedTarget is the target as Qt sends it, and the signature covers exactly that.
    SignedRequest build(const QByteArray& method, const QByteArray& encodedTarget,
                        const QByteArray& body = {}, const QByteArray& contentType = {}) const;

    // The target with accountSwitchKey appended (before signing) and any fragment removed, or unchanged
    // when key is empty.
    static QByteArray withAccountSwitchKey(const QByteArray& encodedTarget, const QString& key);
    // The Host header value Qt sends for url: host, plus the port when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl& url);

    const Credentials& credentials() const { return m_credentials; }

private:
    Credentials m_credentials;
    const Clock& m_clock;
};

} // namespace edgekv
