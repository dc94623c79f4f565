#pragma once

#include "api/Token.h"

#include <QCoreApplication>
#include <QStringList>

namespace edgekv {

// The texts of a token's fields as the table and the details panel show them. Dates are ISO (UTC days, as
// the API reports them); a value the API did not report is an em dash.
class TokenFormatter
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::TokenFormatter)

public:
    static QString date(const QDate& date);
    // "today", "tomorrow", "in 5 days", "yesterday", "3 days ago": a day relative to today.
    static QString relativeDays(int days);
    static QString unknown(); // "—"

    // "2026-03-07"; "Never — next refresh 2026-05-01" for enhanced tokens.
    static QString expires(const Token& token);
    static QString expiresToolTip(const Token& token);
    // "Staging · Production", "Staging", "Production", "None".
    static QString networks(const Token& token);
    static QString networksToolTip(const Token& token);
    // "default rwd · marketing r", by namespace name.
    static QString namespaces(const Token& token);
    // One line per namespace: "default: read, write, delete".
    static QString namespacesToolTip(const Token& token);
    // "All" or "1234, 5678".
    static QString edgeWorkerIds(const Token& token);
    static QString edgeWorkerIdsToolTip(const Token& token);

    // Namespace names sorted case-insensitively.
    static QStringList sortedNamespaces(const Token& token);
    // "read, write" for "rw".
    static QString permissionWords(const QString& letters);
};

} // namespace edgekv
