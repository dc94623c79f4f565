#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace edgekv {

class Token;

// The body of POST /tokens (EDGEKV_API.md §1.1). An expiry makes it a legacy-model request; without one the
// API creates an enhanced (auto-refreshed) token.
struct TokenCreateRequest
{
    QString name;
    bool allowOnStaging = false;
    bool allowOnProduction = false;
    QMap<QString, QString> namespacePermissions; // bare namespace name -> letters of "rwd"
    QStringList restrictToEdgeWorkerIds;         // empty: every EdgeWorker ID (the field is left out)
    QDate expiry;                                // legacy only; invalid: no expiry is sent

    bool isLegacy() const { return expiry.isValid(); }

    // Real JSON booleans, permissions as arrays of single letters in r, w, d order, restrictToEdgeWorkerIds
    // only when not empty, expiry ("YYYY-MM-DD") only when set.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // compact

    // Whether token (as GET /tokens/{name} reports it) has what this request asked for: the name, the
    // networks, the permissions and the EdgeWorker IDs. Used when the answer to a create was lost.
    bool matches(const Token& token) const;
};

} // namespace edgekv
