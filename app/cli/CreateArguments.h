#pragma once

#include "api/NamespaceInfo.h"
#include "api/TokenCreateRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace edgekv::cli {

// The arguments of `create` as typed, turned into a TokenCreateRequest. What is particular to a command
// line is checked here: the NS=PERMS syntax, namespace names, comma-separated lists, the YYYY-MM-DD form of
// a date. Every rule of the request itself is the create form's (TokenFormRules), with its messages.
class CreateArguments
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::cli::CreateArguments)

public:
    QString name;
    bool staging = false;
    bool production = false;
    QStringList namespaceSpecs; // "NS=PERMS" (or "NS:PERMS"), each maybe a comma-separated list of them
    QStringList edgeWorkerIds;  // each maybe a comma-separated list
    QString expiry;             // "YYYY-MM-DD" or empty

    // The request, or the first problem (then *problem is set and the request is incomplete).
    TokenCreateRequest toRequest(const QDate& todayUtc, QString* problem) const;

    // Parses "ns=rwd" specs into *permissions (lower case, in r, w, d order once valid).
    static QString namespacesProblem(const QStringList& specs, QMap<QString, QString>* permissions);
    static QString expiryProblem(const QString& text, const QDate& todayUtc, QDate* expiry);
    // "1,2", "3" -> "1", "2", "3".
    static QStringList splitList(const QStringList& values);

    // What the account's namespaces say about the request (TokenFormRules): each exists on every chosen
    // network, and all share one data access policy. available: both networks merged, with details.
    static QString namespacesOnAccountProblem(const TokenCreateRequest& request,
                                              const QList<NamespaceInfo>& available,
                                              std::optional<bool> accountRestrictDataAccess = std::nullopt);
};

} // namespace edgekv::cli
