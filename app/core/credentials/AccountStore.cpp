#include "credentials/AccountStore.h"

#include "credentials/EdgercReader.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace edgekv {

namespace {

Q_LOGGING_CATEGORY(lcAccounts, "edgekv.credentials")

QString translated(const char* text)
{
    return QCoreApplication::translate("edgekv::AccountStore", text);
}

namespace Key {
const auto kind = QStringLiteral("kind");
const auto host = QStringLiteral("host");
const auto plainHttp = QStringLiteral("plainHttp");
const auto accountSwitchKey = QStringLiteral("accountSwitchKey");
const auto maxBody = QStringLiteral("maxBody");
const auto headersToSign = QStringLiteral("headersToSign");
const auto edgercPath = QStringLiteral("edgercPath");
const auto edgercSection = QStringLiteral("edgercSection");
} // namespace Key

const auto clientTokenField = QStringLiteral("client_token");
const auto clientSecretField = QStringLiteral("client_secret");
const auto accessTokenField = QStringLiteral("access_token");

QByteArray secretsBlob(const Credentials& credentials)
{
    const QJsonObject object{{clientTokenField, credentials.clientToken},
                             {clientSecretField, credentials.clientSecret},
                             {accessTokenField, credentials.accessToken}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The credentials of profile with the secrets from blob, or nothing when blob is not what
// secretsBlob() wrote.
std::optional<Credentials> fromSecretsBlob(const AccountProfile& profile, const QByteArray& blob)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    for (const QString& field : {clientTokenField, clientSecretField, accessTokenField}) {
        if (!object.value(field).isString())
            return std::nullopt;
    }
    return profile.toCredentials(object.value(clientTokenField).toString(),
                                 object.value(clientSecretField).toString(),
                                 object.value(accessTokenField).toString());
}

QString groupOf(const QString& name)
{
    return AccountStore::settingsGroup() + QLatin1Char('/') + name;
}

AccountResult failed(const QString& message)
{
    return {AccountResult::Status::Failed, message, {}};
}

AccountResult fromSecretResult(const SecretResult& result)
{
    if (result.status == SecretResult::Status::Unavailable)
        return {AccountResult::Status::KeychainUnavailable, result.message, {}};
    if (result.status == SecretResult::Status::NotFound)
        return failed(result.message);
    return {};
}

} // namespace

std::unique_ptr<QSettings> AccountStore::createDefaultSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("EdgeKV"), QStringLiteral("EdgeKV Token Manager"));
}

QString AccountStore::secretKey(const QString& name)
{
    return QStringLiteral("account:") + name;
}

AccountStore::AccountStore(QObject* parent) : AccountStore(nullptr, nullptr, parent)
{
    m_ownedSettings = createDefaultSettings();
    m_settings = m_ownedSettings.get();
    m_keychain = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
}

AccountStore::AccountStore(QSettings* settings, SecretStore* keychain, QObject* parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain),
      m_sessionSecrets(new MemorySecretStore(this))
{}

AccountStore::~AccountStore() = default;

QString AccountStore::validateName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return translated("An account needs a name.");
    if (name != name.trimmed())
        return translated("An account name cannot start or end with a space.");
    // '/' and '\' separate groups in the settings file.
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return translated("The account name \"%1\" cannot contain \"/\" or \"\\\".").arg(name);
    return {};
}

QList<AccountProfile> AccountStore::list() const
{
    QList<AccountProfile> profiles;
    m_settings->beginGroup(settingsGroup());
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    for (const QString& name : std::as_const(names)) {
        if (auto saved = savedProfile(name))
            profiles.append(*saved);
    }
    profiles.append(m_sessionProfiles);
    return profiles;
}

std::optional<AccountProfile> AccountStore::profile(const QString& name) const
{
    for (const AccountProfile& session : m_sessionProfiles) {
        if (session.name == name)
            return session;
    }
    return savedProfile(name);
}

