#include "api/EdgeKvClient.h"

#include "edgegrid/EdgeGridRequestFactory.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrl>

namespace edgekv {

namespace {

using Verdict = ApiJob::Verdict;
using Answer = ApiJob::Answer;

bool isSuccess(int status)
{
    return status >= 200 && status <= 299;
}

bool parseObject(const QByteArray& body, QJsonObject* object, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = ApiError::tr("a JSON object was expected");
        return false;
    }
    *object = document.object();
    return true;
}

QByteArray segment(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

QString tokenNameError(const QString& name)
{
    return ApiError::tr(
               "“%1” is not a valid token name: use 1 to 32 letters, digits, “_” or “-”, not starting "
               "with “-”.")
        .arg(name);
}

QString namespaceNameError(const QString& name)
{
    return ApiError::tr("“%1” is not a valid namespace name: use 1 to 32 letters, digits, “_” or “-”.")
        .arg(name);
}

Verdict judgeToken(const Answer& answer, Token& token, QString* error)
{
    if (!isSuccess(answer.status))
        return Verdict::NotHandled;
    QJsonObject json;
    if (!parseObject(answer.body, &json, error))
        return Verdict::Malformed;
    token = Token::fromJson(json);
    if (token.name.isEmpty()) {
        *error = ApiError::tr("the token has no name");
        return Verdict::Malformed;
    }
    return Verdict::Accepted;
}

Verdict judgeTokenList(const Answer& answer, QList<Token>& tokens, QString* error)
{
    if (answer.status == 404) {
        // The OAS answer for an account without tokens; the Postman mock answers 200 with [] instead.
        const ApiError notFound = ApiError::fromHttpResponse(answer.status, answer.body);
        if (notFound.detail.contains(QLatin1String("No tokens"), Qt::CaseInsensitive))
            return Verdict::Accepted;
        return Verdict::NotHandled;
    }
    if (!isSuccess(answer.status))
        return Verdict::NotHandled;
    QJsonObject json;
    if (!parseObject(answer.body, &json, error))
        return Verdict::Malformed;
    const QJsonValue list = json.value(QLatin1String("tokens"));
    if (!list.isArray() && !list.isNull()) {
        *error = ApiError::tr("the answer has no token list");
        return Verdict::Malformed;
    }
    for (const QJsonValue& item : list.toArray()) {
        if (item.isObject())
            tokens << Token::fromJson(item.toObject());
    }
    return Verdict::Accepted;
}

Verdict judgeNamespaces(const Answer& answer, Network network, QList<NamespaceInfo>& namespaces,
                        QString* error)
{
    if (!isSuccess(answer.status))
        return Verdict::NotHandled;
    QJsonObject json;
    if (!parseObject(answer.body, &json, error))
        return Verdict::Malformed;
    const QJsonValue list = json.value(QLatin1String("namespaces"));
    if (!list.isArray()) {
        *error = ApiError::tr("the answer has no namespace list");
        return Verdict::Malformed;
    }
    for (const QJsonValue& item : list.toArray()) {
        if (item.isObject()) {
            namespaces << NamespaceInfo::fromJson(item.toObject(), network);
        } else if (item.isString()) {
            QJsonObject named;
            named.insert(QLatin1String("namespace"), item);
            namespaces << NamespaceInfo::fromJson(named, network);
        }
    }
    return Verdict::Accepted;
}

} // namespace

EdgeKvClient::EdgeKvClient(Credentials credentials, const Clock& clock, QNetworkAccessManager* network,
                           QObject* parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_clock(clock),
      m_factory(std::make_shared<const EdgeGridRequestFactory>(m_credentials, m_clock)), m_network(network)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
}

EdgeKvClient::EdgeKvClient(Credentials credentials, QObject* parent)
    : EdgeKvClient(std::move(credentials), Clock::system(), nullptr, parent)
{}

EdgeKvClient::~EdgeKvClient() = default;

void EdgeKvClient::setCredentials(Credentials credentials)
{
    m_credentials = std::move(credentials);
    m_factory = std::make_shared<const EdgeGridRequestFactory>(m_credentials, m_clock);
}

void EdgeKvClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    if (certificates == m_extraCaCertificates)
        return;
    m_extraCaCertificates = certificates;
    // Qt reuses a host's connections, and with them the trust they were opened with; a manager of our
    // own can drop them (a shared one is left alone: that would break its other requests).
    if (m_network && m_network->parent() == this)
        m_network->clearConnectionCache();
    // Setting CA certificates on a request replaces the system's, so keep those in the list.
    m_caCertificates = certificates.isEmpty() ? QList<QSslCertificate>()
                                              : QSslConfiguration::systemCaCertificates() + certificates;
}

