#include "commands/ExportCommand.h"

#include "CommandContext.h"
#include "JwtClaims.h"
#include "api/EdgeKvClient.h"
#include "tokenfile/TokenExport.h"
#include "tokenfile/TokenFileStore.h"
#include "tokens/ExpiryClassifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace edgekv::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("export --to PATH TOKEN... [--replace-unparseable]");
}

QString ExportCommand::summary() const
{
    return tr("Write tokens into edgekv_tokens.js in a bundle folder or a bundle .tgz, merged.");
}

QString ExportCommand::description() const
{
    return tr(
        "Fetches each TOKEN by name and writes one entry per namespace it covers into\n"
        "edgekv_tokens.js, keyed \"namespace-<ns>\" as edgekv.js reads it: {name, value} for legacy\n"
        "tokens, {name, reference} (the uuid) for enhanced ones. PATH is a bundle folder, an\n"
        "edgekv_tokens.js file, or a bundle .tgz (the file inside is replaced, every other entry is\n"
        "kept byte for byte). Entries of other namespaces stay as they are; entries of the exported\n"
        "namespaces are replaced, also when they named another token. Bare keys written by the\n"
        "official CLI are renamed to \"namespace-<ns>\". The file is written atomically; an existing\n"
        "file that cannot be parsed is refused unless --replace-unparseable (then a .bak copy is kept).\n"
        "Prints what was added, replaced, kept and renamed.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        {QStringLiteral("to"), tr("The bundle folder, edgekv_tokens.js or bundle .tgz to write."),
         QStringLiteral("PATH")},
        {QStringLiteral("replace-unparseable"),
         tr("Replace an existing token file that cannot be parsed, after writing a .bak copy of it.")},
    };
}

QString ExportCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    m_destination = parser.value(QStringLiteral("to")).trimmed();
    if (m_destination.isEmpty())
        return tr("export needs --to PATH: a bundle folder, an edgekv_tokens.js file or a bundle .tgz.");
    if (positional.isEmpty())
        return tr("export needs the names of the tokens to write.");
    m_names.clear();
    for (const QString& name : positional) {
        if (!Token::isValidName(name))
            return tr("“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not "
                      "starting with “-”.")
                .arg(name);
        if (m_names.contains(name))
            return tr("Token “%1” is given twice.").arg(name);
        m_names << name;
    }
    m_replaceUnparseable = parser.isSet(QStringLiteral("replace-unparseable"));
    if (TokenExport::isBundlePath(m_destination)) {
        if (!QFileInfo(m_destination).isFile())
            return tr("The bundle %1 does not exist.").arg(m_destination);
    } else {
        const auto target = TokenFileStore::targetPathFor(m_destination);
        if (const auto* error = std::get_if<TokenFileError>(&target))
            return error->text();
    }
    return {};
}

std::variant<QList<TokenFileEntry>, QString> ExportCommand::entriesFor(const QList<Token>& tokens)
{
    QList<TokenFileEntry> entries;
    QHash<QString, QString> tokenOfNamespace;
    for (const Token& token : tokens) {
        QStringList namespaces = token.namespacePermissions.keys();
        if (token.isLegacy()) {
            if (token.value.isEmpty())
                return tr("The API gave no value for legacy token “%1”, so it cannot be written.")
                    .arg(token.name);
            if (namespaces.isEmpty()) {
                // Legacy answers may carry only the JWT; its claims name the namespaces.
                Token completed = token;
                JwtClaims::completeFromValue(completed);
                namespaces = completed.namespacePermissions.keys();
            }
        } else if (token.uuid.isEmpty()) {
            return tr("The API gave no uuid for token “%1”, so it cannot be referenced.").arg(token.name);
        }
        if (namespaces.isEmpty())
            return tr("Token “%1” covers no namespace, so there is nothing to write.").arg(token.name);
        for (const QString& ns : std::as_const(namespaces)) {
            if (const QString other = tokenOfNamespace.value(ns); !other.isEmpty())
                return tr("Tokens “%1” and “%2” both cover namespace “%3”, and a bundle holds one token per "
                          "namespace: export only one of them.")
                    .arg(other, token.name, ns);
            tokenOfNamespace.insert(ns, token.name);
            entries << (token.isLegacy() ? TokenFileEntry::legacy(ns, token.name, token.value)
                                         : TokenFileEntry::enhanced(ns, token.name, token.uuid));
        }
    }
    return entries;
}

