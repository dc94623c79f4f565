#pragma once

#include "api/Token.h"

#include <QDateTime>
#include <QTimeZone>

namespace edgekv::test {

// The mock "now" of the token tests: a Tuesday noon, UTC.
inline QDateTime tokensNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
}

// A legacy list item (name, uuid, expiry only, as GET /tokens returns it).
inline Token legacyToken(const QString& name, const QDate& expiry)
{
    Token token;
    token.name = name;
    token.uuid = QStringLiteral("uuid-") + name;
    token.model = Token::Model::Legacy;
    token.expiry = expiry;
    return token;
}

// An enhanced list item.
inline Token enhancedToken(const QString& name,
                           Token::ActivationStatus activation = Token::ActivationStatus::Complete,
                           const QDate& nextRefresh = QDate(2026, 5, 1))
{
    Token token;
    token.name = name;
    token.uuid = QStringLiteral("uuid-") + name;
    token.model = Token::Model::Enhanced;
    token.expiry = Token::neverExpiresDate();
    token.issueDate = QDate(2025, 11, 2);
    token.nextScheduledRefreshDate = nextRefresh;
    token.activationStatus = activation;
    return token;
}

// token with what GET /tokens/{name} adds.
inline Token withDetails(Token token, const QMap<QString, QString>& permissions, bool staging = true,
                         bool production = true, const QStringList& edgeWorkerIds = {})
{
    token.namespacePermissions = permissions;
    token.allowOnStaging = staging;
    token.allowOnProduction = production;
    token.restrictToEdgeWorkerIds = edgeWorkerIds;
    token.cpcode = QStringLiteral("1234567");
    token.hasDetails = true;
    return token;
}

} // namespace edgekv::test
