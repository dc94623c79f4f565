#include "create/CreateTokenSummary.h"

#include "tokens/TokenFormatter.h"

#include <QLocale>

namespace edgekv {

QString CreateTokenSummary::html(const TokenCreateRequest& request, const QDate& todayUtc)
{
    const QString name = request.name.isEmpty() ? tr("(no name yet)") : request.name;
    QString kind;
    if (request.isLegacy())
        kind = tr("a legacy token that expires on %1 (%2)")
                   .arg(request.expiry.toString(Qt::ISODate),
                        TokenFormatter::relativeDays(int(todayUtc.daysTo(request.expiry))));
    else
        kind = tr("an enhanced token that refreshes automatically and never expires");
    const QString line = QStringLiteral("<b>%1</b> %2<br>");
    return QStringLiteral("<b>%1</b> — %2<br>").arg(name.toHtmlEscaped(), kind.toHtmlEscaped()) +
           line.arg(tr("Networks:"), networks(request).toHtmlEscaped()) +
           line.arg(tr("EdgeWorkers:"), edgeWorkers(request).toHtmlEscaped()) +
           QStringLiteral("<b>%1</b> %2").arg(tr("Namespaces:"), namespaces(request).toHtmlEscaped());
}

QString CreateTokenSummary::networks(const TokenCreateRequest& request)
{
    if (request.allowOnStaging && request.allowOnProduction)
        return tr("staging and production");
    if (request.allowOnStaging)
        return tr("staging only");
    if (request.allowOnProduction)
        return tr("production only");
    return tr("none chosen yet");
}

QString CreateTokenSummary::edgeWorkers(const TokenCreateRequest& request)
{
    if (request.restrictToEdgeWorkerIds.isEmpty())
        return tr("every EdgeWorker of the account");
    return tr("only %1").arg(QLocale().createSeparatedList(request.restrictToEdgeWorkerIds));
}

QString CreateTokenSummary::namespaces(const TokenCreateRequest& request)
{
    if (request.namespacePermissions.isEmpty())
        return tr("none chosen yet");
    QStringList parts;
    for (auto it = request.namespacePermissions.begin(); it != request.namespacePermissions.end(); ++it)
        parts << tr("%1 (%2)").arg(it.key(), TokenFormatter::permissionWords(it.value()));
    return parts.join(QStringLiteral(", "));
}

} // namespace edgekv
