#pragma once

#include "SandboxTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

namespace edgekv {

// All accounts of the sandbox, keyed by accountSwitchKey ("" is the API client's own account).
// An account that was never used is created from the template on first access, so every key works.
// Every mutating call emits changed(); SandboxServer saves the state file on it.
class SandboxStore : public QObject
{
    Q_OBJECT

public:
    explicit SandboxStore(QObject* parent = nullptr);

    // What a new account starts with (namespaces, groups, cpcode, initialized flag).
    void setAccountTemplate(const SandboxAccount& account);
    const SandboxAccount& accountTemplate() const { return m_template; }

    // The account for this key, created from the template when it does not exist yet.
    const SandboxAccount& account(const QString& accountSwitchKey);
    // nullptr when the account was never used.
    const SandboxAccount* findAccount(const QString& accountSwitchKey) const;
    QStringList accountKeys() const { return m_accounts.keys(); }

    // Adds or replaces a namespace.
    void putNamespace(const QString& accountSwitchKey, const SandboxNamespace& ns);
    bool removeNamespace(const QString& accountSwitchKey, const QString& name);
    // Adds a token; false (and nothing changes) when the account already has a token of that name.
    bool addToken(const QString& accountSwitchKey, const SandboxToken& token);
    // Replaces an existing token of the same name; false when there is none.
    bool updateToken(const QString& accountSwitchKey, const SandboxToken& token);
    bool removeToken(const QString& accountSwitchKey, const QString& name);
    std::optional<SandboxToken> token(const QString& accountSwitchKey, const QString& name) const;
    void setInitialized(const QString& accountSwitchKey, bool initialized);
    // Replaces (or creates) a whole account.
    void putAccount(const QString& accountSwitchKey, const SandboxAccount& account);
    // Drops every account (the template stays).
    void clear();

    // The state file's content: {"format": "edgekv-sandbox-state", "version": 1, "accounts": {...}}.
    QJsonObject toJson() const;
    // Replaces all accounts with the ones in json; on error returns false, sets *error and changes nothing.
    bool fromJson(const QJsonObject& json, QString* error);

    static QString newUuid();

signals:
    void changed();

private:
    SandboxAccount& mutableAccount(const QString& accountSwitchKey);

    SandboxAccount m_template;
    QMap<QString, SandboxAccount> m_accounts;
};

} // namespace edgekv