bool EdgeKvClient::isValidNamespaceName(const QString& name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,32}")));
    return pattern.match(name).hasMatch();
}

ApiJobContext EdgeKvClient::context() const
{
    ApiJobContext context;
    context.network = m_network;
    context.factory = m_factory;
    context.clock = &m_clock;
    context.settings = m_settings;
    context.settings.maxTries = qMax(1, m_settings.maxTries);
    context.caCertificates = m_caCertificates;
    for (const QString& secret :
         {m_credentials.clientSecret, m_credentials.accessToken, m_credentials.clientToken}) {
        if (!secret.isEmpty())
            context.secrets << secret;
    }
    context.host = m_credentials.host;
    return context;
}

ApiRequest EdgeKvClient::request(ApiError::Operation operation, const QString& subject,
                                 const QByteArray& method, const QByteArray& path) const
{
    ApiRequest request;
    request.operation = operation;
    request.subject = subject;
    request.method = method;
    request.target = QByteArray(BasePath) + path;
    return request;
}

TokenListJob* EdgeKvClient::listTokens(bool includeExpired)
{
    ApiRequest call = request(ApiError::Operation::ListTokens, {}, "GET",
                              includeExpired ? "/tokens?includeExpired=true" : "/tokens");
    return new TokenListJob(context(), call, judgeTokenList, this);
}

TokenJob* EdgeKvClient::getToken(const QString& name)
{
    ApiRequest call = request(ApiError::Operation::GetToken, name, "GET", "/tokens/" + segment(name));
    if (!Token::isValidName(name))
        call.invalidReason = tokenNameError(name);
    return new TokenJob(context(), call, judgeToken, this);
}

TokenJob* EdgeKvClient::createToken(const TokenCreateRequest& create)
{
    ApiRequest call = request(ApiError::Operation::CreateToken, create.name, "POST", "/tokens");
    call.body = create.toJsonBytes();
    call.retry = ApiRequest::Retry::CreateToken;
    call.checkTarget = QByteArray(BasePath) + "/tokens/" + segment(create.name);
    if (!Token::isValidName(create.name))
        call.invalidReason = tokenNameError(create.name);
    auto judge = [create](const Answer& answer, Token& token, QString* error) {
        if (answer.check && answer.status == 404)
            return Verdict::Absent;
        const Verdict verdict = judgeToken(answer, token, error);
        if (verdict != Verdict::Accepted)
            return verdict;
        if (answer.check)
            return create.matches(token) ? Verdict::Accepted : Verdict::Mismatch;
        if (!token.hasDetails) {
            token.allowOnStaging = create.allowOnStaging;
            token.allowOnProduction = create.allowOnProduction;
            token.namespacePermissions = create.namespacePermissions;
            token.restrictToEdgeWorkerIds = create.restrictToEdgeWorkerIds;
            token.hasDetails = true;
        }
        return Verdict::Accepted;
    };
    return new TokenJob(context(), call, judge, this);
}

