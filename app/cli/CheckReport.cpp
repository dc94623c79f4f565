#include "CheckReport.h"

#include "TextTable.h"

#include <QJsonArray>

namespace edgekv::cli {

namespace {

QJsonArray findingsJson(const QList<CheckFinding>& findings)
{
    QJsonArray array;
    for (const CheckFinding& finding : findings)
        array.append(QJsonObject{{QStringLiteral("severity"), CheckReport::severityKey(finding.severity)},
                                 {QStringLiteral("code"), finding.code},
                                 {QStringLiteral("message"), finding.message}});
    return array;
}

} // namespace

QString CheckReport::severityKey(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Ok:
        return QStringLiteral("ok");
    case CheckSeverity::Info:
        return QStringLiteral("info");
    case CheckSeverity::Warning:
        return QStringLiteral("warning");
    case CheckSeverity::Broken:
        return QStringLiteral("broken");
    }
    return QStringLiteral("ok");
}

QString CheckReport::kindKey(CheckedEntry::Kind kind)
{
    switch (kind) {
    case CheckedEntry::Kind::Legacy:
        return QStringLiteral("legacy");
    case CheckedEntry::Kind::Enhanced:
        return QStringLiteral("enhanced");
    case CheckedEntry::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject CheckReport::toJson(const BundleCheckResult& result, int warnDays, const QDate& todayUtc)
{
    QJsonArray entries;
    for (const CheckedEntry& entry : result.entries) {
        const bool expires = entry.expiry.isValid();
        entries.append(QJsonObject{
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("namespace"), entry.ns},
            {QStringLiteral("line"), entry.line},
            {QStringLiteral("tokenName"), entry.tokenName},
            {QStringLiteral("model"), kindKey(entry.kind)},
            {QStringLiteral("expiresAt"),
             expires ? QJsonValue(entry.expiry.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("daysLeft"), expires ? QJsonValue(todayUtc.daysTo(entry.expiry.toUTC().date()))
                                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("result"), severityKey(entry.severity())},
            {QStringLiteral("findings"), findingsJson(entry.findings)},
        });
    }
    return QJsonObject{
        {QStringLiteral("path"), result.path},
        {QStringLiteral("tokenFile"), result.tokenFilePath},
        {QStringLiteral("warnDays"), warnDays},
        {QStringLiteral("result"), severityKey(result.severity())},
        {QStringLiteral("exitCode"), result.exitCode()},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("fileFindings"), findingsJson(result.fileFindings)},
        {QStringLiteral("checksNotMade"), QJsonArray::fromStringList(result.checksNotMade)},
    };
}

QString CheckReport::toText(const BundleCheckResult& result, const QDate& todayUtc)
{
    QString text;
    if (!result.tokenFilePath.isEmpty())
        text += tr("Token file: %1\n").arg(result.tokenFilePath);
    if (!result.entries.isEmpty()) {
        TextTable table({tr("KEY"), tr("TOKEN"), tr("MODEL"), tr("EXPIRES"), tr("RESULT")});
        for (const CheckedEntry& entry : result.entries) {
            QString expires = entry.kind == CheckedEntry::Kind::Enhanced ? tr("never") : QStringLiteral("-");
            if (entry.expiry.isValid()) {
                const int days = int(todayUtc.daysTo(entry.expiry.toUTC().date()));
                expires = entry.expiry.toUTC().date().toString(Qt::ISODate) + QStringLiteral(" (") +
                          (days >= 0 ? tr("in %1 d").arg(days) : tr("%1 d ago").arg(-days)) +
                          QLatin1Char(')');
            }
            table.addRow({entry.key, entry.tokenName.isEmpty() ? QStringLiteral("-") : entry.tokenName,
                          kindKey(entry.kind), expires, severityKey(entry.severity())});
        }
        text += QLatin1Char('\n') + table.toString();
    }

    QStringList problems;
    const auto describe = [&problems](const QString& where, const CheckFinding& finding) {
        problems << QStringLiteral("  ") + severityKey(finding.severity).leftJustified(9) +
                        (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + finding.message;
    };
    for (const CheckFinding& finding : result.fileFindings)
        describe(QString(), finding);
    for (const CheckedEntry& entry : result.entries) {
        const QString where = entry.line > 0 ? tr("%1 (line %2)").arg(entry.key).arg(entry.line) : entry.key;
        for (const CheckFinding& finding : entry.findings)
            describe(where, finding);
    }
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Findings:\n") + problems.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!result.checksNotMade.isEmpty()) {
        text += QLatin1Char('\n') + tr("Not checked:\n");
        for (const QString& line : result.checksNotMade)
            text += QStringLiteral("  - ") + line + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    switch (result.severity()) {
    case CheckSeverity::Ok:
    case CheckSeverity::Info:
        text += tr("Result: ok.\n");
        break;
    case CheckSeverity::Warning:
        text += tr("Result: warnings (exit code 1).\n");
        break;
    case CheckSeverity::Broken:
        text += tr("Result: broken (exit code 2).\n");
        break;
    }
    return text;
}

} // namespace edgekv::cli
