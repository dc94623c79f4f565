#pragma once

#include "api/NamespaceInfo.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace edgekv {

// One permission (access) group of GET /auth/groups (EDGEKV_API.md §2.4), with its EdgeKV capabilities
// such as "CREATE_TOKEN" or "VIEW_STAGING_TOKEN".
struct AuthGroup
{
    qint64 groupId = -1;
    QString groupName;
    QStringList capabilities;

    bool hasCapability(const QString& capability) const { return capabilities.contains(capability); }
    // CREATE_TOKEN covers both networks; CREATE_STAGING_TOKEN staging only. Likewise for view and revoke.
    bool canCreateTokens(Network network) const;
    bool canViewTokens(Network network) const;
    bool canRevokeTokens(Network network) const;

    static AuthGroup fromJson(const QJsonObject& json);

    bool operator==(const AuthGroup& other) const;
    bool operator!=(const AuthGroup& other) const { return !(*this == other); }
};

} // namespace edgekv
