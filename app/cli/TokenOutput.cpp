#include "TokenOutput.h"

#include <QJsonArray>

#include <algorithm>

namespace edgekv::cli {

namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString TokenOutput::statusKey(TokenStatus::Kind kind)
{
    switch (kind) {
    case TokenStatus::Kind::Expired:
        return QStringLiteral("expired");
    case TokenStatus::Kind::ActivationError:
        return QStringLiteral("activation-error");
    case TokenStatus::Kind::ExpiresToday:
        return QStringLiteral("expires-today");
    case TokenStatus::Kind::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case TokenStatus::Kind::ExpiresLater:
        return QStringLiteral("expires-later");
    case TokenStatus::Kind::Activating:
        return QStringLiteral("activating");
    case TokenStatus::Kind::Valid:
        return QStringLiteral("valid");
    case TokenStatus::Kind::AutoRefresh:
        return QStringLiteral("auto-refresh");
    }
    return QStringLiteral("valid");
}

QString TokenOutput::modelKey(const Token& token)
{
    return token.isLegacy() ? QStringLiteral("legacy") : QStringLiteral("enhanced");
}

QJsonObject TokenOutput::tokenJson(const Token& token, const TokenStatus& status, bool includeValue)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), token.name);
    json.insert(QStringLiteral("uuid"), token.uuid);
    json.insert(QStringLiteral("expiry"), dateValue(token.expiry));
    json.insert(QStringLiteral("issueDate"), dateValue(token.issueDate));
    if (!token.isLegacy()) {
        json.insert(QStringLiteral("latestRefreshDate"), dateValue(token.latestRefreshDate));
        json.insert(QStringLiteral("nextScheduledRefreshDate"), dateValue(token.nextScheduledRefreshDate));
        const QString activation = Token::activationStatusName(token.activationStatus);
        json.insert(QStringLiteral("tokenActivationStatus"),
                    activation.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(activation));
    }
    if (token.hasDetails) {
        json.insert(QStringLiteral("allowOnStaging"), token.allowOnStaging);
        json.insert(QStringLiteral("allowOnProduction"), token.allowOnProduction);
        QJsonObject permissions;
        for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend(); ++it) {
            QStringList letters;
            for (const QChar letter : it.value())
                letters << QString(letter);
            permissions.insert(it.key(), stringArray(letters));
        }
        json.insert(QStringLiteral("namespacePermissions"), permissions);
        json.insert(QStringLiteral("restrictToEdgeWorkerIds"), stringArray(token.restrictToEdgeWorkerIds));
        json.insert(QStringLiteral("cpcode"), token.cpcode);
    }
    if (includeValue && token.isLegacy())
        json.insert(QStringLiteral("value"), token.value);
    json.insert(QStringLiteral("model"), modelKey(token));
    json.insert(QStringLiteral("status"), statusKey(status.kind()));
    json.insert(QStringLiteral("daysLeft"),
                status.hasExpiryDate() ? QJsonValue(status.daysLeft()) : QJsonValue(QJsonValue::Null));
    return json;
}

QJsonObject TokenOutput::namespaceJson(const NamespaceInfo& info)
{
    QJsonObject json;
    json.insert(QStringLiteral("namespace"), info.name);
    QStringList networks;
    if (info.onStaging)
        networks << networkName(Network::Staging);
    if (info.onProduction)
        networks << networkName(Network::Production);
    json.insert(QStringLiteral("networks"), stringArray(networks));
    if (info.hasDetails) {
        if (info.retentionInSeconds >= 0)
            json.insert(QStringLiteral("retentionInSeconds"), info.retentionInSeconds);
        if (!info.geoLocation.isEmpty())
            json.insert(QStringLiteral("geoLocation"), info.geoLocation);
        if (info.groupId >= 0)
            json.insert(QStringLiteral("groupId"), info.groupId);
        QJsonObject policy;
        if (info.restrictDataAccess)
            policy.insert(QStringLiteral("restrictDataAccess"), *info.restrictDataAccess);
        if (!info.policyType.isEmpty())
            policy.insert(QStringLiteral("policyType"), info.policyType);
        if (!policy.isEmpty())
            json.insert(QStringLiteral("dataAccessPolicy"), policy);
    }
    return json;
}

