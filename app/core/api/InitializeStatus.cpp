#include "api/InitializeStatus.h"

#include "api/JsonValues.h"

namespace edgekv {

InitializeStatus::State InitializeStatus::stateFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("INITIALIZED"))
        return State::Initialized;
    if (upper == QLatin1String("UNINITIALIZED"))
        return State::Uninitialized;
    if (upper == QLatin1String("PENDING"))
        return State::Pending;
    return State::Unknown;
}

bool InitializeStatus::looksLikeStatus(const QJsonObject& json)
{
    return json.value(QLatin1String("accountStatus")).isString();
}

InitializeStatus InitializeStatus::fromJson(const QJsonObject& json)
{
    InitializeStatus status;
    status.accountStatus = stateFromName(json::string(json.value(QLatin1String("accountStatus"))));
    status.productionStatus = stateFromName(json::string(json.value(QLatin1String("productionStatus"))));
    status.stagingStatus = stateFromName(json::string(json.value(QLatin1String("stagingStatus"))));
    status.cpcode = json::string(json.value(QLatin1String("cpcode")));
    const QJsonValue policy = json.value(QLatin1String("dataAccessPolicy"));
    if (policy.isObject()) {
        const QJsonObject object = policy.toObject();
        const QJsonValue restrict = object.value(QLatin1String("restrictDataAccess"));
        if (!restrict.isUndefined() && !restrict.isNull())
            status.restrictDataAccess = json::boolean(restrict);
        const QJsonValue override = object.value(QLatin1String("allowNamespacePolicyOverride"));
        if (!override.isUndefined() && !override.isNull())
            status.allowNamespacePolicyOverride = json::boolean(override);
    }
    return status;
}

bool InitializeStatus::operator==(const InitializeStatus& other) const
{
    return accountStatus == other.accountStatus && productionStatus == other.productionStatus &&
           stagingStatus == other.stagingStatus && cpcode == other.cpcode &&
           restrictDataAccess == other.restrictDataAccess &&
           allowNamespacePolicyOverride == other.allowNamespacePolicyOverride;
}

} // namespace edgekv
