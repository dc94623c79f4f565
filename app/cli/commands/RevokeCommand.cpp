#include "commands/RevokeCommand.h"

#include "CommandContext.h"
#include "api/EdgeKvClient.h"
#include "commands/ShowCommand.h"

#include <QJsonObject>

namespace edgekv::cli {

QString RevokeCommand::summary() const
{
    return tr("Revoke a token (asks first; --yes for scripts).");
}

QString RevokeCommand::description() const
{
    return tr("Revokes the token NAME. EdgeWorkers whose bundle still carries it get 401 errors from\n"
              "EdgeKV, and it cannot be undone. On a terminal you are asked to confirm (y/N). When stdin is\n"
              "not a terminal, --yes is required; without it nothing is revoked and the exit code is 2.");
}

QList<QCommandLineOption> RevokeCommand::options() const
{
    return {{{QStringLiteral("y"), QStringLiteral("yes")}, tr("Revoke without asking.")}};
}

QString RevokeCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (const QString problem = ShowCommand::tokenNameProblem(positional, name()); !problem.isEmpty())
        return problem;
    m_name = positional.constFirst();
    m_yes = parser.isSet(QStringLiteral("yes"));
    return {};
}

bool RevokeCommand::isYes(const QString& answer)
{
    const QString text = answer.trimmed().toLower();
    return text == QLatin1String("y") || text == QLatin1String("yes");
}

void RevokeCommand::run(CommandContext& context)
{
    if (m_yes)
        return revoke(context);
    const CliIo& io = context.io();
    if (!io.stdinIsInteractive || !io.stdinIsInteractive() || !io.readLine) {
        return context.fail(ExitCode::Usage,
                            tr("Not revoking “%1”: stdin is not a terminal, so nobody can confirm. Add --yes "
                               "to revoke it.")
                                .arg(m_name));
    }
    context.out().flush();
    QTextStream err(io.err);
    err << tr("Revoke token “%1”? EdgeWorkers still using it will get 401 errors. [y/N] ").arg(m_name);
    err.flush();
    if (!isYes(io.readLine()))
        return context.fail(ExitCode::Failure, tr("Token “%1” was not revoked.").arg(m_name));
    revoke(context);
}

void RevokeCommand::revoke(CommandContext& context)
{
    RevokeJob* job = context.client()->revokeToken(m_name);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [this, job, &context] {
        if (!job->isSuccess())
            return context.failWith(job->error());
        const RevokedToken& revoked = job->result();
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("name"), m_name},
                                          {QStringLiteral("uuid"), revoked.uuid},
                                          {QStringLiteral("revoked"), true},
                                          {QStringLiteral("alreadyGone"), revoked.alreadyGone}});
        } else if (revoked.alreadyGone) {
            context.out()
                << tr("Token “%1” is revoked (it was already gone when the request was retried).").arg(m_name)
                << Qt::endl;
        } else {
            context.out() << tr("Revoked token “%1” (uuid %2).").arg(m_name, revoked.uuid) << Qt::endl;
        }
        context.finish(ExitCode::Success);
    });
}

} // namespace edgekv::cli
