#include "mainwindow/SandboxSession.h"

#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "credentials/AccountStore.h"

namespace edgekv {

SandboxSession::SandboxSession(QObject* parent) : QObject(parent) {}

SandboxSession::~SandboxSession() = default;

QString SandboxSession::defaultAccountName()
{
    return tr("Sandbox");
}

QString SandboxSession::start(const Options& options)
{
    if (m_server)
        return tr("The sandbox is already running.");
    const SandboxClient client = SandboxClient::generate();
    SandboxOptions sandboxOptions;
    sandboxOptions.clients = {client};
    sandboxOptions.clock = options.clock;
    sandboxOptions.latencyMs = options.latencyMs;
    auto server = std::make_unique<SandboxServer>(sandboxOptions);
    if (QString error = server->loadState(); !error.isEmpty())
        return error;
    if (QString error = SandboxSeeder::seed(*server, options.tokenCount); !error.isEmpty())
        return error;
    if (QString error = server->listen(QHostAddress(QHostAddress::LocalHost), 0); !error.isEmpty())
        return tr("Cannot start the local sandbox: %1").arg(error);
    m_credentials = server->credentialsFor(client);
    m_server = std::move(server);
    return {};
}

bool SandboxSession::isRunning() const
{
    return m_server && m_server->isListening();
}

QString SandboxSession::address() const
{
    return m_server ? m_server->baseUrl().toString() : QString();
}

QString SandboxSession::addAccount(AccountStore& store, QString* error)
{
    if (!m_server) {
        if (error)
            *error = tr("The sandbox is not running.");
        return {};
    }
    if (!m_accountName.isEmpty() && store.contains(m_accountName))
        return m_accountName;
    QString name = defaultAccountName();
    for (int n = 2; store.contains(name); ++n)
        name = tr("Sandbox %1").arg(n);
    const QString problem = store.addSessionProfile(name, m_credentials);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    m_accountName = name;
    return name;
}

} // namespace edgekv
