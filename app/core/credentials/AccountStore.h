#pragma once

#include "credentials/AccountProfile.h"
#include "credentials/Credentials.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace edgekv {

class MemorySecretStore;
class SecretStore;

// The answer to one AccountStore operation.
struct AccountResult
{
    enum class Status {
        Ok,
        Failed,              // bad input, unknown account, unreadable .edgerc, settings not writable, ...
        KeychainUnavailable, // the keychain could not be used; nothing was written anywhere
    };

    Status status = Status::Ok;
    QString message;         // user-visible reason when not Ok; never contains a secret
    Credentials credentials; // loadCredentials() only, when Ok

    bool ok() const { return status == Status::Ok; }
};

using AccountCallback = std::function<void(const AccountResult&)>;

// The user's accounts: keychain profiles (secrets in the keychain, the rest in the settings file),
// profiles linked to an .edgerc section (only path and section in the settings file) and session-only
// profiles (in memory until the store is destroyed). Names are unique across the three kinds; saving
// under an existing name replaces that account. Every operation that may touch the keychain answers
// through a callback, which runs later in context's thread, or not at all once context is destroyed.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    static QString settingsGroup() { return QStringLiteral("accounts"); }
    // The user's settings file: $XDG_CONFIG_HOME/EdgeKV/EdgeKV Token Manager.conf on Linux.
    static std::unique_ptr<QSettings> createDefaultSettings();
    // The keychain key under which an account's client token, client secret and access token are kept.
    static QString secretKey(const QString& name);

    // The user's settings file and the system keychain.
    explicit AccountStore(QObject* parent = nullptr);
    // Neither is owned; both must outlive the store.
    AccountStore(QSettings* settings, SecretStore* keychain, QObject* parent = nullptr);
    ~AccountStore() override;

    // Saved accounts sorted by name, then session-only ones in the order they were added.
    QList<AccountProfile> list() const;
    std::optional<AccountProfile> profile(const QString& name) const;
    bool contains(const QString& name) const { return profile(name).has_value(); }

    // Writes the secrets to the keychain first and only when that succeeded the rest to the settings
    // file. When the keychain is unavailable, nothing is written and the answer says so (the caller may
    // offer addSessionProfile() instead).
    void saveKeychainProfile(const QString& name, const Credentials& credentials, QObject* context,
                             AccountCallback done);
    // Stores only the path (made absolute, "~/" expanded) and the section ("default" when empty).
    // Returns an error message, empty on success.
    QString saveLinkedProfile(const QString& name, const QString& edgercPath, const QString& section);
    // Fails when a saved account has that name. Returns an error message, empty on success.
    QString addSessionProfile(const QString& name, const Credentials& credentials);

    // Reads the secrets from the keychain, the linked .edgerc section, or memory.
    void loadCredentials(const QString& name, QObject* context, AccountCallback done);
    // A keychain account's keychain entry goes first; when the keychain is unavailable the account stays.
    void remove(const QString& name, QObject* context, AccountCallback done);

    // The environment a linked .edgerc is loaded with (AKAMAI_* variables override the file, as in
    // Akamai's tools). Empty by default: a linked account means exactly what its file says.
    void setEdgercEnvironment(const QProcessEnvironment& environment) { m_edgercEnvironment = environment; }

    static QString validateName(const QString& name);

signals:
    void profilesChanged();

private:
    std::optional<AccountProfile> savedProfile(const QString& name) const;
    QString writeProfile(const AccountProfile& profile);
    QString removeSavedProfile(const QString& name);
    QString settingsError() const;
    void removeSessionProfile(const QString& name);
    void forgetKeychainSecrets(const QString& name);
    void loadFromSecrets(const AccountProfile& profile, SecretStore* store, QObject* context,
                         AccountCallback done);
    static void answer(QObject* context, AccountCallback done, AccountResult result);

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings* m_settings = nullptr;
    SecretStore* m_keychain = nullptr;
    MemorySecretStore* m_sessionSecrets = nullptr;
    QList<AccountProfile> m_sessionProfiles;
    QProcessEnvironment m_edgercEnvironment;
};

} // namespace edgekv
