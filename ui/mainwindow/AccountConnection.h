#pragma once

#include "api/ApiJob.h"
#include "credentials/AccountStore.h"
#include "credentials/Credentials.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>

class QNetworkAccessManager;

namespace edgekv {

class Clock;
class EdgeKvClient;
class TokenListLoader;
class TokenTableModel;

// The account the window shows: reads its credentials from the AccountStore (asynchronously: keychain,
// linked .edgerc or memory), then makes the EdgeKvClient and the TokenListLoader that fill the window's
// model. Opening another account drops the previous client and everything it was doing.
class AccountConnection : public QObject
{
    Q_OBJECT

public:
    // None is owned; all must outlive the connection. network may be nullptr (each client owns one).
    AccountConnection(AccountStore* store, TokenTableModel* model, const Clock& clock,
                      QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AccountConnection() override;

    void setApiSettings(const ApiClientSettings& settings) { m_apiSettings = settings; }
    // Trusted in addition to the system's certificates (an HTTPS sandbox).
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates)
    {
        m_caCertificates = certificates;
    }

    // Starts opening name: opening() now, then opened() (and a load starts) or openFailed().
    void open(const QString& name);
    // Forgets the account and empties the model.
    void close();
    // Reloads the token list of the open account (also retries a failed open).
    void reload();

    QString accountName() const { return m_name; }
    bool isOpening() const { return m_opening; }
    bool isOpen() const { return m_client != nullptr; }
    EdgeKvClient* client() const { return m_client.get(); }
    TokenListLoader* loader() const { return m_loader.get(); }
    Credentials credentials() const;
    // "akab-….luna.akamaiapis.net · account key 1-ABC" or "http://127.0.0.1:PORT".
    QString hostDescription() const;

signals:
    void opening(const QString& name);
    void opened(const QString& name);
    void openFailed(const QString& name, const edgekv::AccountResult& result);
    // From the loader of the open account.
    void loadStarted();
    void listLoaded(int count);
    void loadProgress(int done, int total);
    void loadFinished(bool ok);

private:
    void onCredentials(const QString& name, int generation, const AccountResult& result);
    void drop();

    AccountStore* m_store;
    QPointer<TokenTableModel> m_model;
    const Clock& m_clock;
    QPointer<QNetworkAccessManager> m_network;
    ApiClientSettings m_apiSettings;
    QList<QSslCertificate> m_caCertificates;
    QString m_name;
    bool m_opening = false;
    int m_generation = 0; // tells answers for an account that is no longer wanted apart
    std::unique_ptr<TokenListLoader> m_loader;
    std::unique_ptr<EdgeKvClient> m_client;
};

} // namespace edgekv
