#include "commands/NamespacesCommand.h"

#include "CommandContext.h"
#include "TextTable.h"
#include "TokenOutput.h"
#include "api/EdgeKvClient.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace edgekv::cli {

QString NamespacesCommand::summary() const
{
    return tr("List the namespaces of the staging and production networks.");
}

QString NamespacesCommand::description() const
{
    return tr("Lists the EdgeKV namespaces with the networks they exist on, retention, location, access\n"
              "group and data access policy (a token can only cover namespaces that share one policy).\n"
              "Without --network both networks are asked and merged by name.");
}

QList<QCommandLineOption> NamespacesCommand::options() const
{
    return {{QStringLiteral("network"), tr("Only this network: staging or production."),
             QStringLiteral("NETWORK")}};
}

QString NamespacesCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return tr("namespaces takes no arguments, but “%1” was given.")
            .arg(positional.join(QLatin1Char(' ')));
    m_network.reset();
    if (parser.isSet(QStringLiteral("network"))) {
        const QString text = parser.value(QStringLiteral("network"));
        m_network = networkFromName(text.trimmed().toLower());
        if (!m_network)
            return tr("--network must be staging or production, not “%1”.").arg(text);
    }
    return {};
}

void NamespacesCommand::run(CommandContext& context)
{
    if (m_network) {
        NamespaceListJob* job = context.client()->listNamespaces(*m_network);
        job->setAutoDelete(true);
        QObject::connect(job, &ApiJob::finished, &context, [this, job, &context] {
            if (!job->isSuccess())
                return context.failWith(job->error());
            print(context, job->result());
        });
        return;
    }
    // Both networks at once; the second answer prints the merged list.
    struct Pending
    {
        QList<NamespaceInfo> staging;
        QList<NamespaceInfo> production;
        int open = 2;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    for (const Network network : {Network::Staging, Network::Production}) {
        NamespaceListJob* job = context.client()->listNamespaces(network);
        job->setAutoDelete(true);
        QObject::connect(job, &ApiJob::finished, &context, [this, job, network, pending, &context] {
            --pending->open;
            if (pending->failed)
                return;
            if (!job->isSuccess()) {
                pending->failed = true;
                return context.failWith(job->error());
            }
            (network == Network::Staging ? pending->staging : pending->production) = job->result();
            if (pending->open == 0)
                print(context, NamespaceInfo::merged(pending->staging, pending->production));
        });
    }
}

void NamespacesCommand::print(CommandContext& context, const QList<NamespaceInfo>& namespaces)
{
    if (context.json()) {
        QJsonArray array;
        for (const NamespaceInfo& info : namespaces)
            array.append(TokenOutput::namespaceJson(info));
        context.printJson(array);
    } else if (namespaces.isEmpty()) {
        context.out() << tr("No namespaces.") << Qt::endl;
    } else {
        TextTable table(
            {tr("NAMESPACE"), tr("NETWORKS"), tr("RETENTION"), tr("GEO"), tr("GROUP"), tr("DATA ACCESS")});
        for (const NamespaceInfo& info : namespaces) {
            QString access = QStringLiteral("-");
            if (info.restrictDataAccess)
                access = *info.restrictDataAccess ? tr("restricted") : tr("unrestricted");
            if (!info.policyType.isEmpty())
                access += QStringLiteral(" (") + info.policyType + QLatin1Char(')');
            table.addRow({info.name, TokenOutput::networksText(info.onStaging, info.onProduction),
                          TokenOutput::retentionText(info.retentionInSeconds),
                          info.geoLocation.isEmpty() ? QStringLiteral("-") : info.geoLocation,
                          info.groupId < 0 ? QStringLiteral("-") : QString::number(info.groupId), access});
        }
        context.out() << table.toString();
    }
    context.finish(ExitCode::Success);
}

} // namespace edgekv::cli