RevokeJob* EdgeKvClient::revokeToken(const QString& name)
{
    ApiRequest call = request(ApiError::Operation::RevokeToken, name, "DELETE", "/tokens/" + segment(name));
    if (!Token::isValidName(name))
        call.invalidReason = tokenNameError(name);
    auto judge = [name](const Answer& answer, RevokedToken& revoked, QString*) {
        revoked.name = name;
        // An earlier try that got no answer may have revoked it already.
        if (answer.status == 404 && answer.attempt > 1) {
            revoked.alreadyGone = true;
            return Verdict::Accepted;
        }
        if (!isSuccess(answer.status))
            return Verdict::NotHandled;
        // The status says it is done; an unreadable body only costs the uuid.
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        revoked.uuid = json.value(QLatin1String("uuid")).toString();
        return Verdict::Accepted;
    };
    return new RevokeJob(context(), call, judge, this);
}

TokenJob* EdgeKvClient::refreshToken(const QString& name)
{
    ApiRequest call =
        request(ApiError::Operation::RefreshToken, name, "POST", "/tokens/" + segment(name) + "/refresh");
    if (!Token::isValidName(name))
        call.invalidReason = tokenNameError(name);
    return new TokenJob(context(), call, judgeToken, this);
}

NamespaceListJob* EdgeKvClient::listNamespaces(Network network, bool details)
{
    const QString networkText = networkName(network);
    ApiRequest call =
        request(ApiError::Operation::ListNamespaces, networkText, "GET",
                "/networks/" + networkText.toLatin1() + "/namespaces" + (details ? "?details=on" : ""));
    auto judge = [network](const Answer& answer, QList<NamespaceInfo>& namespaces, QString* error) {
        return judgeNamespaces(answer, network, namespaces, error);
    };
    return new NamespaceListJob(context(), call, judge, this);
}

NamespaceJob* EdgeKvClient::getNamespace(Network network, const QString& name)
{
    ApiRequest call =
        request(ApiError::Operation::GetNamespace, name, "GET",
                "/networks/" + networkName(network).toLatin1() + "/namespaces/" + segment(name));
    if (!isValidNamespaceName(name))
        call.invalidReason = namespaceNameError(name);
    auto judge = [network](const Answer& answer, NamespaceInfo& info, QString* error) {
        if (!isSuccess(answer.status))
            return Verdict::NotHandled;
        QJsonObject json;
        if (!parseObject(answer.body, &json, error))
            return Verdict::Malformed;
        info = NamespaceInfo::fromJson(json, network);
        return Verdict::Accepted;
    };
    return new NamespaceJob(context(), call, judge, this);
}

InitializeStatusJob* EdgeKvClient::initializeStatus()
{
    ApiRequest call = request(ApiError::Operation::InitializeStatus, {}, "GET", "/initialize");
    auto judge = [](const Answer& answer, InitializeStatus& status, QString* error) {
        if (answer.status == 404) {
            const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
            if (!InitializeStatus::looksLikeStatus(json))
                return Verdict::NotHandled;
            status = InitializeStatus::fromJson(json);
            return Verdict::Accepted;
        }
        if (!isSuccess(answer.status))
            return Verdict::NotHandled;
        QJsonObject json;
        if (!parseObject(answer.body, &json, error))
            return Verdict::Malformed;
        status = InitializeStatus::fromJson(json);
        return Verdict::Accepted;
    };
    return new InitializeStatusJob(context(), call, judge, this);
}

AuthGroupsJob* EdgeKvClient::authGroups()
{
    ApiRequest call = request(ApiError::Operation::AuthGroups, {}, "GET", "/auth/groups");
    auto judge = [](const Answer& answer, QList<AuthGroup>& groups, QString* error) {
        if (!isSuccess(answer.status))
            return Verdict::NotHandled;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
        QJsonArray list;
        if (document.isObject() && document.object().value(QLatin1String("groups")).isArray()) {
            list = document.object().value(QLatin1String("groups")).toArray();
        } else if (document.isArray()) {
            list = document.array();
        } else {
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : ApiError::tr("the answer has no group list");
            return Verdict::Malformed;
        }
        for (const QJsonValue& item : list) {
            if (item.isObject())
                groups << AuthGroup::fromJson(item.toObject());
        }
        return Verdict::Accepted;
    };
    return new AuthGroupsJob(context(), call, judge, this);
}

} // namespace edgekv
