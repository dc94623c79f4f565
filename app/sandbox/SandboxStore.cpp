#include "SandboxStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace edgekv {

namespace {

const QLatin1String kFormat("edgekv-sandbox-state");
constexpr int kVersion = 1;

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeJson(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue(QJsonValue::Null);
}

QJsonObject namespaceToJson(const SandboxNamespace& ns)
{
    return QJsonObject{{QStringLiteral("name"), ns.name},
                       {QStringLiteral("onStaging"), ns.onStaging},
                       {QStringLiteral("onProduction"), ns.onProduction},
                       {QStringLiteral("retentionInSeconds"), ns.retentionInSeconds},
                       {QStringLiteral("geoLocation"), ns.geoLocation},
                       {QStringLiteral("groupId"), ns.groupId},
                       {QStringLiteral("restrictDataAccess"), ns.restrictDataAccess},
                       {QStringLiteral("policyType"), ns.policyType}};
}

QJsonObject tokenToJson(const SandboxToken& token)
{
    QJsonObject permissions;
    for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend(); ++it)
        permissions.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("model"), tokenModelName(token.model)},
                       {QStringLiteral("name"), token.name},
                       {QStringLiteral("uuid"), token.uuid},
                       {QStringLiteral("allowOnStaging"), token.allowOnStaging},
                       {QStringLiteral("allowOnProduction"), token.allowOnProduction},
                       {QStringLiteral("namespacePermissions"), permissions},
                       {QStringLiteral("restrictToEdgeWorkerIds"),
                        QJsonArray::fromStringList(token.restrictToEdgeWorkerIds)},
                       {QStringLiteral("cpcode"), token.cpcode},
                       {QStringLiteral("expiry"), dateJson(token.expiry)},
                       {QStringLiteral("issueDate"), dateJson(token.issueDate)},
                       {QStringLiteral("createdAt"), dateTimeJson(token.createdAtUtc)},
                       {QStringLiteral("latestRefreshDate"), dateJson(token.latestRefreshDate)},
                       {QStringLiteral("nextScheduledRefreshDate"), dateJson(token.nextScheduledRefreshDate)},
                       {QStringLiteral("activationCompleteAt"), dateTimeJson(token.activationCompleteAtUtc)},
                       {QStringLiteral("activationError"), token.activationError},
                       {QStringLiteral("value"), token.value}};
}

QJsonObject accountToJson(const SandboxAccount& account)
{
    QJsonArray namespaces;
    for (const SandboxNamespace& ns : account.namespaces)
        namespaces.append(namespaceToJson(ns));
    QJsonArray tokens;
    for (const SandboxToken& token : account.tokens)
        tokens.append(tokenToJson(token));
    QJsonArray groups;
    for (const SandboxGroup& group : account.groups) {
        groups.append(
            QJsonObject{{QStringLiteral("groupId"), group.groupId},
                        {QStringLiteral("groupName"), group.groupName},
                        {QStringLiteral("capabilities"), QJsonArray::fromStringList(group.capabilities)}});
    }
    return QJsonObject{{QStringLiteral("cpcode"), account.cpcode},
                       {QStringLiteral("initialized"), account.initialized},
                       {QStringLiteral("namespaces"), namespaces},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("groups"), groups}};
}

