#include "edgegrid/EdgeGridSigner.h"

#include "util/Clock.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>

namespace edgekv {

EdgeGridSigner::EdgeGridSigner(Credentials credentials) : m_credentials(std::move(credentials)) {}

QByteArray EdgeGridSigner::authorization(const EdgeGridRequest& request, const Clock& clock) const
{
    return authorization(request, timestamp(clock.nowUtc()), newNonce());
}

QByteArray EdgeGridSigner::authorization(const EdgeGridRequest& request, const QByteArray& timestamp,
                                         const QByteArray& nonce) const
{
    const QByteArray prefix =
        authPrefix(m_credentials.clientToken.toUtf8(), m_credentials.accessToken.toUtf8(), timestamp, nonce);
    const QByteArray data = dataToSign(request, m_credentials.headersToSign, m_credentials.maxBody, prefix);
    const QByteArray key = signingKey(m_credentials.clientSecret.toUtf8(), timestamp);
    return prefix + "signature=" + signature(key, data);
}

QByteArray EdgeGridSigner::timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss'+0000'")).toLatin1();
}

QByteArray EdgeGridSigner::newNonce()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray EdgeGridSigner::signingKey(const QByteArray& clientSecret, const QByteArray& timestamp)
{
    return QMessageAuthenticationCode::hash(timestamp, clientSecret, QCryptographicHash::Sha256).toBase64();
}

QByteArray EdgeGridSigner::contentHash(const QByteArray& method, const QByteArray& body, int maxBody)
{
    if (method != "POST" || body.isEmpty())
        return {};
    const auto length = maxBody > 0 ? qMin<qsizetype>(body.size(), maxBody) : body.size();
    return QCryptographicHash::hash(QByteArrayView(body.constData(), length), QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray EdgeGridSigner::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                                            const QStringList& headersToSign)
{
    static const QRegularExpression whitespaceRun(QStringLiteral("\\s+"));
    QList<QByteArray> entries;
    for (const QString& wanted : headersToSign) {
        const QByteArray name = wanted.trimmed().toLatin1().toLower();
        for (const auto& [headerName, value] : headers) {
            if (headerName.toLower() != name)
                continue;
            const QString canonicalValue =
                QString::fromUtf8(value).trimmed().replace(whitespaceRun, QStringLiteral(" "));
            entries << name + ':' + canonicalValue.toUtf8();
            break;
        }
    }
    return entries.join('\t');
}

QByteArray EdgeGridSigner::authPrefix(const QByteArray& clientToken, const QByteArray& accessToken,
                                      const QByteArray& timestamp, const QByteArray& nonce)
{
    return "EG1-HMAC-SHA256 client_token=" + clientToken + ";access_token=" + accessToken +
           ";timestamp=" + timestamp + ";nonce=" + nonce + ';';
}

QByteArray EdgeGridSigner::dataToSign(const EdgeGridRequest& request, const QStringList& headersToSign,
                                      int maxBody, const QByteArray& authPrefix)
{
    const QByteArray target = request.pathAndQuery.isEmpty() ? QByteArray("/") : request.pathAndQuery;
    const QList<QByteArray> fields = {request.method.toUpper(),
                                      request.scheme.toLower(),
                                      request.host,
                                      target,
                                      canonicalHeaders(request.headers, headersToSign),
                                      contentHash(request.method.toUpper(), request.body, maxBody),
                                      authPrefix};
    return fields.join('\t');
}

QByteArray EdgeGridSigner::signature(const QByteArray& signingKey, const QByteArray& dataToSign)
{
    return QMessageAuthenticationCode::hash(dataToSign, signingKey, QCryptographicHash::Sha256).toBase64();
}

} // namespace edgekv
