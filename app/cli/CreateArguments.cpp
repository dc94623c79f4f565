#include "CreateArguments.h"

#include "api/EdgeKvClient.h"
#include "api/Token.h"

#include <QRegularExpression>

namespace edgekv::cli {

namespace {

QStringList splitList(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(QLatin1Char(','), Qt::KeepEmptyParts))
            items << item.trimmed();
    }
    return items;
}

} // namespace

QString CreateArguments::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("A token needs a name: 1 to 32 letters, digits, “_” or “-”.");
    if (name.size() > MaxNameLength)
        return tr("The token name “%1” is %2 characters long; use at most %3.")
            .arg(name)
            .arg(name.size())
            .arg(MaxNameLength);
    if (name.startsWith(QLatin1Char('-')))
        return tr("The token name “%1” starts with “-”; start it with a letter, a digit or “_”.").arg(name);
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]"));
    const QRegularExpressionMatch match = invalid.match(name);
    if (match.hasMatch())
        return tr("The token name “%1” contains “%2”; use only letters, digits, “_” and “-”.")
            .arg(name, match.captured());
    return {};
}

QString CreateArguments::networksProblem(bool staging, bool production)
{
    if (!staging && !production)
        return tr("Choose at least one network for the token: --staging, --production or both.");
    return {};
}

QString CreateArguments::permissionsProblem(const QString& ns, const QString& letters, QString* normalised)
{
    if (letters.isEmpty())
        return tr("Give namespace “%1” at least one permission: r (read), w (write), d (delete), e.g. %1=r.")
            .arg(ns);
    QString seen;
    for (const QChar letter : letters) {
        const QChar lower = letter.toLower();
        if (lower != QLatin1Char('r') && lower != QLatin1Char('w') && lower != QLatin1Char('d'))
            return tr("“%1” is not a permission (namespace “%2”): use r (read), w (write) and d (delete).")
                .arg(letter)
                .arg(ns);
        if (seen.contains(lower))
            return tr("Permission “%1” is given twice for namespace “%2”.").arg(lower).arg(ns);
        seen += lower;
    }
    normalised->clear();
    for (const QChar letter : {QLatin1Char('r'), QLatin1Char('w'), QLatin1Char('d')}) {
        if (seen.contains(letter))
            *normalised += letter;
    }
    return {};
}

QString CreateArguments::namespacesProblem(const QStringList& specs, QMap<QString, QString>* permissions)
{
    permissions->clear();
    const QStringList items = splitList(specs);
    if (items.isEmpty())
        return tr("Give at least one namespace with its permissions, e.g. --namespace default=r.");
    for (const QString& item : items) {
        const qsizetype separator = item.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        if (separator <= 0)
            return item.isEmpty() ? tr("An empty namespace was given; use --namespace NS=PERMS, e.g. "
                                       "--namespace default=rw.")
                                  : tr("“%1” is not NS=PERMS: give the namespace and its permissions, e.g. "
                                       "%1=r.")
                                        .arg(item);
        const QString ns = item.left(separator).trimmed();
        if (!EdgeKvClient::isValidNamespaceName(ns))
            return tr("“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.").arg(ns);
        if (permissions->contains(ns))
            return tr("Namespace “%1” is given twice; give it once with all its permissions.").arg(ns);
        QString letters;
        if (const QString problem = permissionsProblem(ns, item.mid(separator + 1).trimmed(), &letters);
            !problem.isEmpty())
            return problem;
        permissions->insert(ns, letters);
    }
    if (permissions->size() > MaxNamespaces)
        return tr("A token can cover at most %1 namespaces, but %2 were given.")
            .arg(MaxNamespaces)
            .arg(permissions->size());
    return {};
}