// Strict readers: a state file is ours or it is rejected as a whole.
class Reader
{
public:
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + what;
        return false;
    }

    QString string(const QJsonObject& o, const char* key, const QString& where, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!required && v.isUndefined())
            return {};
        fail(where + QLatin1Char('.') + QLatin1String(key),
             QCoreApplication::translate("edgekv::SandboxStore", "expected a string"));
        return {};
    }

    bool boolean(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected true or false"));
        return v.toBool();
    }

    qint64 integer(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected a number"));
        return v.toInteger();
    }

    QStringList strings(const QJsonValue& v, const QString& where)
    {
        QStringList result;
        if (!v.isArray()) {
            fail(where, QCoreApplication::translate("edgekv::SandboxStore", "expected an array of strings"));
            return result;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                fail(where,
                     QCoreApplication::translate("edgekv::SandboxStore", "expected an array of strings"));
            result.append(item.toString());
        }
        return result;
    }

    QDate date(const QJsonObject& o, const char* key, const QString& where, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected a date YYYY-MM-DD"));
        return d;
    }

    QDateTime dateTime(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return {};
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !d.isValid())
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected an ISO 8601 date and time"));
        return d.toUTC();
    }

    SandboxNamespace ns(const QJsonObject& o, const QString& where)
    {
        SandboxNamespace n;
        n.name = string(o, "name", where);
        n.onStaging = boolean(o, "onStaging", where);
        n.onProduction = boolean(o, "onProduction", where);
        n.retentionInSeconds = integer(o, "retentionInSeconds", where);
        n.geoLocation = string(o, "geoLocation", where);
        n.groupId = integer(o, "groupId", where);
        n.restrictDataAccess = boolean(o, "restrictDataAccess", where);
        n.policyType = string(o, "policyType", where);
        return n;
    }

    SandboxToken token(const QJsonObject& o, const QString& where)
    {
        SandboxToken t;
        const std::optional<TokenModel> model = tokenModelFromName(string(o, "model", where));
        if (!model)
            fail(where + QStringLiteral(".model"),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected \"enhanced\" or \"legacy\""));
        t.model = model.value_or(TokenModel::Enhanced);
        t.name = string(o, "name", where);
        t.uuid = string(o, "uuid", where);
        if (t.name.isEmpty() || t.uuid.isEmpty())
            fail(where,
                 QCoreApplication::translate("edgekv::SandboxStore", "a token needs a name and a uuid"));
        t.allowOnStaging = boolean(o, "allowOnStaging", where);
        t.allowOnProduction = boolean(o, "allowOnProduction", where);
        const QJsonValue permissions = o.value(QLatin1String("namespacePermissions"));
        if (!permissions.isObject())
            fail(where + QStringLiteral(".namespacePermissions"),
                 QCoreApplication::translate("edgekv::SandboxStore", "expected an object"));
        const QJsonObject permissionObject = permissions.toObject();
        for (auto it = permissionObject.begin(); it != permissionObject.end(); ++it)
            t.namespacePermissions.insert(
                it.key(), strings(it.value(), where + QStringLiteral(".namespacePermissions")));
        t.restrictToEdgeWorkerIds = strings(o.value(QLatin1String("restrictToEdgeWorkerIds")),
                                            where + QStringLiteral(".restrictToEdgeWorkerIds"));
        t.cpcode = string(o, "cpcode", where);
        t.expiry = date(o, "expiry", where, false);
        t.issueDate = date(o, "issueDate", where, false);
        t.createdAtUtc = dateTime(o, "createdAt", where);
        t.latestRefreshDate = date(o, "latestRefreshDate", where, true);
        t.nextScheduledRefreshDate = date(o, "nextScheduledRefreshDate", where, true);
        t.activationCompleteAtUtc = dateTime(o, "activationCompleteAt", where);
        t.activationError = boolean(o, "activationError", where);
        t.value = string(o, "value", where, false);
        return t;
    }

    SandboxAccount account(const QJsonObject& o, const QString& where)
    {
        SandboxAccount a;
        a.cpcode = string(o, "cpcode", where);
        a.initialized = boolean(o, "initialized", where);
        const QJsonArray namespaces = o.value(QLatin1String("namespaces")).toArray();
        for (int i = 0; i < namespaces.size(); ++i) {
            const SandboxNamespace n =
                ns(namespaces.at(i).toObject(), where + QStringLiteral(".namespaces[%1]").arg(i));
            a.namespaces.insert(n.name, n);
        }
        const QJsonArray tokens = o.value(QLatin1String("tokens")).toArray();
        for (int i = 0; i < tokens.size(); ++i) {
            const QString tokenWhere = where + QStringLiteral(".tokens[%1]").arg(i);
            const SandboxToken t = token(tokens.at(i).toObject(), tokenWhere);
            if (a.tokens.contains(t.name))
                fail(tokenWhere, QCoreApplication::translate("edgekv::SandboxStore", "duplicate token name"));
            a.tokens.insert(t.name, t);
        }
        const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
        for (int i = 0; i < groups.size(); ++i) {
            const QString groupWhere = where + QStringLiteral(".groups[%1]").arg(i);
            const QJsonObject g = groups.at(i).toObject();
            a.groups.append(SandboxGroup{integer(g, "groupId", groupWhere),
                                         string(g, "groupName", groupWhere),
                                         strings(g.value(QLatin1String("capabilities")),
                                                 groupWhere + QStringLiteral(".capabilities"))});
        }
        return a;
    }
};

} // namespace

SandboxStore::SandboxStore(QObject* parent) : QObject(parent) {}

