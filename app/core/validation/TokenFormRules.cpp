#include "validation/TokenFormRules.h"

#include "api/ApiError.h"

#include <QRegularExpression>
#include <QSet>

namespace edgekv {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

// "a", "a and b", "a, b and c".
QString joined(const QStringList& items)
{
    if (items.size() < 2)
        return items.value(0);
    return TokenFormRules::tr("%1 and %2")
        .arg(QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")), items.last());
}

QString listOf(const QStringList& names)
{
    QStringList items;
    for (const QString& name : names)
        items << quoted(name);
    return joined(items);
}

QString trimmedName(QString name)
{
    while (!name.isEmpty() && (name.endsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('_'))))
        name.chop(1);
    return name;
}

} // namespace

QString TokenFormRules::recommendedNamePattern()
{
    return tr("<app>-<env>-<yyyy-mm>");
}

QString TokenFormRules::exampleName(const QDate& month)
{
    return QStringLiteral("checkout-prod-") + month.toString(QStringLiteral("yyyy-MM"));
}

QString TokenFormRules::nameProblem(const QString& name, const QStringList& existingNames)
{
    if (name.isEmpty())
        return tr("Enter a name for the token: 1 to %1 letters, digits, _ or -.").arg(MaxNameLength);
    QStringList bad;
    for (const QChar c : name) {
        if (isNameChar(c))
            continue;
        const QString shown = c.isSpace() ? tr("a space") : quoted(QString(c));
        if (!bad.contains(shown))
            bad << shown;
    }
    if (!bad.isEmpty())
        return tr("The name contains %1, which a token name cannot have. Use only letters (A–Z, a–z), "
                  "digits, "
                  "_ and -.")
            .arg(joined(bad));
    if (name.startsWith(QLatin1Char('-')))
        return tr("A token name cannot start with “-”. Start it with a letter, a digit or _.");
    if (name.size() > MaxNameLength) {
        const int extra = int(name.size()) - MaxNameLength;
        if (extra == 1)
            return tr("The name has %1 characters; the limit is %2. Remove 1 character.")
                .arg(name.size())
                .arg(MaxNameLength);
        return tr("The name has %1 characters; the limit is %2. Remove %3 characters.")
            .arg(name.size())
            .arg(MaxNameLength)
            .arg(extra);
    }
    if (existingNames.contains(name))
        return tr("This account already has a token named %1. Choose another name, for example with the "
                  "month added.")
            .arg(quoted(name));
    return {};
}

QString TokenFormRules::networksProblem(bool staging, bool production)
{
    if (!staging && !production)
        return tr("Choose at least one network: Staging, Production or both.");
    return {};
}

QString TokenFormRules::edgeWorkerIdProblem(const QString& id)
{
    if (id.isEmpty())
        return tr("Enter an EdgeWorker ID, a number such as 4242.");
    static const QRegularExpression digits(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,19}")));
    bool ok = false;
    const qulonglong value = id.toULongLong(&ok);
    if (!digits.match(id).hasMatch() || !ok || value == 0)
        return tr("%1 is not an EdgeWorker ID: IDs are whole numbers such as 4242 (Control Center lists them "
                  "under EdgeWorkers).")
            .arg(quoted(id));
    return {};
}

QString TokenFormRules::edgeWorkerIdsProblem(const QStringList& ids)
{
    for (const QString& id : ids) {
        const QString problem = edgeWorkerIdProblem(id);
        if (!problem.isEmpty())
            return problem;
    }
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (seen.contains(id))
            return tr("EdgeWorker ID %1 is listed twice; remove one.").arg(id);
        seen.insert(id);
    }
    if (ids.size() > MaxEdgeWorkerIds)
        return tr("A token can be limited to at most %1 EdgeWorker IDs; %2 are listed. Remove %3, or remove "
                  "all "
                  "of them to let every EdgeWorker use the token.")
            .arg(MaxEdgeWorkerIds)
            .arg(ids.size())
            .arg(ids.size() - MaxEdgeWorkerIds);
    return {};
}

