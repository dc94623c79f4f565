#include "api/Token.h"

#include "api/JsonValues.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace edgekv {

namespace {

// Letters in the canonical "rwd" order, whether the API sent ["w","r"] or "rw".
QString permissionLetters(const QJsonValue& value)
{
    QString seen;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            seen += item.toString().trimmed().toLower();
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

} // namespace

Token Token::fromJson(const QJsonObject& json)
{
    Token token;
    token.name = json::string(json.value(QLatin1String("name")));
    token.uuid = json::string(json.value(QLatin1String("uuid")));
    token.expiry = json::date(json.value(QLatin1String("expiry")));
    token.issueDate = json::date(json.value(QLatin1String("issueDate")));
    token.latestRefreshDate = json::date(json.value(QLatin1String("latestRefreshDate")));
    token.nextScheduledRefreshDate = json::date(json.value(QLatin1String("nextScheduledRefreshDate")));
    token.activationStatus =
        activationStatusFromName(json::string(json.value(QLatin1String("tokenActivationStatus"))));
    token.value = json::string(json.value(QLatin1String("value")));
    token.cpcode = json::string(json.value(QLatin1String("cpcode")));

    const bool hasValue = !token.value.isEmpty();
    if (hasValue)
        token.model = Model::Legacy;
    else if (token.expiry.isValid())
        token.model = token.expiresNever() ? Model::Enhanced : Model::Legacy;
    else
        token.model = Model::Enhanced;

    const QJsonValue permissions = json.value(QLatin1String("namespacePermissions"));
    if (permissions.isObject()) {
        const QJsonObject object = permissions.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            token.namespacePermissions.insert(it.key(), permissionLetters(it.value()));
    }
    QJsonValue edgeWorkers = json.value(QLatin1String("restrictToEdgeWorkerIds"));
    if (edgeWorkers.isUndefined())
        edgeWorkers = json.value(QLatin1String("restrictToEwids")); // the official CLI's name for it
    token.restrictToEdgeWorkerIds = json::stringList(edgeWorkers);

    token.allowOnStaging = json::boolean(json.value(QLatin1String("allowOnStaging")));
    token.allowOnProduction = json::boolean(json.value(QLatin1String("allowOnProduction")));
    token.hasDetails = permissions.isObject() || json.contains(QLatin1String("allowOnStaging")) ||
                       json.contains(QLatin1String("allowOnProduction"));
    return token;
}

bool Token::isValidName(const QString& name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_-]{0,31}")));
    return pattern.match(name).hasMatch();
}

QString Token::activationStatusName(ActivationStatus status)
{
    switch (status) {
    case ActivationStatus::InProgress:
        return QStringLiteral("IN_PROGRESS");
    case ActivationStatus::Complete:
        return QStringLiteral("COMPLETE");
    case ActivationStatus::Error:
        return QStringLiteral("ERROR");
    case ActivationStatus::Unknown:
        break;
    }
    return {};
}

Token::ActivationStatus Token::activationStatusFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("IN_PROGRESS"))
        return ActivationStatus::InProgress;
    if (upper == QLatin1String("COMPLETE"))
        return ActivationStatus::Complete;
    if (upper == QLatin1String("ERROR"))
        return ActivationStatus::Error;
    return ActivationStatus::Unknown;
}

bool Token::operator==(const Token& other) const
{
    return name == other.name && uuid == other.uuid && model == other.model && expiry == other.expiry &&
           issueDate == other.issueDate && latestRefreshDate == other.latestRefreshDate &&
           nextScheduledRefreshDate == other.nextScheduledRefreshDate &&
           activationStatus == other.activationStatus && allowOnStaging == other.allowOnStaging &&
           allowOnProduction == other.allowOnProduction &&
           namespacePermissions == other.namespacePermissions &&
           restrictToEdgeWorkerIds == other.restrictToEdgeWorkerIds && cpcode == other.cpcode &&
           value == other.value && hasDetails == other.hasDetails;
}

} // namespace edgekv