void SandboxStore::setAccountTemplate(const SandboxAccount& account)
{
    m_template = account;
}

const SandboxAccount& SandboxStore::account(const QString& accountSwitchKey)
{
    return mutableAccount(accountSwitchKey);
}

SandboxAccount& SandboxStore::mutableAccount(const QString& accountSwitchKey)
{
    auto it = m_accounts.find(accountSwitchKey);
    if (it == m_accounts.end())
        it = m_accounts.insert(accountSwitchKey, m_template);
    return it.value();
}

const SandboxAccount* SandboxStore::findAccount(const QString& accountSwitchKey) const
{
    const auto it = m_accounts.constFind(accountSwitchKey);
    return it == m_accounts.cend() ? nullptr : &it.value();
}

void SandboxStore::putNamespace(const QString& accountSwitchKey, const SandboxNamespace& ns)
{
    mutableAccount(accountSwitchKey).namespaces.insert(ns.name, ns);
    emit changed();
}

bool SandboxStore::removeNamespace(const QString& accountSwitchKey, const QString& name)
{
    if (mutableAccount(accountSwitchKey).namespaces.remove(name) == 0)
        return false;
    emit changed();
    return true;
}

bool SandboxStore::addToken(const QString& accountSwitchKey, const SandboxToken& token)
{
    SandboxAccount& account = mutableAccount(accountSwitchKey);
    if (account.tokens.contains(token.name))
        return false;
    account.tokens.insert(token.name, token);
    emit changed();
    return true;
}

bool SandboxStore::updateToken(const QString& accountSwitchKey, const SandboxToken& token)
{
    SandboxAccount& account = mutableAccount(accountSwitchKey);
    const auto it = account.tokens.find(token.name);
    if (it == account.tokens.end())
        return false;
    it.value() = token;
    emit changed();
    return true;
}

bool SandboxStore::removeToken(const QString& accountSwitchKey, const QString& name)
{
    if (mutableAccount(accountSwitchKey).tokens.remove(name) == 0)
        return false;
    emit changed();
    return true;
}

std::optional<SandboxToken> SandboxStore::token(const QString& accountSwitchKey, const QString& name) const
{
    const SandboxAccount* account = findAccount(accountSwitchKey);
    if (!account)
        return std::nullopt;
    const auto it = account->tokens.constFind(name);
    if (it == account->tokens.cend())
        return std::nullopt;
    return it.value();
}

void SandboxStore::setInitialized(const QString& accountSwitchKey, bool initialized)
{
    mutableAccount(accountSwitchKey).initialized = initialized;
    emit changed();
}

void SandboxStore::putAccount(const QString& accountSwitchKey, const SandboxAccount& account)
{
    m_accounts.insert(accountSwitchKey, account);
    emit changed();
}

void SandboxStore::clear()
{
    m_accounts.clear();
    emit changed();
}

QJsonObject SandboxStore::toJson() const
{
    QJsonObject accounts;
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
        accounts.insert(it.key(), accountToJson(it.value()));
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("accounts"), accounts}};
}

bool SandboxStore::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QLatin1String("format")).toString() != kFormat)
        return fail(QCoreApplication::translate(
            "edgekv::SandboxStore",
            "not an edgekv-sandbox state file (no \"format\": \"edgekv-sandbox-state\")"));
    if (json.value(QLatin1String("version")).toInt() != kVersion)
        return fail(QCoreApplication::translate("edgekv::SandboxStore", "unsupported state file version %1")
                        .arg(json.value(QLatin1String("version")).toInt()));
    const QJsonValue accountsValue = json.value(QLatin1String("accounts"));
    if (!accountsValue.isObject())
        return fail(
            QCoreApplication::translate("edgekv::SandboxStore", "\"accounts\" is missing or not an object"));

    Reader reader;
    QMap<QString, SandboxAccount> accounts;
    const QJsonObject accountsObject = accountsValue.toObject();
    for (auto it = accountsObject.begin(); it != accountsObject.end(); ++it) {
        if (!it.value().isObject())
            return fail(QCoreApplication::translate("edgekv::SandboxStore", "account \"%1\" is not an object")
                            .arg(it.key()));
        accounts.insert(it.key(), reader.account(it.value().toObject(),
                                                 QStringLiteral("accounts[\"%1\"]").arg(it.key())));
    }
    if (!reader.error.isEmpty())
        return fail(reader.error);
    m_accounts = accounts;
    emit changed();
    return true;
}

QString SandboxStore::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace edgekv
