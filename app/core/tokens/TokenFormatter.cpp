#include "tokens/TokenFormatter.h"

#include <algorithm>

namespace edgekv {

namespace {

QString dotSeparator()
{
    return QStringLiteral(" \u00B7 ");
}

} // namespace

QString TokenFormatter::date(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : unknown();
}

QString TokenFormatter::relativeDays(int days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    return days > 0 ? tr("in %n days", nullptr, days) : tr("%n days ago", nullptr, -days);
}

QString TokenFormatter::unknown()
{
    return QStringLiteral("\u2014");
}

QString TokenFormatter::expires(const Token& token)
{
    if (!token.expiresNever())
        return date(token.expiry);
    if (token.nextScheduledRefreshDate.isValid())
        return tr("Never \u2014 next refresh %1").arg(date(token.nextScheduledRefreshDate));
    return tr("Never");
}

QString TokenFormatter::expiresToolTip(const Token& token)
{
    if (!token.expiresNever()) {
        if (!token.expiry.isValid())
            return tr("The API did not report an expiry date.");
        return tr("Expiry date (UTC): %1").arg(date(token.expiry));
    }
    const QString last = token.latestRefreshDate.isValid() ? date(token.latestRefreshDate) : tr("never");
    const QString next =
        token.nextScheduledRefreshDate.isValid() ? date(token.nextScheduledRefreshDate) : tr("unknown");
    return tr("Never expires: Akamai refreshes this token automatically.\nLast refresh: %1\nNext scheduled "
              "refresh: %2")
        .arg(last, next);
}

QString TokenFormatter::networks(const Token& token)
{
    QStringList networks;
    if (token.allowOnStaging)
        networks << tr("Staging");
    if (token.allowOnProduction)
        networks << tr("Production");
    return networks.isEmpty() ? tr("None") : networks.join(dotSeparator());
}

QString TokenFormatter::networksToolTip(const Token& token)
{
    if (token.allowOnStaging && token.allowOnProduction)
        return tr("EdgeWorkers may use this token on the staging and production networks.");
    if (token.allowOnStaging)
        return tr("EdgeWorkers may use this token on the staging network only.");
    if (token.allowOnProduction)
        return tr("EdgeWorkers may use this token on the production network only.");
    return tr("This token is allowed on no network.");
}

QString TokenFormatter::namespaces(const Token& token)
{
    QStringList parts;
    for (const QString& name : sortedNamespaces(token))
        parts << name + QLatin1Char(' ') + token.namespacePermissions.value(name);
    return parts.isEmpty() ? unknown() : parts.join(dotSeparator());
}

QString TokenFormatter::namespacesToolTip(const Token& token)
{
    QStringList lines;
    for (const QString& name : sortedNamespaces(token))
        lines << tr("%1: %2").arg(name, permissionWords(token.namespacePermissions.value(name)));
    return lines.join(QLatin1Char('\n'));
}

QString TokenFormatter::edgeWorkerIds(const Token& token)
{
    return token.restrictToEdgeWorkerIds.isEmpty() ? tr("All")
                                                   : token.restrictToEdgeWorkerIds.join(QStringLiteral(", "));
}

QString TokenFormatter::edgeWorkerIdsToolTip(const Token& token)
{
    if (token.restrictToEdgeWorkerIds.isEmpty())
        return tr("Every EdgeWorker ID may use this token.");
    return tr("Only these EdgeWorker IDs may use this token: %1")
        .arg(token.restrictToEdgeWorkerIds.join(QStringLiteral(", ")));
}

QStringList TokenFormatter::sortedNamespaces(const Token& token)
{
    QStringList names = token.namespacePermissions.keys();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const int folded = QString::compare(a, b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

QString TokenFormatter::permissionWords(const QString& letters)
{
    QStringList words;
    if (letters.contains(QLatin1Char('r')))
        words << tr("read");
    if (letters.contains(QLatin1Char('w')))
        words << tr("write");
    if (letters.contains(QLatin1Char('d')))
        words << tr("delete");
    return words.join(QStringLiteral(", "));
}

} // namespace edgekv