QStringList ExportCommand::tokenWarnings(const QList<Token>& tokens, const ExpiryClassifier& classifier)
{
    QStringList warnings;
    for (const Token& token : tokens) {
        const TokenStatus status = classifier.classify(token);
        switch (status.kind()) {
        case TokenStatus::Kind::Expired:
        case TokenStatus::Kind::ExpiresToday:
        case TokenStatus::Kind::ExpiresSoon:
        case TokenStatus::Kind::ExpiresLater:
            warnings << tr("Token “%1”: %2 (%3); EdgeWorkers get 401 errors after that. Create a "
                           "replacement in time.")
                            .arg(token.name, status.text(), token.expiry.toString(Qt::ISODate));
            break;
        case TokenStatus::Kind::Activating:
            warnings
                << tr("Token “%1” is still activating: EdgeWorkers cannot use it until its activation is "
                      "complete.")
                       .arg(token.name);
            break;
        case TokenStatus::Kind::ActivationError:
            warnings << tr("The activation of token “%1” failed: EdgeWorkers cannot use it; refresh it or "
                           "create another.")
                            .arg(token.name);
            break;
        case TokenStatus::Kind::Valid:
        case TokenStatus::Kind::AutoRefresh:
            break;
        }
    }
    return warnings;
}

void ExportCommand::run(CommandContext& context)
{
    struct Pending
    {
        QList<Token> tokens;
        int open = 0;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->tokens.resize(m_names.size());
    pending->open = int(m_names.size());
    for (int i = 0; i < m_names.size(); ++i) {
        TokenJob* job = context.client()->getToken(m_names.at(i));
        job->setAutoDelete(true);
        QObject::connect(job, &ApiJob::finished, &context, [this, job, i, pending, &context] {
            --pending->open;
            if (pending->failed)
                return;
            if (!job->isSuccess()) {
                pending->failed = true;
                return context.failWith(job->error());
            }
            pending->tokens[i] = job->result();
            if (pending->open == 0)
                write(context, pending->tokens);
        });
    }
}

void ExportCommand::write(CommandContext& context, const QList<Token>& tokens)
{
    const auto entries = entriesFor(tokens);
    if (const auto* problem = std::get_if<QString>(&entries))
        return context.fail(ExitCode::Usage, *problem);
    const auto exported = TokenExport::exportTo(
        m_destination, std::get<QList<TokenFileEntry>>(entries),
        m_replaceUnparseable ? UnparseableFilePolicy::ReplaceKeepingBackup : UnparseableFilePolicy::Refuse);
    if (const auto* error = std::get_if<TokenFileError>(&exported))
        return context.fail(ExitCode::Failure, error->text());
    const TokenExportResult& result = std::get<TokenExportResult>(exported);
    const TokenExportPlan& plan = result.plan;
    const QStringList warnings = tokenWarnings(tokens, ExpiryClassifier(context.clock())) + plan.warnings;

    if (context.json()) {
        QJsonArray replaced;
        for (const TokenReplacement& replacement : plan.report.replaced)
            replaced.append(QJsonObject{{QStringLiteral("key"), replacement.key},
                                        {QStringLiteral("oldTokenName"), replacement.oldTokenName},
                                        {QStringLiteral("newTokenName"), replacement.newTokenName}});
        QJsonArray normalised;
        for (const KeyNormalisation& normalisation : plan.report.normalised)
            normalised.append(QJsonObject{{QStringLiteral("from"), normalisation.from},
                                          {QStringLiteral("to"), normalisation.to},
                                          {QStringLiteral("dropped"), normalisation.dropped}});
        context.printJson(QJsonObject{
            {QStringLiteral("destination"), plan.destination},
            {QStringLiteral("targetPath"), plan.targetPath},
            {QStringLiteral("bundle"), plan.isBundle},
            {QStringLiteral("memberPath"), plan.memberPath},
            {QStringLiteral("written"), result.written},
            {QStringLiteral("backupPath"), result.backupPath},
            {QStringLiteral("added"), QJsonArray::fromStringList(plan.report.added)},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(plan.report.unchanged)},
            {QStringLiteral("kept"), QJsonArray::fromStringList(plan.report.kept)},
            {QStringLiteral("normalised"), normalised},
            {QStringLiteral("notices"), QJsonArray::fromStringList(plan.report.notices)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        });
    } else {
        const QString where =
            plan.isBundle ? tr("%1 in %2").arg(plan.memberPath, plan.targetPath) : plan.targetPath;
        if (result.written)
            context.out() << tr("Wrote %1:").arg(where) << Qt::endl;
        else
            context.out() << tr("%1 already holds exactly these entries; nothing was written.").arg(where)
                          << Qt::endl;
        for (const QString& line : plan.report.lines())
            context.out() << QStringLiteral("  ") << line << Qt::endl;
        if (plan.unparseable)
            context.out() << tr("  The old file could not be parsed (%1); a copy was kept as %2.")
                                 .arg(plan.unparseable->text(), result.backupPath)
                          << Qt::endl;
    }
    for (const QString& warning : warnings)
        context.printWarning(warning);
    context.finish(ExitCode::Success);
}

} // namespace edgekv::cli
