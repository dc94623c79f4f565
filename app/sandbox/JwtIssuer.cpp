#include "JwtIssuer.h"

#include "ConstantTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

namespace edgekv {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hs256(const QByteArray& message, const QByteArray& key)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

} // namespace

JwtIssuer::JwtIssuer(QByteArray key) : m_key(std::move(key)) {}

QByteArray JwtIssuer::issue(const SandboxToken& token) const
{
    QJsonObject claims;
    for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend(); ++it)
        claims.insert(QStringLiteral("namespace-") + it.key(), QJsonArray::fromStringList(it.value()));
    claims.insert(QStringLiteral("cpc"), token.cpcode);
    claims.insert(QStringLiteral("ewids"),
                  token.restrictToEdgeWorkerIds.isEmpty()
                      ? QJsonValue(QStringLiteral("all"))
                      : QJsonValue(QJsonArray::fromStringList(token.restrictToEdgeWorkerIds)));
    QJsonArray env;
    if (token.allowOnProduction)
        env.append(QStringLiteral("p"));
    if (token.allowOnStaging)
        env.append(QStringLiteral("s"));
    claims.insert(QStringLiteral("env"), env);
    // Valid through the whole expiry day (UTC).
    const QDateTime expires(token.expiry.addDays(1), QTime(0, 0), QTimeZone::utc());
    claims.insert(QStringLiteral("exp"), expires.toSecsSinceEpoch());
    const QDateTime issued = token.createdAtUtc.isValid()
                                 ? token.createdAtUtc
                                 : QDateTime(token.issueDate, QTime(0, 0), QTimeZone::utc());
    claims.insert(QStringLiteral("iat"), issued.toSecsSinceEpoch());
    claims.insert(QStringLiteral("jti"), token.uuid);
    claims.insert(QStringLiteral("iss"), QStringLiteral("edgekv-sandbox"));
    claims.insert(QStringLiteral("sub"), token.name);
    claims.insert(QStringLiteral("reqid"), QString::fromLatin1(randomHex(8)));
    return sign(claims, m_key);
}

QByteArray JwtIssuer::sign(const QJsonObject& claims, const QByteArray& key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return signingInput + '.' + hs256(signingInput, key).toBase64(kBase64Url);
}

std::optional<QJsonObject> JwtIssuer::verify(const QByteArray& jwt, const QByteArray& key)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decode = [](const QByteArray& part) {
        return QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                        QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decode(parts.at(0));
    const auto payload = decode(parts.at(1));
    const auto signature = decode(parts.at(2));
    if (!header || !payload || !signature)
        return std::nullopt;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(*header);
    if (headerDoc.object().value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    if (!constantTimeEquals(hs256(parts.at(0) + '.' + parts.at(1), key), *signature))
        return std::nullopt;
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(*payload);
    if (!payloadDoc.isObject())
        return std::nullopt;
    return payloadDoc.object();
}

} // namespace edgekv
