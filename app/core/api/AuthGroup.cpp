#include "api/AuthGroup.h"

#include "api/JsonValues.h"

namespace edgekv {

namespace {

bool allows(const AuthGroup& group, const QString& verb, Network network)
{
    const QString all = verb + QStringLiteral("_TOKEN");
    const QString staging = verb + QStringLiteral("_STAGING_TOKEN");
    return group.hasCapability(all) || (network == Network::Staging && group.hasCapability(staging));
}

} // namespace

bool AuthGroup::canCreateTokens(Network network) const
{
    return allows(*this, QStringLiteral("CREATE"), network);
}

bool AuthGroup::canViewTokens(Network network) const
{
    return allows(*this, QStringLiteral("VIEW"), network);
}

bool AuthGroup::canRevokeTokens(Network network) const
{
    return allows(*this, QStringLiteral("REVOKE"), network);
}

AuthGroup AuthGroup::fromJson(const QJsonObject& json)
{
    AuthGroup group;
    group.groupId = json::integer(json.value(QLatin1String("groupId")), -1);
    group.groupName = json::string(json.value(QLatin1String("groupName")));
    group.capabilities = json::stringList(json.value(QLatin1String("capabilities")));
    return group;
}

bool AuthGroup::operator==(const AuthGroup& other) const
{
    return groupId == other.groupId && groupName == other.groupName && capabilities == other.capabilities;
}

} // namespace edgekv