QString CreateArguments::edgeWorkerIdsProblem(const QStringList& ids, QStringList* normalised)
{
    normalised->clear();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    for (const QString& id : splitList(ids)) {
        if (!digits.match(id).hasMatch())
            return tr("“%1” is not an EdgeWorker ID: IDs are numbers, e.g. 42.").arg(id);
        if (normalised->contains(id))
            return tr("EdgeWorker ID %1 is given twice.").arg(id);
        normalised->append(id);
    }
    if (normalised->size() > MaxEdgeWorkerIds)
        return tr("A token can be limited to at most %1 EdgeWorker IDs, but %2 were given; leave them out "
                  "to allow every EdgeWorker.")
            .arg(MaxEdgeWorkerIds)
            .arg(normalised->size());
    return {};
}

QString CreateArguments::expiryProblem(const QString& text, const QDate& todayUtc, QDate* expiry)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return tr("“%1” is not a date: use YYYY-MM-DD, e.g. %2.")
            .arg(text, todayUtc.addMonths(3).toString(Qt::ISODate));
    if (date <= todayUtc)
        return tr("The expiry %1 is not in the future: choose a day from %2 (tomorrow) to %3 (six months "
                  "ahead).")
            .arg(text, todayUtc.addDays(1).toString(Qt::ISODate),
                 latestExpiry(todayUtc).toString(Qt::ISODate));
    if (date > latestExpiry(todayUtc))
        return tr("The expiry %1 is more than six months ahead: choose a day up to %2.")
            .arg(text, latestExpiry(todayUtc).toString(Qt::ISODate));
    *expiry = date;
    return {};
}

TokenCreateRequest CreateArguments::toRequest(const QDate& todayUtc, QString* problem) const
{
    TokenCreateRequest request;
    request.name = name;
    request.allowOnStaging = staging;
    request.allowOnProduction = production;
    *problem = nameProblem(name);
    if (problem->isEmpty())
        *problem = networksProblem(staging, production);
    if (problem->isEmpty())
        *problem = namespacesProblem(namespaceSpecs, &request.namespacePermissions);
    if (problem->isEmpty())
        *problem = edgeWorkerIdsProblem(edgeWorkerIds, &request.restrictToEdgeWorkerIds);
    if (problem->isEmpty() && !expiry.isEmpty())
        *problem = expiryProblem(expiry, todayUtc, &request.expiry);
    return request;
}

QString CreateArguments::namespacesOnAccountProblem(const TokenCreateRequest& request,
                                                    const QList<NamespaceInfo>& available)
{
    QString firstName;
    std::optional<bool> firstPolicy;
    for (auto it = request.namespacePermissions.cbegin(); it != request.namespacePermissions.cend(); ++it) {
        const QString& ns = it.key();
        const auto found = std::find_if(available.cbegin(), available.cend(),
                                        [&ns](const NamespaceInfo& info) { return info.name == ns; });
        if (found == available.cend())
            return tr("Namespace “%1” does not exist on this account; “%2 namespaces” lists the ones that "
                      "do.")
                .arg(ns, QStringLiteral("edgekv-tokens"));
        if (request.allowOnStaging && !found->onStaging)
            return tr("Namespace “%1” does not exist on the staging network; leave out --staging or choose "
                      "another namespace.")
                .arg(ns);
        if (request.allowOnProduction && !found->onProduction)
            return tr("Namespace “%1” does not exist on the production network; leave out --production or "
                      "choose another namespace.")
                .arg(ns);
        if (!found->restrictDataAccess)
            continue;
        if (!firstPolicy) {
            firstPolicy = found->restrictDataAccess;
            firstName = ns;
        } else if (*firstPolicy != *found->restrictDataAccess) {
            const auto policy = [](bool restricted) {
                return restricted ? tr("restricted") : tr("unrestricted");
            };
            return tr("Namespaces “%1” (%2 data access) and “%3” (%4 data access) cannot share a token: all "
                      "namespaces of a token need the same data access policy.")
                .arg(firstName, policy(*firstPolicy), ns, policy(*found->restrictDataAccess));
        }
    }
    return {};
}

} // namespace edgekv::cli
