#pragma once

#include "api/ApiError.h"
#include "api/EdgeKvClient.h"
#include "credentials/Credentials.h"

#include <QPointer>
#include <QSslCertificate>
#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionTester;
}

namespace edgekv {

class AccountStore;

// "Test connection": lists the account's tokens with the given credentials (EdgeKvClient::listTokens)
// and says plainly what happened: connected with the token count, credentials refused (with the API's
// cause), the clock is off, no network, no answer in time. A compact row (progress, message, Cancel)
// that is hidden until the first test; embed it under the form or list it tests.
class ConnectionTester : public QWidget
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            None,                // no test finished yet
            Ok,                  // connected; tokenCount is set
            Refused,             // 401 or 403: the credentials or their permissions
            ClockSkew,           // the API rejected the request time
            NoNetwork,           // the host could not be reached, or TLS failed
            Timeout,             // no answer in time
            Cancelled,           // cancel()
            KeychainUnavailable, // startAccount(): the secrets could not be read from the keychain
            Failed,              // anything else (the message says what)
        };
        Status status = Status::None;
        QString message; // plain text, as shown
        int tokenCount = -1;
        int expiredCount = 0;
        ApiError error; // what the API call reported, when it failed
    };

    explicit ConnectionTester(QWidget* parent = nullptr);
    ~ConnectionTester() override;

    // Defaults: one try with a 20 s timeout (a test should answer quickly; the user can try again).
    void setClientSettings(const ApiClientSettings& settings) { m_settings = settings; }
    // Certificates trusted in addition to the system's (an HTTPS sandbox's own certificate).
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates)
    {
        m_caCertificates = certificates;
    }

    // Tests credentials; a running test is cancelled first.
    void start(const Credentials& credentials);
    // Reads the account's credentials from store (asynchronously: keychain, linked file or memory),
    // then tests them. store must outlive the test.
    void startAccount(AccountStore* store, const QString& name);
    bool isRunning() const { return m_running; }
    const Result& result() const { return m_result; }
    // Hides the row and forgets the last result.
    void clear();

public slots:
    void cancel();

signals:
    void started();
    void finished(bool ok);

private:
    void showProgress(const QString& text);
    void onJobFinished();
    void finish(Result result);

    std::unique_ptr<Ui::ConnectionTester> m_ui;
    ApiClientSettings m_settings;
    QList<QSslCertificate> m_caCertificates;
    std::unique_ptr<EdgeKvClient> m_client;
    QPointer<TokenListJob> m_job;
    QString m_host;
    QString m_accountSwitchKey;
    Result m_result;
    bool m_running = false;
    int m_run = 0; // tells the answer of a cancelled or replaced run apart
};

} // namespace edgekv