QString TokenFormRules::permissionProblem(const QString& nameSpace, const QString& letters)
{
    if (letters.isEmpty())
        return tr("Namespace %1 has no permission: tick Read, Write or Delete, or leave it out.")
            .arg(quoted(nameSpace));
    QSet<QChar> seen;
    for (const QChar letter : letters) {
        if (letter != QLatin1Char('r') && letter != QLatin1Char('w') && letter != QLatin1Char('d'))
            return tr("Namespace %1 has the permission %2; permissions are r (read), w (write) and d "
                      "(delete).")
                .arg(quoted(nameSpace), quoted(QString(letter)));
        if (seen.contains(letter))
            return tr("Namespace %1 has the permission %2 twice.")
                .arg(quoted(nameSpace), quoted(QString(letter)));
        seen.insert(letter);
    }
    return {};
}

std::optional<bool> TokenFormRules::restriction(const NamespaceInfo& ns, std::optional<bool> accountDefault)
{
    return ns.restrictDataAccess ? ns.restrictDataAccess : accountDefault;
}

QString TokenFormRules::policyConflict(const NamespaceInfo& ns, const QList<NamespaceInfo>& ticked,
                                       std::optional<bool> accountDefault)
{
    const std::optional<bool> own = restriction(ns, accountDefault);
    if (!own)
        return {};
    QStringList others;
    for (const NamespaceInfo& other : ticked) {
        const std::optional<bool> theirs = restriction(other, accountDefault);
        if (other.name != ns.name && theirs && *theirs != *own)
            others << other.name;
    }
    if (others.isEmpty())
        return {};
    const QString what =
        *own ? tr("%1 restricts data access, but the namespaces already ticked (%2) do not.")
             : tr("%1 does not restrict data access, but the namespaces already ticked (%2) do.");
    return what.arg(quoted(ns.name), listOf(others)) + QLatin1Char(' ') +
           tr("All namespaces of one token must share a data access policy: untick those to choose this one, "
              "or create a second token for it.");
}

QString TokenFormRules::networkConflict(const NamespaceInfo& ns, bool staging, bool production)
{
    if (staging && production && ns.onStaging != ns.onProduction)
        return ns.onStaging ? tr("%1 exists only on staging, and the token is for production too. Untick "
                                 "Production, or leave this namespace out.")
                                  .arg(quoted(ns.name))
                            : tr("%1 exists only on production, and the token is for staging too. Untick "
                                 "Staging, or leave this namespace out.")
                                  .arg(quoted(ns.name));
    if (staging && !ns.onStaging && !production)
        return tr("%1 does not exist on staging. Tick Production to use it.").arg(quoted(ns.name));
    if (production && !ns.onProduction && !staging)
        return tr("%1 does not exist on production. Tick Staging to use it.").arg(quoted(ns.name));
    return {};
}

QString TokenFormRules::networkMark(const NamespaceInfo& ns)
{
    if (ns.onStaging && !ns.onProduction)
        return tr("staging only");
    if (ns.onProduction && !ns.onStaging)
        return tr("production only");
    return {};
}

QString TokenFormRules::namespacesProblem(const TokenCreateRequest& request, const TokenFormContext& context)
{
    const auto& permissions = request.namespacePermissions;
    if (permissions.isEmpty())
        return tr("Give the token access to at least one namespace: tick Read, Write or Delete in its row.");
    if (permissions.size() > MaxNamespaces)
        return tr("A token can cover at most %1 namespaces; %2 are ticked. Untick %3.")
            .arg(MaxNamespaces)
            .arg(permissions.size())
            .arg(permissions.size() - MaxNamespaces);
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        const QString problem = permissionProblem(it.key(), it.value());
        if (!problem.isEmpty())
            return problem;
    }
    if (context.namespaces.isEmpty())
        return {};
    QMap<QString, NamespaceInfo> known;
    for (const NamespaceInfo& ns : context.namespaces)
        known.insert(ns.name, ns);
    QList<NamespaceInfo> ticked;
    for (const QString& name : permissions.keys()) {
        const auto it = known.constFind(name);
        if (it == known.cend())
            return tr("Namespace %1 does not exist on the chosen networks; leave it out.").arg(quoted(name));
        const QString problem = networkConflict(*it, request.allowOnStaging, request.allowOnProduction);
        if (!problem.isEmpty())
            return problem;
        ticked << *it;
    }
    QStringList restricted;
    QStringList open;
    for (const NamespaceInfo& ns : ticked) {
        const std::optional<bool> policy = restriction(ns, context.accountRestrictDataAccess);
        if (policy)
            (*policy ? restricted : open) << ns.name;
    }
    if (!restricted.isEmpty() && !open.isEmpty())
        return tr("The ticked namespaces mix data access policies (restricted: %1; not restricted: %2). All "
                  "namespaces of one token must share a policy; untick one group.")
            .arg(listOf(restricted), listOf(open));
    return {};
}

