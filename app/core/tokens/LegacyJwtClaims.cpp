#include "tokens/LegacyJwtClaims.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace edgekv {

namespace {

const QLatin1String namespacePrefix("namespace-");

QString permissionLetters(const QJsonValue& value)
{
    QString seen;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            seen += item.toString().toLower();
    } else {
        seen = value.toString().toLower();
    }
    QString letters;
    for (const QChar letter : {QLatin1Char('r'), QLatin1Char('w'), QLatin1Char('d')}) {
        if (seen.contains(letter))
            letters += letter;
    }
    return letters;
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            result << (item.isDouble() ? QString::number(qint64(item.toDouble())) : item.toString());
    } else if (value.isString()) {
        result << value.toString();
    }
    return result;
}

} // namespace

bool LegacyJwtClaims::apply(Token& token)
{
    if (token.hasDetails || token.value.isEmpty())
        return false;
    const QList<QStringView> parts = QStringView(token.value).split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject claims = document.object();

    QMap<QString, QString> permissions;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.key().startsWith(namespacePrefix) && it.key().size() > namespacePrefix.size())
            permissions.insert(it.key().mid(namespacePrefix.size()), permissionLetters(it.value()));
    }
    if (permissions.isEmpty())
        return false;

    token.namespacePermissions = permissions;
    const QStringList env = strings(claims.value(QLatin1String("env")));
    token.allowOnProduction = env.contains(QLatin1String("p"), Qt::CaseInsensitive);
    token.allowOnStaging = env.contains(QLatin1String("s"), Qt::CaseInsensitive);
    QStringList edgeWorkerIds = strings(claims.value(QLatin1String("ewids")));
    if (edgeWorkerIds.size() == 1 &&
        edgeWorkerIds.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        edgeWorkerIds.clear();
    token.restrictToEdgeWorkerIds = edgeWorkerIds;
    const QJsonValue cpcode = claims.value(QLatin1String("cpc"));
    token.cpcode = cpcode.isDouble() ? QString::number(qint64(cpcode.toDouble())) : cpcode.toString();
    if (!token.expiry.isValid() && claims.value(QLatin1String("exp")).isDouble()) {
        // exp is the first second after the expiry day.
        const QDateTime expires =
            QDateTime::fromSecsSinceEpoch(qint64(claims.value(QLatin1String("exp")).toDouble()), Qt::UTC);
        token.expiry = expires.addSecs(-1).date();
    }
    token.hasDetails = true;
    return true;
}

} // namespace edgekv
