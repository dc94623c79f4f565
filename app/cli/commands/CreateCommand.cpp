#include "commands/CreateCommand.h"

#include "CommandContext.h"
#include "JwtClaims.h"
#include "TokenOutput.h"
#include "api/EdgeKvClient.h"
#include "tokens/ExpiryClassifier.h"
#include "util/Clock.h"

#include <memory>
#include <optional>

namespace edgekv::cli {

QString CreateCommand::usage() const
{
    return QStringLiteral("create NAME --namespace NS=PERMS... [--staging] [--production] "
                          "[--expiry YYYY-MM-DD] [--edgeworker-id ID...] [--reveal]");
}

QString CreateCommand::summary() const
{
    return tr("Create a token for namespaces with r/w/d permissions on staging and/or production.");
}

QString CreateCommand::description() const
{
    return tr(
        "Creates the token NAME (1 to 32 letters, digits, “_” or “-”, not starting with “-”) for 1 to\n"
        "20 namespaces, each with 1 to 3 of the permissions r (read), w (write) and d (delete):\n"
        "--namespace default=rwd --namespace marketing=r (or default=rwd,marketing=r). Choose at least\n"
        "one network. Without --expiry the API creates an enhanced token that refreshes automatically;\n"
        "--expiry creates a legacy token that expires that day (tomorrow at the earliest, six months\n"
        "ahead at the latest). Up to 8 numeric --edgeworker-id restrict the token to those EdgeWorkers;\n"
        "without any, every EdgeWorker may use it. Everything is checked before the request is sent,\n"
        "also that the namespaces exist on the chosen networks and share one data access policy.");
}

QList<QCommandLineOption> CreateCommand::options() const
{
    return {
        {QStringLiteral("namespace"),
         tr("A namespace and its permissions (letters of rwd). Repeat it or separate with commas."),
         QStringLiteral("NS=PERMS")},
        {QStringLiteral("staging"), tr("Allow the token on the staging network.")},
        {QStringLiteral("production"), tr("Allow the token on the production network.")},
        {QStringLiteral("expiry"), tr("Create a legacy token that expires on this UTC day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("edgeworker-id"),
         tr("Only this EdgeWorker may use the token. Repeat it or separate with commas (at most 8)."),
         QStringLiteral("ID")},
        {QStringLiteral("reveal"), tr("Print the JWT value of a created legacy token (a secret).")},
    };
}

QString CreateCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.isEmpty())
        return tr("create needs the name of the new token.");
    if (positional.size() > 1)
        return tr("create takes one token name, but “%1” was given; give namespaces with --namespace.")
            .arg(positional.join(QLatin1Char(' ')));
    CreateArguments arguments;
    arguments.name = positional.constFirst();
    arguments.staging = parser.isSet(QStringLiteral("staging"));
    arguments.production = parser.isSet(QStringLiteral("production"));
    arguments.namespaceSpecs = parser.values(QStringLiteral("namespace"));
    arguments.edgeWorkerIds = parser.values(QStringLiteral("edgeworker-id"));
    arguments.expiry = parser.value(QStringLiteral("expiry")).trimmed();
    if (parser.isSet(QStringLiteral("expiry")) && arguments.expiry.isEmpty())
        return tr("--expiry needs a date (YYYY-MM-DD).");
    m_reveal = parser.isSet(QStringLiteral("reveal"));
    QString problem;
    m_request = arguments.toRequest(m_clock.todayUtc(), &problem);
    return problem;
}

void CreateCommand::run(CommandContext& context)
{
    checkNamespaces(context);
}

void CreateCommand::checkNamespaces(CommandContext& context)
{
    // The namespaces of the chosen networks and the account's default data access policy (for
    // namespaces without their own), all at once; the last answer decides.
    struct Pending
    {
        QList<NamespaceInfo> staging;
        QList<NamespaceInfo> production;
        std::optional<bool> accountRestrictDataAccess;
        int open = 0;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    auto settle = [this, pending, &context] {
        if (--pending->open > 0 || pending->failed)
            return;
        const QString problem = CreateArguments::namespacesOnAccountProblem(
            m_request, NamespaceInfo::merged(pending->staging, pending->production),
            pending->accountRestrictDataAccess);
        if (!problem.isEmpty())
            return context.fail(ExitCode::Usage, problem);
        create(context);
    };
    QList<Network> networks;
    if (m_request.allowOnStaging)
        networks << Network::Staging;
    if (m_request.allowOnProduction)
        networks << Network::Production;
    pending->open = int(networks.size()) + 1;
    for (const Network network : std::as_const(networks)) {
        NamespaceListJob* job = context.client()->listNamespaces(network, true);
        job->setAutoDelete(true);
        QObject::connect(job, &ApiJob::finished, &context, [job, network, pending, settle, &context] {
            if (!job->isSuccess() && !pending->failed) {
                pending->failed = true;
                return context.failWith(job->error());
            }
            (network == Network::Staging ? pending->staging : pending->production) = job->result();
            settle();
        });
    }
    InitializeStatusJob* initialize = context.client()->initializeStatus();
    initialize->setAutoDelete(true);
    QObject::connect(initialize, &ApiJob::finished, &context, [initialize, pending, settle] {
        // Not needed when every namespace has its own policy, so a failure here is no reason to stop.
        if (initialize->isSuccess())
            pending->accountRestrictDataAccess = initialize->result().restrictDataAccess;
        settle();
    });
}

void CreateCommand::create(CommandContext& context)
{
    TokenJob* job = context.client()->createToken(m_request);
    job->setAutoDelete(true);
    QObject::connect(job, &ApiJob::finished, &context, [this, job, &context] {
        if (!job->isSuccess())
            return context.failWith(job->error());
        Token token = job->result();
        JwtClaims::completeFromValue(token);
        const TokenStatus status = ExpiryClassifier(context.clock()).classify(token);
        if (job->recoveredAfterLostAnswer())
            context.printNote(tr("The answer to the create request was lost; asking for the token by name "
                                 "showed it had been created."));
        if (context.json()) {
            context.printJson(TokenOutput::tokenJson(token, status, m_reveal));
        } else {
            context.out()
                << tr("Created token “%1”.").arg(token.name) << Qt::endl
                << TokenOutput::detailsText(token, status, m_reveal)
                << tr("Next: %1 export --to BUNDLE_FOLDER_OR_TGZ %2").arg(context.program(), token.name)
                << Qt::endl;
        }
        context.finish(ExitCode::Success);
    });
}

} // namespace edgekv::cli