QString TokenOutput::networksText(bool staging, bool production)
{
    if (staging && production)
        return tr("staging, production");
    if (staging)
        return tr("staging");
    if (production)
        return tr("production");
    return tr("none");
}

QString TokenOutput::permissionsText(const QMap<QString, QString>& permissions)
{
    if (permissions.isEmpty())
        return tr("none");
    QStringList parts;
    for (auto it = permissions.cbegin(); it != permissions.cend(); ++it)
        parts << it.key() + QLatin1Char(':') + it.value();
    return parts.join(QStringLiteral(", "));
}

QString TokenOutput::expiresText(const Token& token)
{
    if (token.isLegacy())
        return token.expiry.isValid() ? token.expiry.toString(Qt::ISODate) : tr("unknown");
    if (token.nextScheduledRefreshDate.isValid())
        return tr("refresh %1").arg(token.nextScheduledRefreshDate.toString(Qt::ISODate));
    return tr("auto-refresh");
}

QString TokenOutput::detailsText(const Token& token, const TokenStatus& status, bool reveal)
{
    QList<std::pair<QString, QString>> fields;
    fields.append({tr("Name"), token.name});
    fields.append({tr("UUID"), token.uuid});
    fields.append({tr("Model"), token.isLegacy() ? tr("legacy (expires; the bundle holds its JWT value)")
                                                 : tr("enhanced (refreshes automatically; the bundle holds "
                                                      "its uuid as reference)")});
    fields.append({tr("Status"), status.text()});
    if (token.isLegacy()) {
        fields.append(
            {tr("Expires"), token.expiry.isValid() ? token.expiry.toString(Qt::ISODate) : tr("unknown")});
    } else {
        fields.append({tr("Expires"), tr("never")});
        const QString activation = Token::activationStatusName(token.activationStatus);
        if (!activation.isEmpty())
            fields.append({tr("Activation"), activation});
        fields.append({tr("Last refresh"), token.latestRefreshDate.isValid()
                                               ? token.latestRefreshDate.toString(Qt::ISODate)
                                               : tr("never")});
        if (token.nextScheduledRefreshDate.isValid())
            fields.append({tr("Next refresh"), token.nextScheduledRefreshDate.toString(Qt::ISODate)});
    }
    if (token.issueDate.isValid())
        fields.append({tr("Issued"), token.issueDate.toString(Qt::ISODate)});
    if (token.hasDetails) {
        fields.append({tr("Networks"), networksText(token.allowOnStaging, token.allowOnProduction)});
        fields.append({tr("Namespaces"), permissionsText(token.namespacePermissions)});
        fields.append({tr("EdgeWorker IDs"), token.restrictToEdgeWorkerIds.isEmpty()
                                                 ? tr("all")
                                                 : token.restrictToEdgeWorkerIds.join(QStringLiteral(", "))});
        if (!token.cpcode.isEmpty())
            fields.append({tr("CP code"), token.cpcode});
    }
    if (token.isLegacy())
        fields.append({tr("Value"), reveal ? token.value : tr("hidden (add --reveal to print the JWT)")});

    int width = 0;
    for (const auto& field : std::as_const(fields))
        width = std::max(width, int(field.first.size()) + 1);
    QString text;
    for (const auto& [label, value] : std::as_const(fields))
        text += (label + QLatin1Char(':')).leftJustified(width + 2) + value + QLatin1Char('\n');
    return text;
}

QString TokenOutput::retentionText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    if (seconds == 0)
        return tr("kept forever");
    if (seconds % 86400 == 0)
        return seconds == 86400 ? tr("1 day") : tr("%1 days").arg(seconds / 86400);
    return tr("%1 s").arg(seconds);
}

} // namespace edgekv::cli
