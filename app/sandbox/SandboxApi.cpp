#include "SandboxApi.h"

#include "JwtIssuer.h"
#include "ProblemResponse.h"
#include "SandboxStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace edgekv {

namespace {

constexpr int kRefreshIntervalMonths = 2;

SandboxResponse jsonResponse(const QJsonObject& body, int status = 200)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse apiError(const SandboxApiError& error)
{
    return ProblemResponse::edgeKv(error.status, error.errorCode, error.detail);
}

SandboxResponse notFound(const QString& detail, const QString& code = QStringLiteral("EKV_2000"))
{
    return ProblemResponse::edgeKv(404, code, detail);
}

SandboxResponse methodNotAllowed(const QByteArray& method)
{
    return ProblemResponse::edgeKv(
        405, QStringLiteral("EKV_2000"),
        QStringLiteral("The method %1 is not allowed on this resource.").arg(QString::fromLatin1(method)));
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject namespaceJson(const SandboxNamespace& ns)
{
    return QJsonObject{{QStringLiteral("namespace"), ns.name},
                       {QStringLiteral("retentionInSeconds"), ns.retentionInSeconds},
                       {QStringLiteral("geoLocation"), ns.geoLocation},
                       {QStringLiteral("groupId"), ns.groupId},
                       {QStringLiteral("dataAccessPolicy"),
                        QJsonObject{{QStringLiteral("restrictDataAccess"), ns.restrictDataAccess},
                                    {QStringLiteral("policyType"), ns.policyType}}}};
}

std::optional<SandboxResponse> badNetwork(const QString& network, std::optional<SandboxNetwork>* parsed)
{
    *parsed = sandboxNetworkFromName(network);
    if (*parsed)
        return std::nullopt;
    return ProblemResponse::edgeKv(
        400, QStringLiteral("EKV_2000"),
        QStringLiteral("Invalid network %1: use staging or production.").arg(network));
}

} // namespace

SandboxApi::SandboxApi(SandboxStore& store, const SandboxOptions& options, const Clock& clock,
                       const JwtIssuer& jwt)
    : m_store(store), m_options(options), m_clock(clock), m_jwt(jwt)
{}

SandboxToken SandboxApi::withScheduledRefreshes(const SandboxToken& token, const QDate& todayUtc)
{
    SandboxToken result = token;
    if (result.model != TokenModel::Enhanced || !result.nextScheduledRefreshDate.isValid())
        return result;
    while (result.nextScheduledRefreshDate <= todayUtc) {
        result.latestRefreshDate = result.nextScheduledRefreshDate;
        result.nextScheduledRefreshDate = result.nextScheduledRefreshDate.addMonths(kRefreshIntervalMonths);
    }
    return result;
}

QJsonObject SandboxApi::tokenJson(const SandboxToken& stored, const QDateTime& nowUtc)
{
    if (stored.model == TokenModel::Legacy) {
        // Exactly the official schema (tokens-200: additionalProperties false).
        return QJsonObject{{QStringLiteral("expiry"), stored.expiry.toString(Qt::ISODate)},
                           {QStringLiteral("name"), stored.name},
                           {QStringLiteral("uuid"), stored.uuid},
                           {QStringLiteral("value"), stored.value}};
    }
    const SandboxToken token = withScheduledRefreshes(stored, nowUtc.date());
    QJsonObject permissions;
    for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend(); ++it)
        permissions.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject json{{QStringLiteral("name"), token.name},
                     {QStringLiteral("uuid"), token.uuid},
                     {QStringLiteral("allowOnProduction"), token.allowOnProduction},
                     {QStringLiteral("allowOnStaging"), token.allowOnStaging},
                     {QStringLiteral("cpcode"), token.cpcode},
                     {QStringLiteral("expiry"), token.expiry.toString(Qt::ISODate)},
                     {QStringLiteral("issueDate"), dateValue(token.issueDate)},
                     {QStringLiteral("latestRefreshDate"), dateValue(token.latestRefreshDate)},
                     {QStringLiteral("nextScheduledRefreshDate"), dateValue(token.nextScheduledRefreshDate)},
                     {QStringLiteral("namespacePermissions"), permissions},
                     {QStringLiteral("tokenActivationStatus"), token.activationStatus(nowUtc)}};
    // Omitted means "all EdgeWorker IDs", as in the request.
    if (!token.restrictToEdgeWorkerIds.isEmpty())
        json.insert(QStringLiteral("restrictToEdgeWorkerIds"),
                    QJsonArray::fromStringList(token.restrictToEdgeWorkerIds));
    return json;
}