QString TokenFormRules::expiryProblem(const QDate& expiry, const QDate& todayUtc)
{
    if (!expiry.isValid())
        return {};
    if (expiry < earliestExpiry(todayUtc))
        return tr("The expiry must be tomorrow (%1) or later.")
            .arg(earliestExpiry(todayUtc).toString(Qt::ISODate));
    if (expiry > latestExpiry(todayUtc))
        return tr("The expiry can be at most six months ahead: %1 or earlier.")
            .arg(latestExpiry(todayUtc).toString(Qt::ISODate));
    return {};
}

QList<TokenFormRules::Problem> TokenFormRules::check(const TokenCreateRequest& request,
                                                     const TokenFormContext& context)
{
    QList<Problem> problems;
    const auto add = [&problems](Field field, const QString& message) {
        if (!message.isEmpty())
            problems.append(Problem{field, message});
    };
    add(Field::Name, nameProblem(request.name, context.existingNames));
    add(Field::Networks, networksProblem(request.allowOnStaging, request.allowOnProduction));
    add(Field::Expiry, expiryProblem(request.expiry, context.todayUtc));
    add(Field::EdgeWorkerIds, edgeWorkerIdsProblem(request.restrictToEdgeWorkerIds));
    add(Field::Namespaces, namespacesProblem(request, context));
    return problems;
}

QString TokenFormRules::renewalName(const QString& oldName, const QDate& month,
                                    const QStringList& existingNames)
{
    static const QRegularExpression monthSuffix(QStringLiteral("[-_](19|20)[0-9]{2}-?[01][0-9]$"));
    QString base = trimmedName(QString(oldName).remove(monthSuffix));
    if (base.isEmpty() || base.startsWith(QLatin1Char('-')))
        base = QStringLiteral("token");
    const QString monthPart = QLatin1Char('-') + month.toString(QStringLiteral("yyyy-MM"));
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? monthPart : monthPart + QLatin1Char('-') + QString::number(n);
        const QString candidate = trimmedName(base.left(MaxNameLength - int(suffix.size()))) + suffix;
        if (!existingNames.contains(candidate))
            return candidate;
    }
}

TokenFormRules::Field TokenFormRules::fieldOf(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Http)
        return Field::None;
    if (error.cause() == ApiError::Cause::Duplicate)
        return Field::Name;
    if (error.cause() != ApiError::Cause::BadRequest && error.cause() != ApiError::Cause::NamespaceNotFound)
        return Field::None;
    const QString text = (error.detail + QLatin1Char(' ') + error.title + QLatin1Char(' ') +
                          error.errors.join(QLatin1Char(' ')))
                             .toLower();
    if (text.contains(QLatin1String("namespace")) || text.contains(QLatin1String("permission")) ||
        text.contains(QLatin1String("data access")))
        return Field::Namespaces;
    if (text.contains(QLatin1String("expiry")))
        return Field::Expiry;
    if (text.contains(QLatin1String("edgeworker")))
        return Field::EdgeWorkerIds;
    if (text.contains(QLatin1String("allowon")) || text.contains(QLatin1String("network")))
        return Field::Networks;
    if (text.contains(QLatin1String("name")))
        return Field::Name;
    return Field::None;
}

} // namespace edgekv
