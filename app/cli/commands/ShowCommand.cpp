#include "commands/ShowCommand.h"

#include "CommandContext.h"
#include "JwtClaims.h"
#include "TokenOutput.h"
#include "api/EdgeKvClient.h"
#include "tokens/ExpiryClassifier.h"

namespace edgekv::cli {

QString ShowCommand::summary() const
{
    return tr("Show one token: networks, namespaces, dates (its JWT value only with --reveal).");
}

QString ShowCommand::description() const
{
    return tr("Shows every field of the token NAME. The JWT value of a legacy token is a secret: it is\n"
              "printed only with --reveal (also in the JSON, as \"value\"). Enhanced tokens have no value;\n"
              "the bundle refers to them by their uuid.");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return {{QStringLiteral("reveal"), tr("Also print the JWT value of a legacy token (a secret).")}};
}

QString ShowCommand::tokenNameProblem(const QStringList& positional, const QString& command)
{
    if (positional.isEmpty())
        return tr("%1 needs the name of a token.").arg(command);
    if (positional.size() > 1)
        return tr("%1 takes one token name, but %2 arguments were given.")
            .arg(command)
            .arg(positional.size());
    if (!Token::isValidName(positional.constFirst()))
        return tr("“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting "
                  "with “-”.")
            .arg(positional.constFirst());
    return {};
}

QString ShowCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (const QString problem = tokenNameProblem(positional, name()); !problem.isEmpty())
        return problem;
    m_name = positional.constFirst();
    m_reveal = parser.isSet(QStringLiteral("reveal"));
    return {};
}

void ShowCommand::run(CommandContext& context)
{
    TokenJob* job = context.client()->getToken(m_name);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [this, job, &context] {
        if (!job->isSuccess())
            return context.failWith(job->error());
        Token token = job->result();
        JwtClaims::completeFromValue(token);
        const TokenStatus status = ExpiryClassifier(context.clock()).classify(token);
        if (context.json())
            context.printJson(TokenOutput::tokenJson(token, status, m_reveal));
        else
            context.out() << TokenOutput::detailsText(token, status, m_reveal);
        context.finish(ExitCode::Success);
    });
}

} // namespace edgekv::cli
