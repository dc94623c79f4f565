#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace edgekv {

// The two EdgeKV networks; a namespace exists separately on each.
enum class Network { Staging, Production };

QString networkName(Network network); // "staging" / "production", as in the API's paths
std::optional<Network> networkFromName(const QString& name);

// One namespace as GET /networks/{network}/namespaces[?details=on] or GET .../namespaces/{ns} reports it
// (EDGEKV_API.md §2). Without details only the name is known (hasDetails false).
struct NamespaceInfo
{
    QString name;
    // The networks it was reported on: the list call sets the one it asked; merged() combines both.
    bool onStaging = false;
    bool onProduction = false;
    qint64 retentionInSeconds = -1; // 0: kept forever; -1: not reported
    QString geoLocation;            // "US" | "EU" | "JP"
    qint64 groupId = -1;            // 0: every access group; -1: not reported
    std::optional<bool> restrictDataAccess;
    QString policyType; // "inherited" | "overridden"
    bool hasDetails = false;

    bool existsOn(Network network) const { return network == Network::Staging ? onStaging : onProduction; }

    // Reads one namespace object; network sets onStaging or onProduction.
    static NamespaceInfo fromJson(const QJsonObject& json, Network network);
    // The union of the namespaces of both networks, by name (sorted), with both network flags set where a
    // namespace exists on both. Details come from the staging entry when both have them.
    static QList<NamespaceInfo> merged(const QList<NamespaceInfo>& staging,
                                       const QList<NamespaceInfo>& production);

    bool operator==(const NamespaceInfo& other) const;
    bool operator!=(const NamespaceInfo& other) const { return !(*this == other); }
};

} // namespace edgekv
