#pragma once

#include "api/NamespaceInfo.h"
#include "api/Token.h"
#include "tokens/TokenStatus.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace edgekv::cli {

// How tokens and namespaces look on the command line: JSON with the API's field names (EDGEKV_API.md
// §1.1, §2.1) plus the computed status, and short texts for tables.
class TokenOutput
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::TokenOutput)

public:
    // Stable machine names of TokenStatus kinds: "expired", "activation-error", "expires-today",
    // "expires-soon", "expires-later", "activating", "valid", "auto-refresh".
    static QString statusKey(TokenStatus::Kind kind);

    // name, uuid, expiry, issueDate, latestRefreshDate, nextScheduledRefreshDate, tokenActivationStatus
    // (enhanced), and with details allowOnStaging, allowOnProduction, namespacePermissions,
    // restrictToEdgeWorkerIds, cpcode; plus "model", "status", "daysLeft" (null when it never expires).
    // "value" (the JWT, a secret) only when includeValue.
    static QJsonObject tokenJson(const Token& token, const TokenStatus& status, bool includeValue = false);
    // namespace, networks, and with details retentionInSeconds, geoLocation, groupId, dataAccessPolicy.
    static QJsonObject namespaceJson(const NamespaceInfo& info);

    // "staging, production", "staging", "production", "none".
    static QString networksText(bool staging, bool production);
    // "default:rwd, marketing:r"; "none" when empty.
    static QString permissionsText(const QMap<QString, QString>& permissions);
    // Legacy: the expiry date; enhanced: the next scheduled refresh, or "auto-refresh".
    static QString expiresText(const Token& token);
    // "legacy" / "enhanced".
    static QString modelKey(const Token& token);
    // "Name: ...", one field a line, for show, create and refresh. The JWT value only when reveal.
    static QString detailsText(const Token& token, const TokenStatus& status, bool reveal);
    // 0 -> "kept forever"; whole days as "180 days"; else seconds.
    static QString retentionText(qint64 seconds);
};

} // namespace edgekv::cli