QJsonObject SandboxApi::tokenListItemJson(const SandboxToken& stored, const QDateTime& nowUtc)
{
    if (stored.model == TokenModel::Legacy) {
        return QJsonObject{{QStringLiteral("expiry"), stored.expiry.toString(Qt::ISODate)},
                           {QStringLiteral("name"), stored.name},
                           {QStringLiteral("uuid"), stored.uuid}};
    }
    const SandboxToken token = withScheduledRefreshes(stored, nowUtc.date());
    return QJsonObject{
        {QStringLiteral("name"), token.name},
        {QStringLiteral("uuid"), token.uuid},
        {QStringLiteral("expiry"), token.expiry.toString(Qt::ISODate)},
        {QStringLiteral("issueDate"), dateValue(token.issueDate)},
        {QStringLiteral("latestRefreshDate"), dateValue(token.latestRefreshDate)},
        {QStringLiteral("nextScheduledRefreshDate"), dateValue(token.nextScheduledRefreshDate)},
        {QStringLiteral("tokenActivationStatus"), token.activationStatus(nowUtc)}};
}

SandboxResponse SandboxApi::handle(const SandboxRequest& request, bool* mutated)
{
    *mutated = false;
    const qsizetype question = request.rawTarget.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.rawTarget : request.rawTarget.left(question);
    const QByteArray rawQuery = question < 0 ? QByteArray() : request.rawTarget.mid(question + 1);

    static const QByteArray base = "/edgekv/v1";
    if (!rawPath.startsWith(base) || (rawPath.size() > base.size() && rawPath.at(base.size()) != '/'))
        return notFound(QStringLiteral("The requested resource does not exist."));

    QStringList segments;
    for (const QByteArray& segment : rawPath.mid(base.size()).split('/')) {
        if (!segment.isEmpty())
            segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    const QUrlQuery query(QString::fromUtf8(rawQuery));
    const Call call{request, query.queryItemValue(QStringLiteral("accountSwitchKey"), QUrl::FullyDecoded),
                    query, segments};
    return route(call, mutated);
}

SandboxResponse SandboxApi::route(const Call& call, bool* mutated)
{
    const QByteArray& method = call.request.method;
    const QStringList& s = call.segments;
    const auto is = [&](int count, const char* first) {
        return s.size() == count && s.at(0) == QLatin1String(first);
    };

    if (is(1, "tokens")) {
        if (method == "GET")
            return listTokens(call);
        if (method == "POST")
            return createToken(call, mutated);
        return methodNotAllowed(method);
    }
    if (is(2, "tokens")) {
        if (method == "GET")
            return getToken(call, s.at(1));
        if (method == "DELETE")
            return deleteToken(call, s.at(1), mutated);
        return methodNotAllowed(method);
    }
    if (is(3, "tokens") && s.at(2) == QLatin1String("refresh"))
        return method == "POST" ? refreshToken(call, s.at(1), mutated) : methodNotAllowed(method);
    if (s.size() >= 3 && s.size() <= 4 && s.at(0) == QLatin1String("networks") &&
        s.at(2) == QLatin1String("namespaces")) {
        if (method != "GET")
            return methodNotAllowed(method);
        return s.size() == 3 ? listNamespaces(call, s.at(1)) : getNamespace(call, s.at(1), s.at(3));
    }
    if (is(1, "initialize"))
        return method == "GET" ? initialize(call) : methodNotAllowed(method);
    if (s.size() == 2 && s.at(0) == QLatin1String("auth") && s.at(1) == QLatin1String("groups"))
        return method == "GET" ? authGroups(call) : methodNotAllowed(method);
    return notFound(QStringLiteral("The requested resource does not exist."));
}

SandboxResponse SandboxApi::listTokens(const Call& call)
{
    const bool includeExpired = call.query.queryItemValue(QStringLiteral("includeExpired"))
                                    .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const QDateTime now = m_clock.nowUtc();
    const QString cacheKey = (includeExpired ? QStringLiteral("1") : QStringLiteral("0")) + call.accountKey;
    const auto cached = m_listCache.constFind(cacheKey);
    if (cached != m_listCache.cend() && now >= cached->computedAtUtc && now < cached->validUntilUtc) {
        SandboxResponse response;
        response.body = cached->body;
        return response;
    }

    const QDate today = now.date();
    // The body only changes at midnight, when an activation completes, or when the store changes.
    QDateTime validUntil(today.addDays(1), QTime(0, 0), QTimeZone::utc());
    QJsonArray tokens;
    for (const SandboxToken& token : m_store.account(call.accountKey).tokens) {
        if (TokenValidator::isGone(token, today) || (token.isExpired(today) && !includeExpired))
            continue;
        tokens.append(tokenListItemJson(token, now));
        if (token.activationCompleteAtUtc.isValid() && token.activationCompleteAtUtc > now)
            validUntil = qMin(validUntil, token.activationCompleteAtUtc);
    }
    SandboxResponse response = jsonResponse(QJsonObject{{QStringLiteral("tokens"), tokens}});
    m_listCache.insert(cacheKey, CachedList{response.body, now, validUntil});
    return response;
}

SandboxResponse SandboxApi::createToken(const Call& call, bool* mutated)
{
    const SandboxAccount& account = m_store.account(call.accountKey);
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.date();
    SandboxToken token;
    if (auto error =
            TokenValidator::validateCreate(call.request.body, account, m_options.tokenModel, today, &token))
        return apiError(*error);

    const auto existing = account.tokens.constFind(token.name);
    if (existing != account.tokens.cend()) {
        if (!TokenValidator::isGone(*existing, today)) {
            return ProblemResponse::edgeKv(
                409, QStringLiteral("EKV_3000"),
                QStringLiteral("Token with name %1 is already stored.").arg(token.name));
        }
        m_store.removeToken(call.accountKey, token.name);
    }

    token.uuid = SandboxStore::newUuid();
    token.cpcode = account.cpcode;
    token.issueDate = today;
    token.createdAtUtc = now;
    if (token.model == TokenModel::Enhanced) {
        token.nextScheduledRefreshDate = today.addMonths(kRefreshIntervalMonths);
        token.activationCompleteAtUtc = now.addSecs(qMax(0, m_options.activationDelaySeconds));
    } else {
        token.value = QString::fromLatin1(m_jwt.issue(token));
    }
    m_store.addToken(call.accountKey, token);
    *mutated = true;
    return jsonResponse(tokenJson(token, now));
}

std::optional<SandboxToken> SandboxApi::findToken(const Call& call, const QString& name, bool expiredIs410,
                                                  SandboxResponse* error)
{
    if (auto invalid = TokenValidator::checkName(name)) {
        *error = apiError(*invalid);
        return std::nullopt;
    }
    const QDate today = m_clock.todayUtc();
    const std::optional<SandboxToken> token = m_store.token(call.accountKey, name);
    if (!token || TokenValidator::isGone(*token, today)) {
        *error = notFound(QStringLiteral("Token with name %1 does not exist.").arg(name),
                          QStringLiteral("EKV_3000"));
        return std::nullopt;
    }
    if (expiredIs410 && token->isExpired(today)) {
        *error =
            ProblemResponse::edgeKv(410, QStringLiteral("EKV_3000"), QStringLiteral("Token has expired."));
        return std::nullopt;
    }
    return token;
}

SandboxResponse SandboxApi::getToken(const Call& call, const QString& name)
{
    SandboxResponse error;
    const std::optional<SandboxToken> token = findToken(call, name, true, &error);
    return token ? jsonResponse(tokenJson(*token, m_clock.nowUtc())) : error;
}

SandboxResponse SandboxApi::deleteToken(const Call& call, const QString& name, bool* mutated)
{
    SandboxResponse error;
    const std::optional<SandboxToken> token = findToken(call, name, false, &error);
    if (!token)
        return error;
    m_store.removeToken(call.accountKey, token->name);
    *mutated = true;
    return jsonResponse(
        QJsonObject{{QStringLiteral("name"), token->name}, {QStringLiteral("uuid"), token->uuid}});
}

SandboxResponse SandboxApi::refreshToken(const Call& call, const QString& name, bool* mutated)
{
    SandboxResponse error;
    const std::optional<SandboxToken> found = findToken(call, name, false, &error);
    if (!found)
        return error;
    if (found->model != TokenModel::Enhanced) {
        return ProblemResponse::edgeKv(
            400, QStringLiteral("EKV_2000"),
            QStringLiteral(
                "Token %1 is a legacy token: only tokens of the enhanced token workflow can be refreshed.")
                .arg(found->name));
    }
    const QDateTime now = m_clock.nowUtc();
    SandboxToken token = withScheduledRefreshes(*found, now.date());
    token.latestRefreshDate = now.date();
    token.nextScheduledRefreshDate = now.date().addMonths(kRefreshIntervalMonths);
    m_store.updateToken(call.accountKey, token);
    *mutated = true;
    return jsonResponse(tokenJson(token, now));
}

SandboxResponse SandboxApi::listNamespaces(const Call& call, const QString& network)
{
    std::optional<SandboxNetwork> parsed;
    if (auto error = badNetwork(network, &parsed))
        return *error;
    const QString details = call.query.queryItemValue(QStringLiteral("details"));
    // The CLI sends details=true, outside the documented on|off enum; it evidently works.
    const bool withDetails = details == QLatin1String("on") || details == QLatin1String("true");
    QJsonArray namespaces;
    for (const SandboxNamespace& ns : m_store.account(call.accountKey).namespaces) {
        if (!ns.existsOn(*parsed))
            continue;
        namespaces.append(withDetails ? namespaceJson(ns)
                                      : QJsonObject{{QStringLiteral("namespace"), ns.name}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("namespaces"), namespaces}});
}

SandboxResponse SandboxApi::getNamespace(const Call& call, const QString& network, const QString& name)
{
    std::optional<SandboxNetwork> parsed;
    if (auto error = badNetwork(network, &parsed))
        return *error;
    const SandboxAccount& account = m_store.account(call.accountKey);
    const auto ns = account.namespaces.constFind(name);
    if (ns == account.namespaces.cend() || !ns->existsOn(*parsed)) {
        return ProblemResponse::edgeKv(400, QStringLiteral("EKV_9000"),
                                       QStringLiteral("The requested namespace does not exist."));
    }
    return jsonResponse(namespaceJson(*ns));
}

SandboxResponse SandboxApi::initialize(const Call& call)
{
    const SandboxAccount& account = m_store.account(call.accountKey);
    if (!account.initialized) {
        const QString status = QStringLiteral("UNINITIALIZED");
        return jsonResponse(QJsonObject{{QStringLiteral("accountStatus"), status},
                                        {QStringLiteral("cpcode"), QJsonValue::Null},
                                        {QStringLiteral("productionStatus"), status},
                                        {QStringLiteral("stagingStatus"), status},
                                        {QStringLiteral("dataAccessPolicy"), QJsonValue::Null}},
                            404);
    }
    const QString status = QStringLiteral("INITIALIZED");
    return jsonResponse(QJsonObject{{QStringLiteral("accountStatus"), status},
                                    {QStringLiteral("cpcode"), account.cpcode},
                                    {QStringLiteral("productionStatus"), status},
                                    {QStringLiteral("stagingStatus"), status},
                                    {QStringLiteral("dataAccessPolicy"),
                                     QJsonObject{{QStringLiteral("restrictDataAccess"), true},
                                                 {QStringLiteral("allowNamespacePolicyOverride"), true}}}});
}

SandboxResponse SandboxApi::authGroups(const Call& call)
{
    QJsonArray groups;
    for (const SandboxGroup& group : m_store.account(call.accountKey).groups) {
        groups.append(
            QJsonObject{{QStringLiteral("groupId"), group.groupId},
                        {QStringLiteral("groupName"), group.groupName},
                        {QStringLiteral("capabilities"), QJsonArray::fromStringList(group.capabilities)}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("groups"), groups}});
}

} // namespace edgekv
