#include "TokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace edgekv {

namespace {

SandboxApiError badRequest(const QString& detail, const QString& code = QStringLiteral("EKV_2000"))
{
    return SandboxApiError{400, code, detail};
}

bool isNameCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// Index just past the string literal that starts at json[start] ('"').
qsizetype skipString(const QByteArray& json, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < json.size() && json.at(i) != '"')
        i += json.at(i) == '\\' ? 2 : 1;
    return i + 1;
}

std::optional<SandboxApiError> checkPermissions(const QString& ns, const QJsonValue& value,
                                                QStringList* permissions)
{
    const SandboxApiError invalid = badRequest(
        QStringLiteral("Invalid permission for namespace %1: use 1 to 3 of \"r\", \"w\", \"d\".").arg(ns));
    if (!value.isArray())
        return invalid;
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > 3)
        return invalid;
    for (const QJsonValue& item : array) {
        const QString letter = item.toString();
        if (!item.isString() ||
            (letter != QLatin1String("r") && letter != QLatin1String("w") && letter != QLatin1String("d")) ||
            permissions->contains(letter))
            return invalid;
        permissions->append(letter);
    }
    return std::nullopt;
}

} // namespace

std::optional<SandboxApiError> TokenValidator::checkName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return badRequest(
            QStringLiteral("Name must be between 1 and %1 characters long.").arg(MaxNameLength));
    if (name.startsWith(QLatin1Char('-')) || !std::all_of(name.cbegin(), name.cend(), isNameCharacter))
        return badRequest(QStringLiteral("Name contains invalid characters."));
    return std::nullopt;
}

bool TokenValidator::isGone(const SandboxToken& token, const QDate& todayUtc)
{
    return token.isExpired(todayUtc) && token.expiry.daysTo(todayUtc) > ExpiredListDays;
}

bool TokenValidator::hasDuplicateKeys(const QByteArray& json)
{
    struct Container
    {
        bool isObject;
        bool expectKey;
        QSet<QString> keys;
    };
    QList<Container> stack;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            stack.append(Container{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                // Decode escapes so "a" and "\u0061" count as the same key.
                const QJsonDocument decoded = QJsonDocument::fromJson('[' + json.mid(i, end - i) + ']');
                const QString key = decoded.array().at(0).toString();
                if (stack.last().keys.contains(key))
                    return true;
                stack.last().keys.insert(key);
                stack.last().expectKey = false;
            }
            i = end;
            continue;
        }
        ++i;
    }
    return false;
}

