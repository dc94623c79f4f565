#include "mainwindow/AccountConnection.h"

#include "api/EdgeKvClient.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenTableModel.h"

namespace edgekv {

AccountConnection::AccountConnection(AccountStore* store, TokenTableModel* model, const Clock& clock,
                                     QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_store(store), m_model(model), m_clock(clock), m_network(network)
{}

AccountConnection::~AccountConnection()
{
    drop();
}

void AccountConnection::open(const QString& name)
{
    drop();
    if (m_model)
        m_model->clear();
    m_name = name;
    m_opening = true;
    const int generation = ++m_generation;
    emit opening(name);
    if (!m_store) {
        AccountResult result;
        result.status = AccountResult::Status::Failed;
        result.message = tr("No account store.");
        onCredentials(name, generation, result);
        return;
    }
    m_store->loadCredentials(name, this, [this, name, generation](const AccountResult& result) {
        onCredentials(name, generation, result);
    });
}

void AccountConnection::onCredentials(const QString& name, int generation, const AccountResult& result)
{
    if (generation != m_generation)
        return;
    m_opening = false;
    if (!result.ok()) {
        emit openFailed(name, result);
        return;
    }
    m_client = std::make_unique<EdgeKvClient>(result.credentials, m_clock, m_network.data());
    m_client->setSettings(m_apiSettings);
    if (!m_caCertificates.isEmpty())
        m_client->setExtraCaCertificates(m_caCertificates);
    m_loader = std::make_unique<TokenListLoader>(m_client.get(), m_model.data());
    connect(m_loader.get(), &TokenListLoader::started, this, &AccountConnection::loadStarted);
    connect(m_loader.get(), &TokenListLoader::listLoaded, this, &AccountConnection::listLoaded);
    connect(m_loader.get(), &TokenListLoader::progress, this, &AccountConnection::loadProgress);
    connect(m_loader.get(), &TokenListLoader::finished, this, &AccountConnection::loadFinished);
    emit opened(name);
    m_loader->start();
}

void AccountConnection::close()
{
    drop();
    ++m_generation;
    m_name.clear();
    m_opening = false;
    if (m_model)
        m_model->clear();
}

void AccountConnection::reload()
{
    if (m_loader) {
        m_loader->start();
        return;
    }
    if (!m_name.isEmpty() && !m_opening)
        open(m_name);
}

Credentials AccountConnection::credentials() const
{
    return m_client ? m_client->credentials() : Credentials();
}

QString AccountConnection::hostDescription() const
{
    if (!m_client)
        return {};
    const Credentials& credentials = m_client->credentials();
    QString text = credentials.plainHttp ? credentials.baseUrl().toString() : credentials.host;
    if (!credentials.accountSwitchKey.isEmpty())
        text += tr(" \u00b7 account key %1").arg(credentials.accountSwitchKey);
    return text;
}

void AccountConnection::drop()
{
    // The loader first: it cancels its jobs, which belong to the client.
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader.reset();
    }
    m_client.reset();
}

} // namespace edgekv
