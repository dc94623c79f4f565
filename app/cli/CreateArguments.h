#pragma once

#include "api/NamespaceInfo.h"
#include "api/TokenCreateRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace edgekv::cli {

// The arguments of `create` as typed, turned into a TokenCreateRequest with the form's rules
// (EDGEKV_API.md §3): the name, at least one network, 1 to 20 namespaces each with 1 to 3 unique letters
// of r, w, d, at most 8 numeric EdgeWorker IDs, and a legacy expiry from tomorrow to six months ahead.
// Every message says what is wrong and how to fix it.
class CreateArguments
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CreateArguments)

public:
    static constexpr int MaxNameLength = 32;
    static constexpr int MaxNamespaces = 20;
    static constexpr int MaxEdgeWorkerIds = 8;
    static constexpr int MaxExpiryMonths = 6;

    QString name;
    bool staging = false;
    bool production = false;
    QStringList namespaceSpecs; // "NS=PERMS", each maybe a comma-separated list of them
    QStringList edgeWorkerIds;  // each maybe a comma-separated list
    QString expiry;             // "YYYY-MM-DD" or empty

    // The request, or the first problem (then *problem is set and the request is incomplete).
    TokenCreateRequest toRequest(const QDate& todayUtc, QString* problem) const;

    // The individual checks, each an empty string when fine.
    static QString nameProblem(const QString& name);
    static QString networksProblem(bool staging, bool production);
    // Parses "ns=rwd" specs (also "ns:rwd") into *permissions (letters in r, w, d order).
    static QString namespacesProblem(const QStringList& specs, QMap<QString, QString>* permissions);
    static QString permissionsProblem(const QString& ns, const QString& letters, QString* normalised);
    static QString edgeWorkerIdsProblem(const QStringList& ids, QStringList* normalised);
    static QString expiryProblem(const QString& text, const QDate& todayUtc, QDate* expiry);
    // The latest legacy expiry allowed on todayUtc: six months ahead.
    static QDate latestExpiry(const QDate& todayUtc) { return todayUtc.addMonths(MaxExpiryMonths); }

    // What the namespaces of the account say about the request: every namespace exists on every chosen
    // network, and all share one data access policy. available: the namespaces of both networks merged
    // (NamespaceInfo::merged), with details.
    static QString namespacesOnAccountProblem(const TokenCreateRequest& request,
                                              const QList<NamespaceInfo>& available);
};

} // namespace edgekv::cli
