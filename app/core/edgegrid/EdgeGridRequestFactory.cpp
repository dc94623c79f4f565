#include "edgegrid/EdgeGridRequestFactory.h"

#include "edgegrid/EdgeGridSigner.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QUrl>

namespace edgekv {

namespace {

// The target exactly as QHttpNetworkRequest::uri() (Qt 6) writes it on the request line: it adds
// NormalizePathSegments, so a signature over plain toEncoded() would not match every path.
QByteArray requestLineTarget(QUrl url)
{
    QUrl::FormattingOptions format = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveUserInfo |
                                     QUrl::RemoveFragment | QUrl::FullyEncoded;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return url.toEncoded(format);
}

// "." and ".." segments (also as %2E, which QUrl decodes) are resolved by Qt before sending, and
// Qt 6.4 resolves "/a/./b/../c" to "/a//c": such a request would not go where the caller meant.
bool hasDotSegment(const QUrl& url)
{
    const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    return segments.contains(QStringLiteral(".")) || segments.contains(QStringLiteral(".."));
}

} // namespace

EdgeGridRequestFactory::EdgeGridRequestFactory(Credentials credentials)
    : EdgeGridRequestFactory(std::move(credentials), Clock::system())
{}

EdgeGridRequestFactory::EdgeGridRequestFactory(Credentials credentials, const Clock& clock)
    : m_credentials(std::move(credentials)), m_clock(clock)
{}

QByteArray EdgeGridRequestFactory::withAccountSwitchKey(const QByteArray& encodedTarget, const QString& key)
{
    if (key.isEmpty())
        return encodedTarget;
    // The fragment is never sent; a key appended after it would be dropped together with it.
    const auto fragment = encodedTarget.indexOf('#');
    QByteArray target = fragment < 0 ? encodedTarget : encodedTarget.left(fragment);
    if (!target.contains('?'))
        target += '?';
    else if (!target.endsWith('?'))
        target += '&';
    return target + "accountSwitchKey=" + QUrl::toPercentEncoding(key);
}

QByteArray EdgeGridRequestFactory::hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

SignedRequest EdgeGridRequestFactory::build(const QByteArray& method, const QByteArray& encodedTarget,
                                            const QByteArray& body, const QByteArray& contentType) const
{
    SignedRequest result;
    result.method = method.toUpper();
    result.body = body;

    const QStringList missing = m_credentials.missingFields();
    if (!missing.isEmpty()) {
        result.error = QCoreApplication::translate("EdgeGridRequestFactory",
                                                   "The API credentials are incomplete: %1 missing.")
                           .arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    if (m_credentials.plainHttp && !isLoopbackHost(m_credentials.host)) {
        result.error =
            QCoreApplication::translate("EdgeGridRequestFactory",
                                        "Refusing plain HTTP to %1: only a loopback address (the local "
                                        "sandbox) may be reached without TLS.")
                .arg(m_credentials.host);
        return result;
    }

    if (!encodedTarget.isEmpty() && !encodedTarget.startsWith('/')) {
        // Anything else would be read as part of the authority ("@other.host/..." changes the host).
        result.error =
            QCoreApplication::translate("EdgeGridRequestFactory",
                                        "Cannot build a request for \"%1\": the path must start with "
                                        "\"/\".")
                .arg(QString::fromUtf8(encodedTarget));
        return result;
    }

    const QByteArray target = withAccountSwitchKey(encodedTarget, m_credentials.accountSwitchKey);
    const QUrl url = QUrl::fromEncoded(
        m_credentials.scheme().toLatin1() + "://" + m_credentials.host.toLatin1() + target, QUrl::StrictMode);
    if (!url.isValid()) {
        result.error =
            QCoreApplication::translate("EdgeGridRequestFactory", "Cannot build a request for %1: %2")
                .arg(m_credentials.host, url.errorString());
        return result;
    }

    if (hasDotSegment(url)) {
        result.error = QCoreApplication::translate("EdgeGridRequestFactory",
                                                   "Cannot build a request for \"%1\": \".\" and \"..\" path "
                                                   "segments would be rewritten before sending.")
                           .arg(QString::fromUtf8(encodedTarget));
        return result;
    }

    // Sign exactly what Qt will write on the request line.
    const QByteArray sentTarget = requestLineTarget(url);
    result.signedTarget = sentTarget;

    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    EdgeGridRequest toSign;
    toSign.method = result.method;
    toSign.scheme = url.scheme().toLatin1();
    toSign.host = hostHeader(url);
    toSign.pathAndQuery = sentTarget;
    toSign.body = body;
    for (const QString& name : m_credentials.headersToSign) {
        const QByteArray headerName = name.trimmed().toLatin1();
        if (request.hasRawHeader(headerName))
            toSign.headers.append({headerName, request.rawHeader(headerName)});
    }
    request.setRawHeader("Authorization", EdgeGridSigner(m_credentials).authorization(toSign, m_clock));
    result.request = request;
    return result;
}

} // namespace edgekv