std::optional<SandboxApiError> TokenValidator::validateCreate(const QByteArray& body,
                                                              const SandboxAccount& account, TokenModel model,
                                                              const QDate& todayUtc, SandboxToken* token)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || hasDuplicateKeys(body)) {
        return SandboxApiError{
            422, QStringLiteral("EKV_2001"),
            QStringLiteral("The JSON request body contained a syntax error or duplicate attributes.")};
    }
    const QJsonObject json = document.object();

    const QJsonValue name = json.value(QLatin1String("name"));
    if (!name.isString())
        return badRequest(QStringLiteral("The field name is required and must be a string."));
    if (auto error = checkName(name.toString()))
        return error;
    token->name = name.toString();

    for (const char* field : {"allowOnStaging", "allowOnProduction"}) {
        if (!json.value(QLatin1String(field)).isBool())
            return badRequest(QStringLiteral("The field %1 is required and must be true or false.")
                                  .arg(QLatin1String(field)));
    }
    token->allowOnStaging = json.value(QLatin1String("allowOnStaging")).toBool();
    token->allowOnProduction = json.value(QLatin1String("allowOnProduction")).toBool();
    if (!token->allowOnStaging && !token->allowOnProduction)
        return badRequest(
            QStringLiteral("A token must be allowed on at least one network: set allowOnStaging or "
                           "allowOnProduction to true."));

    const QJsonValue permissionsValue = json.value(QLatin1String("namespacePermissions"));
    if (!permissionsValue.isObject())
        return badRequest(
            QStringLiteral("The field namespacePermissions is required and must be an object."));
    const QJsonObject permissions = permissionsValue.toObject();
    if (permissions.isEmpty() || permissions.size() > MaxNamespaces)
        return badRequest(
            QStringLiteral("A token must have permissions for 1 to %1 namespaces.").arg(MaxNamespaces));
    token->namespacePermissions.clear();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        QStringList letters;
        if (auto error = checkPermissions(it.key(), it.value(), &letters))
            return error;
        token->namespacePermissions.insert(it.key(), letters);
    }

    std::optional<bool> policy;
    for (const QString& nsName : token->namespacePermissions.keys()) {
        const auto ns = account.namespaces.constFind(nsName);
        for (SandboxNetwork network : {SandboxNetwork::Staging, SandboxNetwork::Production}) {
            const bool wanted =
                network == SandboxNetwork::Staging ? token->allowOnStaging : token->allowOnProduction;
            if (wanted && (ns == account.namespaces.cend() || !ns->existsOn(network))) {
                return badRequest(QStringLiteral("The namespace %1 does not exist on the %2 network.")
                                      .arg(nsName, sandboxNetworkName(network)),
                                  QStringLiteral("EKV_9000"));
            }
        }
        if (policy && *policy != ns->restrictDataAccess)
            return badRequest(
                QStringLiteral("All namespaces of a token must have the same data access policy "
                               "(restrictDataAccess)."));
        policy = ns->restrictDataAccess;
    }

    token->restrictToEdgeWorkerIds.clear();
    const QJsonValue ewids = json.value(QLatin1String("restrictToEdgeWorkerIds"));
    if (!ewids.isUndefined() && !ewids.isNull()) {
        if (!ewids.isArray())
            return badRequest(
                QStringLiteral("The field restrictToEdgeWorkerIds must be an array of EdgeWorker IDs."));
        const QJsonArray ids = ewids.toArray();
        if (ids.size() > MaxEdgeWorkerIds)
            return badRequest(QStringLiteral("A token can be restricted to at most %1 EdgeWorker IDs.")
                                  .arg(MaxEdgeWorkerIds));
        for (const QJsonValue& id : ids) {
            bool numeric = false;
            id.toString().toULongLong(&numeric);
            if (!id.isString() || !numeric)
                return badRequest(QStringLiteral("Invalid EdgeWorker ID: %1.")
                                      .arg(QString::fromUtf8(
                                          QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))));
            if (!token->restrictToEdgeWorkerIds.contains(id.toString()))
                token->restrictToEdgeWorkerIds.append(id.toString());
        }
    }

    if (model == TokenModel::Legacy) {
        const QJsonValue expiryValue = json.value(QLatin1String("expiry"));
        if (!expiryValue.isString() || expiryValue.toString().isEmpty())
            return badRequest(QStringLiteral("The field expiry is required (YYYY-MM-DD)."));
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate expiry = QDate::fromString(expiryValue.toString(), Qt::ISODate);
        if (!datePattern.match(expiryValue.toString()).hasMatch() || !expiry.isValid())
            return badRequest(
                QStringLiteral("Invalid expiry %1: use the format YYYY-MM-DD.").arg(expiryValue.toString()));
        if (expiry < todayUtc.addDays(1) || expiry > todayUtc.addMonths(6))
            return badRequest(
                QStringLiteral("The expiry must be at least 1 day and at most 6 months in the future "
                               "(%1 to %2).")
                    .arg(todayUtc.addDays(1).toString(Qt::ISODate),
                         todayUtc.addMonths(6).toString(Qt::ISODate)));
        token->expiry = expiry;
    } else {
        // The enhanced workflow ignores expiry (the CLI still sends "expiry": "").
        token->expiry = SandboxToken::enhancedExpiry();
    }
    token->model = model;
    return std::nullopt;
}

} // namespace edgekv