std::optional<AccountProfile> AccountStore::savedProfile(const QString& name) const
{
    if (!validateName(name).isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const auto kind = AccountProfile::kindFromName(m_settings->value(Key::kind).toString());
    AccountProfile profile;
    profile.name = name;
    if (kind == AccountProfile::Kind::Keychain) {
        profile.kind = *kind;
        profile.host = m_settings->value(Key::host).toString();
        profile.plainHttp = m_settings->value(Key::plainHttp, false).toBool();
        profile.accountSwitchKey = m_settings->value(Key::accountSwitchKey).toString();
        profile.maxBody = m_settings->value(Key::maxBody, Credentials::DefaultMaxBody).toInt();
        profile.headersToSign = m_settings->value(Key::headersToSign).toStringList();
    } else if (kind == AccountProfile::Kind::LinkedEdgerc) {
        profile.kind = *kind;
        profile.edgercPath = m_settings->value(Key::edgercPath).toString();
        profile.edgercSection = m_settings->value(Key::edgercSection).toString();
    }
    m_settings->endGroup();
    // A group without a known kind was not written by this store (or by a newer version): not an account.
    if (kind != AccountProfile::Kind::Keychain && kind != AccountProfile::Kind::LinkedEdgerc)
        return std::nullopt;
    return profile;
}

QString AccountStore::settingsError() const
{
    return translated("Could not write the settings file %1.")
        .arg(QDir::toNativeSeparators(m_settings->fileName()));
}

QString AccountStore::writeProfile(const AccountProfile& profile)
{
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->remove(QString());
    m_settings->setValue(Key::kind, AccountProfile::kindName(profile.kind));
    if (profile.kind == AccountProfile::Kind::Keychain) {
        m_settings->setValue(Key::host, profile.host);
        m_settings->setValue(Key::plainHttp, profile.plainHttp);
        m_settings->setValue(Key::accountSwitchKey, profile.accountSwitchKey);
        m_settings->setValue(Key::maxBody, profile.maxBody);
        if (!profile.headersToSign.isEmpty())
            m_settings->setValue(Key::headersToSign, profile.headersToSign);
    } else {
        m_settings->setValue(Key::edgercPath, profile.edgercPath);
        m_settings->setValue(Key::edgercSection, profile.edgercSection);
    }
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcAccounts) << "could not write account" << profile.name << "to" << m_settings->fileName();
        return settingsError();
    }
    return {};
}

QString AccountStore::removeSavedProfile(const QString& name)
{
    m_settings->remove(groupOf(name));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcAccounts) << "could not remove account" << name << "from" << m_settings->fileName();
        return settingsError();
    }
    return {};
}

void AccountStore::removeSessionProfile(const QString& name)
{
    const auto it = std::find_if(m_sessionProfiles.begin(), m_sessionProfiles.end(),
                                 [&name](const AccountProfile& p) { return p.name == name; });
    if (it == m_sessionProfiles.end())
        return;
    m_sessionProfiles.erase(it);
    m_sessionSecrets->remove(secretKey(name), this, [](const SecretResult&) {});
}

// After a keychain account was replaced by a linked one: its secrets are no longer needed. Best effort,
// since the replacement has already succeeded.
void AccountStore::forgetKeychainSecrets(const QString& name)
{
    m_keychain->remove(secretKey(name), this, [name](const SecretResult& result) {
        if (!result.ok())
            qCWarning(lcAccounts) << "could not remove the keychain entry of replaced account" << name << ":"
                                  << result.message;
    });
}

void AccountStore::answer(QObject* context, AccountCallback done, AccountResult result)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void AccountStore::saveKeychainProfile(const QString& name, const Credentials& credentials, QObject* context,
                                       AccountCallback done)
{
    if (const QString error = validateName(name); !error.isEmpty())
        return answer(context, std::move(done), failed(error));
    if (const QStringList missing = credentials.missingFields(); !missing.isEmpty()) {
        return answer(
            context, std::move(done),
            failed(translated("The account \"%1\" lacks %2.").arg(name, missing.join(QStringLiteral(", ")))));
    }
    if (credentials.plainHttp && !isLoopbackHost(credentials.host)) {
        return answer(context, std::move(done),
                      failed(translated("Plain http:// is allowed only for a loopback host, not \"%1\".")
                                 .arg(credentials.host)));
    }

    const AccountProfile profile =
        AccountProfile::fromCredentials(name, AccountProfile::Kind::Keychain, credentials);
    const bool hadKeychainEntry =
        savedProfile(name).has_value() && savedProfile(name)->kind == AccountProfile::Kind::Keychain;
    const QPointer<QObject> guard(context);
    qCInfo(lcAccounts) << "saving keychain account" << name;
    m_keychain->write(
        secretKey(name), secretsBlob(credentials), this,
        [this, profile, hadKeychainEntry, guard, done = std::move(done)](const SecretResult& written) {
            AccountResult result = fromSecretResult(written);
            if (result.ok()) {
                if (const QString error = writeProfile(profile); !error.isEmpty()) {
                    result = failed(error);
                    if (!hadKeychainEntry)
                        forgetKeychainSecrets(profile.name);
                } else {
                    removeSessionProfile(profile.name);
                    emit profilesChanged();
                }
            } else {
                qCWarning(lcAccounts) << "account" << profile.name << "not saved:" << result.message;
            }
            if (guard)
                answer(guard, done, result);
        });
}

QString AccountStore::saveLinkedProfile(const QString& name, const QString& edgercPath,
                                        const QString& section)
{
    if (const QString error = validateName(name); !error.isEmpty())
        return error;
    if (edgercPath.trimmed().isEmpty())
        return translated("Choose the .edgerc file of the account \"%1\".").arg(name);

    QString path = edgercPath.trimmed();
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    AccountProfile profile;
    profile.name = name;
    profile.kind = AccountProfile::Kind::LinkedEdgerc;
    profile.edgercPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    profile.edgercSection = section.trimmed().isEmpty() ? QStringLiteral("default") : section.trimmed();

    const auto previous = savedProfile(name);
    if (const QString error = writeProfile(profile); !error.isEmpty())
        return error;
    qCInfo(lcAccounts) << "linked account" << name << "to" << profile.edgercPath << profile.edgercSection;
    if (previous && previous->kind == AccountProfile::Kind::Keychain)
        forgetKeychainSecrets(name);
    removeSessionProfile(name);
    emit profilesChanged();
    return {};
}

