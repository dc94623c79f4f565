#include "commands/ListCommand.h"

#include "CommandContext.h"
#include "JwtClaims.h"
#include "TextTable.h"
#include "TokenOutput.h"
#include "api/EdgeKvClient.h"
#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenSummary.h"
#include "tokens/TokenTableModel.h"

#include <QJsonArray>

#include <algorithm>

namespace edgekv::cli {

QString ListCommand::usage() const
{
    return QStringLiteral("list [--include-expired] [--details]");
}

QString ListCommand::summary() const
{
    return tr("List the account's tokens with their status, most urgent first.");
}

QString ListCommand::description() const
{
    return tr("Lists the account's EdgeKV access tokens, most urgent first: name, status, the expiry date\n"
              "of legacy tokens or the next refresh of enhanced ones. The API's list carries no networks or\n"
              "namespaces: --details fetches every token (8 requests at a time) to show them. With --json,\n"
              "an array of objects with the API's field names plus \"model\", \"status\" and \"daysLeft\"\n"
              "(null for tokens that never expire).");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {
        {QStringLiteral("include-expired"),
         tr("Also list legacy tokens that expired less than 30 days ago (they still count toward the "
            "account's token limit).")},
        {QStringLiteral("details"),
         tr("Fetch each token for its networks, namespaces and permissions, EdgeWorker IDs and CP code.")},
    };
}

QString ListCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return tr("list takes no arguments, but “%1” was given.").arg(positional.join(QLatin1Char(' ')));
    m_includeExpired = parser.isSet(QStringLiteral("include-expired"));
    m_details = parser.isSet(QStringLiteral("details"));
    return {};
}

void ListCommand::run(CommandContext& context)
{
    if (m_details)
        runWithDetails(context);
    else
        runSimple(context);
}

void ListCommand::runSimple(CommandContext& context)
{
    TokenListJob* job = context.client()->listTokens(m_includeExpired);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [this, job, &context] {
        if (!job->isSuccess())
            return context.failWith(job->error());
        print(context, job->result(), {});
        context.finish(ExitCode::Success);
    });
}

void ListCommand::runWithDetails(CommandContext& context)
{
    auto* model = new TokenTableModel(&context);
    model->setClock(context.clock());
    auto* loader = new TokenListLoader(context.client(), model, &context);
    QObject::connect(loader, &TokenListLoader::finished, &context, [this, loader, model, &context](bool ok) {
        if (!ok)
            return context.failWith(loader->error());
        QStringList problems;
        for (auto it = loader->detailErrors().cbegin(); it != loader->detailErrors().cend(); ++it) {
            if (it.value().cause() != ApiError::Cause::TokenExpired)
                problems << it.value().userMessage();
        }
        QStringList notes;
        if (model->rowCount() == 0 && loader->initializeStatus() &&
            !loader->initializeStatus()->isInitialized())
            notes << tr("EdgeKV is not initialized on this account, so it has no tokens yet.");
        QList<Token> tokens = model->tokens();
        for (Token& token : tokens)
            JwtClaims::completeFromValue(token);
        print(context, tokens, notes);
        for (const QString& problem : std::as_const(problems))
            context.printError(problem);
        context.finish(problems.isEmpty() ? ExitCode::Success : ExitCode::Failure);
    });
    loader->start();
}

void ListCommand::print(CommandContext& context, const QList<Token>& tokens, const QStringList& notes)
{
    const ExpiryClassifier classifier(context.clock());
    QList<std::pair<Token, TokenStatus>> rows;
    for (const Token& token : tokens) {
        const TokenStatus status = classifier.classify(token);
        // The loader always asks for expired tokens too; without --include-expired they are left out as
        // the API would.
        if (!m_includeExpired && status.isExpired())
            continue;
        rows.append({token, status});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.second.severity() != b.second.severity())
            return a.second.severity() < b.second.severity();
        if (a.second.sortDays() != b.second.sortDays())
            return a.second.sortDays() < b.second.sortDays();
        return a.first.name < b.first.name;
    });

    if (context.json()) {
        QJsonArray array;
        for (const auto& [token, status] : rows)
            array.append(TokenOutput::tokenJson(token, status));
        context.printJson(array);
    } else if (rows.isEmpty()) {
        context.out() << (m_includeExpired ? tr("No tokens.")
                                           : tr("No tokens (add --include-expired to see "
                                                "recently expired ones)."))
                      << Qt::endl;
    } else {
        QStringList headers{tr("NAME"), tr("STATUS"), tr("EXPIRES / NEXT REFRESH")};
        if (m_details)
            headers << tr("NETWORKS") << tr("NAMESPACES");
        TextTable table(headers);
        QList<Token> shown;
        for (const auto& [token, status] : rows) {
            QStringList cells{token.name, status.text(), TokenOutput::expiresText(token)};
            if (m_details && token.hasDetails)
                cells << TokenOutput::networksText(token.allowOnStaging, token.allowOnProduction)
                      << TokenOutput::permissionsText(token.namespacePermissions);
            else if (m_details)
                cells << QStringLiteral("-")
                      << (status.isExpired() ? tr("(expired: details unavailable)")
                                             : tr("(details unavailable)"));
            table.addRow(cells);
            shown << token;
        }
        context.out() << table.toString();
        const TokenSummary summary = TokenSummary::compute(shown, classifier);
        context.out() << Qt::endl << summary.text() << Qt::endl;
    }
    for (const QString& note : notes)
        context.printNote(note);
}

} // namespace edgekv::cli
