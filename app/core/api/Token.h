#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace edgekv {

// One EdgeKV access token as the API reports it, of either model (EDGEKV_API.md §1).
// A list item carries only name, uuid and dates; hasDetails says whether the per-token fields
// (permissions, networks, EdgeWorker IDs, cpcode) were present, i.e. it came from GET /tokens/{name}.
class Token
{
public:
    enum class Model { Legacy, Enhanced };
    enum class ActivationStatus { Unknown, InProgress, Complete, Error };

    QString name;
    QString uuid;
    Model model = Model::Enhanced;
    QDate expiry; // neverExpiresDate() for enhanced tokens; invalid when the API left it out
    QDate issueDate;
    QDate latestRefreshDate; // invalid: never refreshed (JSON null) or not reported
    QDate nextScheduledRefreshDate;
    ActivationStatus activationStatus = ActivationStatus::Unknown;
    bool allowOnStaging = false;
    bool allowOnProduction = false;
    QMap<QString, QString> namespacePermissions; // bare namespace name -> letters in "rwd" order
    QStringList restrictToEdgeWorkerIds;         // empty: every EdgeWorker ID
    QString cpcode;
    QString value; // legacy JWT: a secret, never logged or put into messages
    bool hasDetails = false;

    // The expiry the API reports for enhanced tokens: 9999-12-31.
    static QDate neverExpiresDate() { return QDate(9999, 12, 31); }
    bool expiresNever() const { return expiry == neverExpiresDate(); }
    bool isLegacy() const { return model == Model::Legacy; }

    // Tolerant of missing, null and oddly typed fields (booleans as strings, numbers for strings,
    // dates with a time part). The model is legacy when a value is present or the expiry is a real date;
    // without either, enhanced.
    static Token fromJson(const QJsonObject& json);

    // 1-32 characters of [A-Za-z0-9_-], not starting with '-' (EDGEKV_API.md §3).
    static bool isValidName(const QString& name);

    static QString activationStatusName(ActivationStatus status); // "IN_PROGRESS", ...; empty for Unknown
    static ActivationStatus activationStatusFromName(const QString& name);

    bool operator==(const Token& other) const;
    bool operator!=(const Token& other) const { return !(*this == other); }
};

// The answer to DELETE /tokens/{name}. uuid is empty when a retried revoke found the token already gone.
struct RevokedToken
{
    QString name;
    QString uuid;
    bool alreadyGone = false;
};

} // namespace edgekv
