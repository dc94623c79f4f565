#include "ProblemResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace edgekv {

namespace {

const QByteArray kProblemJson = "application/problem+json";

QString edgeKvTypeSuffix(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad-request");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
    case 410:
        return QStringLiteral("not-found");
    case 405:
        return QStringLiteral("method-not-allowed");
    case 409:
        return QStringLiteral("conflict");
    case 422:
        return QStringLiteral("unprocessable-entity");
    case 429:
        return QStringLiteral("too-many-requests");
    case 503:
        return QStringLiteral("service-unavailable");
    default:
        return QStringLiteral("internal-server-error");
    }
}

} // namespace

QString ProblemResponse::edgeKvTitle(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
    case 410: // the official token-410 example says "Not Found"
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Internal Server Error");
    }
}

QString ProblemResponse::newRequestId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

SandboxResponse ProblemResponse::edgeKv(int status, const QString& errorCode, const QString& detail)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("/edgekv/error-types/edgekv-") + edgeKvTypeSuffix(status)},
        {QStringLiteral("title"), edgeKvTitle(status)},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("status"), status},
        {QStringLiteral("instance"),
         QStringLiteral("/edgekv/error-instances/") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("errorCode"), errorCode},
        {QStringLiteral("additionalDetail"), QJsonObject{{QStringLiteral("requestId"), newRequestId()}}},
    };
    SandboxResponse response;
    response.status = status;
    response.contentType = kProblemJson;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse ProblemResponse::gateway(int status, const QString& detail, const SandboxRequest& request,
                                         const QDateTime& nowUtc)
{
    const bool deny = status == 401;
    const QJsonObject body{
        {QStringLiteral("type"),
         deny ? QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/deny")
              : QStringLiteral("https://problems.luna.akamaiapis.net/-/pep-authn/request-error")},
        {QStringLiteral("title"), deny ? QStringLiteral("Not authorized") : QStringLiteral("Bad request")},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("instance"),
         QString::fromLatin1(request.scheme + "://" + request.host + request.rawTarget)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("serverIp"), request.serverAddress.toString()},
        {QStringLiteral("clientIp"), request.clientAddress.toString()},
        {QStringLiteral("requestId"), newRequestId()},
        {QStringLiteral("requestTime"), nowUtc.toUTC().toString(Qt::ISODate)},
    };
    SandboxResponse response;
    response.status = status;
    response.contentType = kProblemJson;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace edgekv
