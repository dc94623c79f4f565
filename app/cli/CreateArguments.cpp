#include "CreateArguments.h"

#include "api/EdgeKvClient.h"
#include "validation/TokenFormRules.h"

#include <QRegularExpression>

namespace edgekv::cli {

namespace {

QString orderedLetters(const QString& letters)
{
    QString ordered;
    for (const QChar letter : {QLatin1Char('r'), QLatin1Char('w'), QLatin1Char('d')}) {
        if (letters.contains(letter))
            ordered += letter;
    }
    return ordered;
}

} // namespace

QStringList CreateArguments::splitList(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::KeepEmptyParts))
            items << item.trimmed();
    }
    return items;
}

QString CreateArguments::namespacesProblem(const QStringList& specs, QMap<QString, QString>* permissions)
{
    permissions->clear();
    static const QRegularExpression separator(QStringLiteral("[=:]"));
    for (const QString& item : splitList(specs)) {
        const qsizetype at = item.indexOf(separator);
        if (item.isEmpty())
            return tr("An empty namespace was given; use --namespace NS=PERMS, e.g. --namespace default=rw.");
        if (at <= 0)
            return tr("“%1” is not NS=PERMS: give the namespace and its permissions, e.g. %1=r.").arg(item);
        const QString ns = item.left(at).trimmed();
        if (!EdgeKvClient::isValidNamespaceName(ns))
            return tr("“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.").arg(ns);
        if (permissions->contains(ns))
            return tr("Namespace “%1” is given twice; give it once with all its permissions.").arg(ns);
        permissions->insert(ns, item.mid(at + 1).trimmed().toLower());
    }
    TokenCreateRequest request;
    request.namespacePermissions = *permissions;
    if (const QString problem = TokenFormRules::namespacesProblem(request, TokenFormContext{});
        !problem.isEmpty())
        return problem;
    for (auto it = permissions->begin(); it != permissions->end(); ++it)
        it.value() = orderedLetters(it.value());
    return {};
}

QString CreateArguments::expiryProblem(const QString& text, const QDate& todayUtc, QDate* expiry)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return tr("“%1” is not a date: use YYYY-MM-DD, e.g. %2.")
            .arg(text, TokenFormRules::latestExpiry(todayUtc).toString(Qt::ISODate));
    if (const QString problem = TokenFormRules::expiryProblem(date, todayUtc); !problem.isEmpty())
        return problem;
    *expiry = date;
    return {};
}

TokenCreateRequest CreateArguments::toRequest(const QDate& todayUtc, QString* problem) const
{
    TokenCreateRequest request;
    request.name = name;
    request.allowOnStaging = staging;
    request.allowOnProduction = production;
    request.restrictToEdgeWorkerIds = splitList(edgeWorkerIds);
    problem->clear();
    // The form's order: name, networks, expiry, EdgeWorker IDs, namespaces; the command line's own syntax
    // checks come with the field they belong to.
    for (const QString& check :
         {TokenFormRules::nameProblem(name, {}), TokenFormRules::networksProblem(staging, production)}) {
        if (!check.isEmpty()) {
            *problem = check;
            return request;
        }
    }
    if (!expiry.isEmpty())
        *problem = expiryProblem(expiry, todayUtc, &request.expiry);
    if (problem->isEmpty())
        *problem = TokenFormRules::edgeWorkerIdsProblem(request.restrictToEdgeWorkerIds);
    if (problem->isEmpty())
        *problem = namespacesProblem(namespaceSpecs, &request.namespacePermissions);
    return request;
}

QString CreateArguments::namespacesOnAccountProblem(const TokenCreateRequest& request,
                                                    const QList<NamespaceInfo>& available,
                                                    std::optional<bool> accountRestrictDataAccess)
{
    if (available.isEmpty())
        return tr("The account has no namespaces on the chosen networks; “edgekv-tokens namespaces” lists "
                  "them.");
    TokenFormContext context;
    context.namespaces = available;
    context.accountRestrictDataAccess = accountRestrictDataAccess;
    return TokenFormRules::namespacesProblem(request, context);
}

} // namespace edgekv::cli
