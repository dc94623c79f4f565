#include "api/NamespaceInfo.h"

#include "api/JsonValues.h"

#include <QMap>

namespace edgekv {

QString networkName(Network network)
{
    return network == Network::Staging ? QStringLiteral("staging") : QStringLiteral("production");
}

std::optional<Network> networkFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("staging"))
        return Network::Staging;
    if (lower == QLatin1String("production"))
        return Network::Production;
    return std::nullopt;
}

NamespaceInfo NamespaceInfo::fromJson(const QJsonObject& json, Network network)
{
    NamespaceInfo info;
    info.name = json::string(json.value(QLatin1String("namespace")));
    if (info.name.isEmpty())
        info.name = json::string(json.value(QLatin1String("name")));
    info.onStaging = network == Network::Staging;
    info.onProduction = network == Network::Production;
    info.retentionInSeconds = json::integer(json.value(QLatin1String("retentionInSeconds")), -1);
    info.geoLocation = json::string(json.value(QLatin1String("geoLocation")));
    info.groupId = json::integer(json.value(QLatin1String("groupId")), -1);
    const QJsonValue policy = json.value(QLatin1String("dataAccessPolicy"));
    if (policy.isObject()) {
        const QJsonObject object = policy.toObject();
        const QJsonValue restrict = object.value(QLatin1String("restrictDataAccess"));
        if (restrict.isBool() || restrict.isString())
            info.restrictDataAccess = json::boolean(restrict);
        info.policyType = json::string(object.value(QLatin1String("policyType")));
    }
    info.hasDetails = json.contains(QLatin1String("retentionInSeconds")) ||
                      json.contains(QLatin1String("geoLocation")) ||
                      json.contains(QLatin1String("groupId")) || policy.isObject();
    return info;
}

QList<NamespaceInfo> NamespaceInfo::merged(const QList<NamespaceInfo>& staging,
                                           const QList<NamespaceInfo>& production)
{
    QMap<QString, NamespaceInfo> byName;
    for (const NamespaceInfo& info : staging)
        byName.insert(info.name, info);
    for (const NamespaceInfo& info : production) {
        auto it = byName.find(info.name);
        if (it == byName.end()) {
            byName.insert(info.name, info);
            continue;
        }
        const bool stagingHadDetails = it->hasDetails;
        if (!stagingHadDetails && info.hasDetails) {
            const bool onStaging = it->onStaging;
            *it = info;
            it->onStaging = onStaging;
        }
        it->onProduction = it->onProduction || info.onProduction;
    }
    return byName.values();
}

bool NamespaceInfo::operator==(const NamespaceInfo& other) const
{
    return name == other.name && onStaging == other.onStaging && onProduction == other.onProduction &&
           retentionInSeconds == other.retentionInSeconds && geoLocation == other.geoLocation &&
           groupId == other.groupId && restrictDataAccess == other.restrictDataAccess &&
           policyType == other.policyType && hasDetails == other.hasDetails;
}

} // namespace edgekv
