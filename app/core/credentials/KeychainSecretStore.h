#pragma once

#include "credentials/SecretStore.h"

#include <chrono>

namespace edgekv {

// Secrets in the OS keychain (the Secret Service on Linux) through QtKeychain, all under one
// service name. QtKeychain jobs cannot be cancelled and may never answer (a locked keyring waiting
// on a prompt, a dead daemon), so every operation has this store's own timeout: when it expires the
// caller hears Unavailable and the job's late answer is ignored. Every keychain error except
// "entry not found" is reported as Unavailable; there is no fallback that writes anywhere else.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    struct Request
    {
        enum class Operation { Read, Write, Remove };
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QByteArray secret; // Write only
    };
    // Starts one request and calls done with the keychain's answer once, or never. done may be
    // called after guard is destroyed (it is ignored then); a backend may also use guard as the
    // context of its connections. The real backend is qtKeychainBackend(); tests pass their own.
    using Backend = std::function<void(const Request& request, QObject* guard, SecretCallback done)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static QString defaultService() { return QStringLiteral("edgekv-token-manager"); }
    static Backend qtKeychainBackend();

    explicit KeychainSecretStore(const QString& service = defaultService(), QObject* parent = nullptr);
    KeychainSecretStore(const QString& service, Backend backend, QObject* parent = nullptr);

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The secret must be UTF-8 text (the keychain shows it as such).
    void read(const QString& key, QObject* context, SecretCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               SecretCallback callback) override;
    void remove(const QString& key, QObject* context, SecretCallback callback) override;

private:
    void run(Request request, QObject* context, SecretCallback callback);

    QString m_service;
    Backend m_backend;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace edgekv
