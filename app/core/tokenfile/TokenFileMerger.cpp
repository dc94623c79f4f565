#include "tokenfile/TokenFileMerger.h"

#include <QCoreApplication>
#include <QSet>

namespace edgekv {

namespace {} // namespace

QString TokenFileMerger::entriesProblem(const QList<TokenFileEntry>& entries)
{
    QSet<QString> seen;
    for (const TokenFileEntry& entry : entries) {
        const QString problem = entry.problem();
        if (!problem.isEmpty())
            return problem;
        if (seen.contains(entry.ns)) {
            return QCoreApplication::translate(
                       "edgekv::TokenFileMerger",
                       "Two tokens are chosen for namespace %1; an edgekv_tokens.js holds one per namespace.")
                .arg(entry.ns);
        }
        seen.insert(entry.ns);
    }
    return QString();
}

std::variant<TokenFileMergeResult, TokenFileError>
TokenFileMerger::merge(const ParsedTokenFile& existing, const QList<TokenFileEntry>& entries)
{
    const QString problem = entriesProblem(entries);
    if (!problem.isEmpty())
        return TokenFileError{QString(), 0, problem};

    TokenFileMergeResult result;
    result.entries = existing.entries;
    result.report.normalised = existing.normalised;
    result.report.notices = existing.notices;

    QSet<QString> exported;
    for (const TokenFileEntry& entry : entries) {
        const QString key = entry.key();
        exported.insert(key);
        const QJsonObject fresh = entry.toJson();
        const auto old = existing.entries.constFind(key);
        if (old == existing.entries.constEnd()) {
            result.report.added << key;
        } else if (old.value() == QJsonValue(fresh)) {
            result.report.unchanged << key;
        } else {
            const QJsonValue oldName = old.value().toObject().value(QStringLiteral("name"));
            result.report.replaced.append(
                TokenReplacement{key, oldName.isString() ? oldName.toString() : QString(), entry.tokenName});
        }
        result.entries.insert(key, fresh);
    }
    for (auto it = existing.entries.constBegin(); it != existing.entries.constEnd(); ++it) {
        if (!exported.contains(it.key()))
            result.report.kept << it.key();
    }
    return result;
}

QStringList TokenFileMergeReport::lines() const
{
    QStringList result;
    for (const QString& key : added)
        result << QCoreApplication::translate("edgekv::TokenFileMerger", "Added %1.").arg(key);
    for (const TokenReplacement& replacement : replaced) {
        if (replacement.oldTokenName == replacement.newTokenName) {
            result << QCoreApplication::translate("edgekv::TokenFileMerger",
                                                  "Replaced %1 with a new entry of token %2.")
                          .arg(replacement.key, replacement.newTokenName);
        } else if (replacement.oldTokenName.isEmpty()) {
            result << QCoreApplication::translate(
                          "edgekv::TokenFileMerger",
                          "Replaced %1 (an entry without a token name) with token %2.")
                          .arg(replacement.key, replacement.newTokenName);
        } else {
            result << QCoreApplication::translate("edgekv::TokenFileMerger", "Replaced %1: token %2 → %3.")
                          .arg(replacement.key, replacement.oldTokenName, replacement.newTokenName);
        }
    }
    for (const QString& key : unchanged)
        result << QCoreApplication::translate("edgekv::TokenFileMerger",
                                              "Unchanged %1: the file already holds this token.")
                      .arg(key);
    if (!kept.isEmpty())
        result << QCoreApplication::translate("edgekv::TokenFileMerger", "Kept as they were: %1.")
                      .arg(kept.join(QStringLiteral(", ")));
    result << notices;
    return result;
}

} // namespace edgekv
