#pragma once

#include "api/ApiError.h"
#include "api/NamespaceInfo.h"
#include "api/TokenCreateRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace edgekv {

// What the rules need to know about the account besides the request itself.
struct TokenFormContext
{
    QStringList existingNames;       // the account's tokens; names are compared case-sensitively
    QList<NamespaceInfo> namespaces; // of the chosen networks (merged); empty: existence is not checked
    std::optional<bool> accountRestrictDataAccess; // GET /initialize; the policy of namespaces without one
    QDate todayUtc;
};

// The rules of a token create request (EDGEKV_API.md §1.1, §3), as messages a user can act on: each says
// what is wrong and how to fix it. No widgets: the create dialog and the command line share them.
// Every check returns an empty string when the value is fine.
class TokenFormRules
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::TokenFormRules)

public:
    static constexpr int MaxNameLength = 32;
    static constexpr int MaxNamespaces = 20;
    static constexpr int MaxEdgeWorkerIds = 8;
    static constexpr int MaxExpiryMonths = 6;

    enum class Field { None, Name, Networks, Expiry, EdgeWorkerIds, Namespaces };

    struct Problem
    {
        Field field = Field::None;
        QString message;
        bool operator==(const Problem& other) const
        {
            return field == other.field && message == other.message;
        }
    };

    // "<app>-<env>-<yyyy-mm>", and an example of it.
    static QString recommendedNamePattern();
    static QString exampleName(const QDate& month);

    static QString nameProblem(const QString& name, const QStringList& existingNames);
    static QString networksProblem(bool staging, bool production);

    // One ID as typed: a positive whole number.
    static QString edgeWorkerIdProblem(const QString& id);
    // The whole list: at most MaxEdgeWorkerIds valid, distinct IDs (empty: every EdgeWorker).
    static QString edgeWorkerIdsProblem(const QStringList& ids);

    // One namespace's letters: 1-3 distinct letters of r, w, d.
    static QString permissionProblem(const QString& nameSpace, const QString& letters);

    // The data access policy that applies to ns: its own, else the account's; nullopt when unknown.
    static std::optional<bool> restriction(const NamespaceInfo& ns, std::optional<bool> accountDefault);
    // Why ns cannot join the already ticked namespaces (a different data access policy); empty if it can.
    static QString policyConflict(const NamespaceInfo& ns, const QList<NamespaceInfo>& ticked,
                                  std::optional<bool> accountDefault);
    // Why ns cannot be in a token for these networks (it does not exist on one of them); empty if it can.
    static QString networkConflict(const NamespaceInfo& ns, bool staging, bool production);
    // "staging only", "production only", or empty when ns exists on both networks.
    static QString networkMark(const NamespaceInfo& ns);

    // Count (1..MaxNamespaces), letters, existence on the chosen networks and one data access policy.
    static QString namespacesProblem(const TokenCreateRequest& request, const TokenFormContext& context);

    // Legacy expiry: tomorrow .. six months ahead (UTC days). An invalid date means "no expiry" (enhanced).
    static QDate earliestExpiry(const QDate& todayUtc) { return todayUtc.addDays(1); }
    static QDate latestExpiry(const QDate& todayUtc) { return todayUtc.addMonths(MaxExpiryMonths); }
    static QString expiryProblem(const QDate& expiry, const QDate& todayUtc);

    // Every problem of request, in the order of the form's fields.
    static QList<Problem> check(const TokenCreateRequest& request, const TokenFormContext& context);

    // The old name with month's "-yyyy-mm" (replacing one the old name already ends with), at most
    // MaxNameLength characters and not one of existingNames.
    static QString renewalName(const QString& oldName, const QDate& month, const QStringList& existingNames);

    // The field a server's answer to a create concerns (409: the name; a 400 by what its text names).
    static Field fieldOf(const ApiError& error);
};

} // namespace edgekv
