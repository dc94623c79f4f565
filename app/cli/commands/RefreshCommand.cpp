#include "commands/RefreshCommand.h"

#include "CommandContext.h"
#include "JwtClaims.h"
#include "TokenOutput.h"
#include "api/EdgeKvClient.h"
#include "commands/ShowCommand.h"
#include "tokens/ExpiryClassifier.h"

namespace edgekv::cli {

QString RefreshCommand::summary() const
{
    return tr("Refresh an enhanced token now, before its scheduled refresh.");
}

QString RefreshCommand::description() const
{
    return tr("Refreshes the enhanced token NAME now instead of at its next scheduled refresh. The token\n"
              "keeps its uuid, so the bundles that reference it need no change. Legacy tokens cannot be\n"
              "refreshed: create a new one before the old one expires.");
}

QString RefreshCommand::parse(const QCommandLineParser&, const QStringList& positional)
{
    if (const QString problem = ShowCommand::tokenNameProblem(positional, name()); !problem.isEmpty())
        return problem;
    m_name = positional.constFirst();
    return {};
}

void RefreshCommand::run(CommandContext& context)
{
    TokenJob* job = context.client()->refreshToken(m_name);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [job, &context] {
        if (!job->isSuccess())
            return context.failWith(job->error());
        Token token = job->result();
        JwtClaims::completeFromValue(token);
        const TokenStatus status = ExpiryClassifier(context.clock()).classify(token);
        if (context.json()) {
            context.printJson(TokenOutput::tokenJson(token, status));
        } else {
            context.out() << tr("Refreshed token “%1”.").arg(token.name) << Qt::endl
                          << TokenOutput::detailsText(token, status, false);
        }
        context.finish(ExitCode::Success);
    });
}

} // namespace edgekv::cli
