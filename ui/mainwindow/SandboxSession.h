#pragma once

#include "credentials/Credentials.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

namespace edgekv {

class AccountStore;
class Clock;
class SandboxServer;

// The local sandbox inside the GUI process (--sandbox, or "Try the local sandbox" on the first-run panel):
// a SandboxServer on 127.0.0.1 with a random port, seeded with demo tokens of both models and every status,
// and a session-only account for it. Nothing is written to disk and no keychain is needed.
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        static constexpr int DefaultTokenCount = 24;
        int tokenCount = DefaultTokenCount;
        // The sandbox's "now" (token dates, activation, signature timestamps); nullptr: the system clock.
        // Must outlive the session.
        const Clock* clock = nullptr;
        int latencyMs = 0;
    };

    explicit SandboxSession(QObject* parent = nullptr);
    ~SandboxSession() override;

    // Starts the server and seeds it. Returns an error message, empty on success.
    QString start(const Options& options);
    QString start() { return start(Options()); }
    bool isRunning() const;

    SandboxServer* server() const { return m_server.get(); }
    // Credentials of the one API client the sandbox accepts.
    Credentials credentials() const { return m_credentials; }
    // "http://127.0.0.1:PORT"
    QString address() const;

    // Adds the session-only account for the sandbox to store: "Sandbox", or "Sandbox 2", ... when that name
    // is taken. Returns the name, or an empty string with *error set.
    QString addAccount(AccountStore& store, QString* error = nullptr);
    QString accountName() const { return m_accountName; }

    static QString defaultAccountName();

private:
    std::unique_ptr<SandboxServer> m_server;
    Credentials m_credentials;
    QString m_accountName;
};

} // namespace edgekv
