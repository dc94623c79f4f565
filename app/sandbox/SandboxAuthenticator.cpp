#include "SandboxAuthenticator.h"

#include "ConstantTime.h"
#include "edgegrid/EdgeGridSigner.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace edgekv {

namespace {

const QByteArray kScheme = "EG1-HMAC-SHA256 ";

} // namespace

std::optional<EdgeGridAuthorization> EdgeGridAuthorization::parse(const QByteArray& header)
{
    if (!header.startsWith(kScheme))
        return std::nullopt;
    const QByteArray rest = header.mid(kScheme.size());
    const QList<QByteArray> pairs = rest.split(';');
    static const char* const names[] = {"client_token", "access_token", "timestamp", "nonce", "signature"};
    if (pairs.size() != 5)
        return std::nullopt;
    QByteArray values[5];
    for (int i = 0; i < 5; ++i) {
        const QByteArray& pair = pairs.at(i);
        // Split at the first '=': base64 values end in '='.
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0 || pair.left(equals) != names[i])
            return std::nullopt;
        values[i] = pair.mid(equals + 1);
        if (values[i].isEmpty())
            return std::nullopt;
    }
    EdgeGridAuthorization result;
    result.clientToken = values[0];
    result.accessToken = values[1];
    result.timestamp = values[2];
    result.nonce = values[3];
    result.signature = values[4];
    result.prefix = header.left(header.lastIndexOf(";signature=") + 1);
    return result;
}

SandboxAuthenticator::SandboxAuthenticator(const Clock& clock, int toleranceSeconds, int maxBody)
    : m_clock(clock), m_toleranceSeconds(toleranceSeconds), m_maxBody(maxBody)
{}

void SandboxAuthenticator::addClient(const SandboxClient& client)
{
    m_clients.insert(client.clientToken.toUtf8(), client);
}

QDateTime SandboxAuthenticator::parseTimestamp(const QByteArray& timestamp)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{8}T\\d\\d:\\d\\d:\\d\\d\\+0000$"));
    const QString text = QString::fromLatin1(timestamp);
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime parsed = QDateTime::fromString(text.left(17), QStringLiteral("yyyyMMdd'T'HH:mm:ss"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

AuthOutcome SandboxAuthenticator::verify(const SandboxRequest& request) const
{
    if (request.authorization.isEmpty())
        return {400, QStringLiteral("Missing authorization header")};
    const std::optional<EdgeGridAuthorization> auth = EdgeGridAuthorization::parse(request.authorization);
    if (!auth)
        return {400, QStringLiteral("Malformed authorization header")};

    const auto client = m_clients.constFind(auth->clientToken);
    if (client == m_clients.cend() || !constantTimeEquals(client->accessToken.toUtf8(), auth->accessToken))
        return {401, QStringLiteral("Inactive client token")};

    const QDateTime signedAt = parseTimestamp(auth->timestamp);
    if (!signedAt.isValid() || qAbs(signedAt.secsTo(m_clock.nowUtc())) > m_toleranceSeconds)
        return {400, QStringLiteral("Invalid timestamp")};

    EdgeGridRequest received;
    received.method = request.method;
    received.scheme = request.scheme;
    received.host = request.host;
    received.pathAndQuery = request.rawTarget;
    received.body = request.body;
    const QByteArray data = EdgeGridSigner::dataToSign(received, {}, m_maxBody, auth->prefix);
    const QByteArray key = EdgeGridSigner::signingKey(client->clientSecret.toUtf8(), auth->timestamp);
    if (!constantTimeEquals(EdgeGridSigner::signature(key, data), auth->signature))
        return {401, QStringLiteral("The signature does not match")};
    return {};
}

} // namespace edgekv