QString AccountStore::addSessionProfile(const QString& name, const Credentials& credentials)
{
    if (const QString error = validateName(name); !error.isEmpty())
        return error;
    if (savedProfile(name))
        return translated("A saved account is already called \"%1\"; choose another name.").arg(name);
    if (const QStringList missing = credentials.missingFields(); !missing.isEmpty())
        return translated("The account \"%1\" lacks %2.").arg(name, missing.join(QStringLiteral(", ")));

    const AccountProfile profile =
        AccountProfile::fromCredentials(name, AccountProfile::Kind::SessionOnly, credentials);
    const auto it = std::find_if(m_sessionProfiles.begin(), m_sessionProfiles.end(),
                                 [&name](const AccountProfile& p) { return p.name == name; });
    if (it != m_sessionProfiles.end())
        *it = profile;
    else
        m_sessionProfiles.append(profile);
    // The memory store keeps the secrets at once; its answer carries nothing.
    m_sessionSecrets->write(secretKey(name), secretsBlob(credentials), this, [](const SecretResult&) {});
    qCInfo(lcAccounts) << "session-only account" << name << "added";
    emit profilesChanged();
    return {};
}

void AccountStore::loadCredentials(const QString& name, QObject* context, AccountCallback done)
{
    const auto found = profile(name);
    if (!found) {
        return answer(context, std::move(done),
                      failed(translated("There is no account called \"%1\".").arg(name)));
    }

    switch (found->kind) {
    case AccountProfile::Kind::Keychain:
        return loadFromSecrets(*found, m_keychain, context, std::move(done));
    case AccountProfile::Kind::SessionOnly:
        return loadFromSecrets(*found, m_sessionSecrets, context, std::move(done));
    case AccountProfile::Kind::LinkedEdgerc: {
        auto loaded = EdgercLoader::load(found->edgercPath, found->edgercSection, m_edgercEnvironment);
        AccountResult result;
        if (auto* error = std::get_if<EdgercError>(&loaded)) {
            qCWarning(lcAccounts) << "linked account" << name << "could not be loaded:" << error->text();
            result = failed(error->text());
        } else {
            result.credentials = std::get<Credentials>(std::move(loaded));
        }
        return answer(context, std::move(done), std::move(result));
    }
    }
}

void AccountStore::loadFromSecrets(const AccountProfile& profile, SecretStore* store, QObject* context,
                                   AccountCallback done)
{
    const QPointer<QObject> guard(context);
    store->read(
        secretKey(profile.name), this, [profile, guard, done = std::move(done)](const SecretResult& read) {
            AccountResult result = fromSecretResult(read);
            if (read.status == SecretResult::Status::NotFound) {
                result.message =
                    translated("The keychain holds no secrets for the account \"%1\"; save it again.")
                        .arg(profile.name);
            } else if (read.ok()) {
                if (auto credentials = fromSecretsBlob(profile, read.data)) {
                    result.credentials = std::move(*credentials);
                } else {
                    qCWarning(lcAccounts)
                        << "the secrets of account" << profile.name << "are not in the expected form";
                    result = failed(
                        translated("The keychain entry of the account \"%1\" is damaged; save the account "
                                   "again.")
                            .arg(profile.name));
                }
            }
            if (guard)
                answer(guard, done, result);
        });
}

void AccountStore::remove(const QString& name, QObject* context, AccountCallback done)
{
    const auto found = profile(name);
    if (!found) {
        return answer(context, std::move(done),
                      failed(translated("There is no account called \"%1\".").arg(name)));
    }

    switch (found->kind) {
    case AccountProfile::Kind::SessionOnly:
        removeSessionProfile(name);
        emit profilesChanged();
        return answer(context, std::move(done), {});
    case AccountProfile::Kind::LinkedEdgerc: {
        const QString error = removeSavedProfile(name);
        if (error.isEmpty())
            emit profilesChanged();
        return answer(context, std::move(done), error.isEmpty() ? AccountResult{} : failed(error));
    }
    case AccountProfile::Kind::Keychain:
        break;
    }

    const QPointer<QObject> guard(context);
    qCInfo(lcAccounts) << "removing keychain account" << name;
    m_keychain->remove(secretKey(name), this,
                       [this, name, guard, done = std::move(done)](const SecretResult& removed) {
                           AccountResult result = fromSecretResult(removed);
                           if (result.ok()) {
                               if (const QString error = removeSavedProfile(name); !error.isEmpty())
                                   result = failed(error);
                               else
                                   emit profilesChanged();
                           } else {
                               qCWarning(lcAccounts) << "account" << name << "not removed:" << result.message;
                           }
                           if (guard)
                               answer(guard, done, result);
                       });
}

} // namespace edgekv
