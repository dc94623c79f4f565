#include "JwtClaims.h"

#include "api/Token.h"
#include "tokenfile/BundleChecker.h"
#include "tokenfile/TokenFileEntry.h"

#include <QJsonArray>

namespace edgekv::cli {

void JwtClaims::completeFromValue(Token& token)
{
    if (token.hasDetails || !token.isLegacy() || token.value.isEmpty())
        return;
    const std::optional<QJsonObject> claims = BundleChecker::jwtClaims(token.value);
    if (!claims)
        return;
    QMap<QString, QString> permissions;
    for (auto it = claims->constBegin(); it != claims->constEnd(); ++it) {
        const QString ns = TokenFileEntry::namespaceOfKey(it.key());
        if (ns.isEmpty())
            continue;
        QString letters;
        for (const QJsonValue& letter : it.value().toArray())
            letters += letter.toString();
        QString ordered;
        for (const QChar letter : {QLatin1Char('r'), QLatin1Char('w'), QLatin1Char('d')}) {
            if (letters.contains(letter))
                ordered += letter;
        }
        permissions.insert(ns, ordered);
    }
    if (permissions.isEmpty())
        return;
    token.namespacePermissions = permissions;
    const QJsonArray environments = claims->value(QStringLiteral("env")).toArray();
    token.allowOnStaging = environments.contains(QJsonValue(QStringLiteral("s")));
    token.allowOnProduction = environments.contains(QJsonValue(QStringLiteral("p")));
    token.restrictToEdgeWorkerIds.clear();
    for (const QJsonValue& id : claims->value(QStringLiteral("ewids")).toArray())
        token.restrictToEdgeWorkerIds << (id.isString() ? id.toString() : QString::number(id.toInteger()));
    const QJsonValue cpcode = claims->value(QStringLiteral("cpc"));
    if (token.cpcode.isEmpty() && !cpcode.isUndefined())
        token.cpcode = cpcode.isString() ? cpcode.toString() : QString::number(cpcode.toInteger());
    token.hasDetails = true;
}

} // namespace edgekv::cli
