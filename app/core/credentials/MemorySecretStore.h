#pragma once

#include "credentials/SecretStore.h"

#include <QHash>

namespace edgekv {

// Secrets held in this process's memory only: the session-only accounts (the sandbox, or when no
// keychain is available) and tests. Nothing is ever written anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, SecretCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               SecretCallback callback) override;
    void remove(const QString& key, QObject* context, SecretCallback callback) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace edgekv
