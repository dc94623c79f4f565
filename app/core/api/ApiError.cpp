#include "api/ApiError.h"

#include "api/JsonValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace edgekv {

namespace {

// Server texts end up in dialogs and logs; an HTML error page or a runaway detail must not.
constexpr int MaxFieldLength = 500;

QString cleanField(const QJsonValue& value, const QStringList& secrets)
{
    QString text = ApiError::redact(json::string(value), secrets).simplified();
    if (text.size() > MaxFieldLength)
        text = text.left(MaxFieldLength) + QStringLiteral("…");
    return text;
}

bool containsText(const QString& haystack, const char* needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

bool isTokenCall(ApiError::Operation operation)
{
    switch (operation) {
    case ApiError::Operation::GetToken:
    case ApiError::Operation::CreateToken:
    case ApiError::Operation::RevokeToken:
    case ApiError::Operation::RefreshToken:
        return true;
    default:
        return false;
    }
}

} // namespace

QString ApiError::redact(const QString& text, const QStringList& secrets)
{
    if (text.isEmpty())
        return text;
    static const QString Redacted = QStringLiteral("[redacted]");
    QString result = text;
    for (const QString& secret : secrets) {
        // Very short values would blank out ordinary words; real secrets are long.
        if (secret.size() >= 6)
            result.replace(secret, Redacted);
    }
    static const QRegularExpression edgeGrid(QStringLiteral("EG1-HMAC-SHA256[^\"\\n\\r]*"));
    result.replace(edgeGrid, QStringLiteral("EG1-HMAC-SHA256 ") + Redacted);
    static const QRegularExpression authorization(QStringLiteral("(Authorization\\s*[:=]\\s*)[^\"\\n\\r]+"),
                                                  QRegularExpression::CaseInsensitiveOption);
    result.replace(authorization, QStringLiteral("\\1") + Redacted);
    static const QRegularExpression keyValue(
        QStringLiteral(
            "\\b(client_token|access_token|client_secret|signature)(\\s*[=:]\\s*\"?)[^;\\s\"',&]+"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(keyValue, QStringLiteral("\\1\\2") + Redacted);
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    result.replace(jwt, Redacted);
    return result;
}

ApiError ApiError::make(Kind kind, const QString& reason)
{
    ApiError error;
    error.kind = kind;
    error.reason = redact(reason);
    return error;
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray& body, const QByteArray& traceId,
                                    const QStringList& secrets)
{
    ApiError error;
    error.kind = Kind::Http;
    error.status = status;
    error.traceId = redact(QString::fromLatin1(traceId).simplified(), secrets).left(MaxFieldLength);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return error; // an HTML page or nothing: the status alone has to speak
    const QJsonObject json = document.object();
    auto field = [&](const char* name, const char* legacyName = nullptr) {
        QJsonValue value = json.value(QLatin1String(name));
        if (value.isUndefined() && legacyName)
            value = json.value(QLatin1String(legacyName));
        return cleanField(value, secrets);
    };
    // Shape (a) from EdgeKV, shape (b) from the gateway, and the gateway's 2014 names.
    error.type = field("type", "problemType");
    error.title = field("title");
    error.detail = field("detail");
    error.errorCode = field("errorCode");
    error.instance = field("instance", "problemInstance");
    error.requestId = cleanField(
        json.value(QLatin1String("additionalDetail")).toObject().value(QLatin1String("requestId")), secrets);
    if (error.requestId.isEmpty())
        error.requestId = field("requestId");
    if (status <= 0)
        error.status = int(json::integer(json.value(QLatin1String("status")),
                                         json::integer(json.value(QLatin1String("httpStatus")), 0)));

    // Shape (c): {"errors": [{"detail": ...}, ...]} (strings tolerated too).
    for (const QJsonValue& item : json.value(QLatin1String("errors")).toArray()) {
        QString text;
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            for (const char* name : {"detail", "message", "title", "reason"}) {
                text = cleanField(object.value(QLatin1String(name)), secrets);
                if (!text.isEmpty())
                    break;
            }
            if (error.errorCode.isEmpty())
                error.errorCode = cleanField(object.value(QLatin1String("errorCode")), secrets);
        } else {
            text = cleanField(item, secrets);
        }
        if (!text.isEmpty())
            error.errors << text;
    }
    if (error.detail.isEmpty() && !error.errors.isEmpty())
        error.detail = error.errors.first();
    return error;
}

ApiError::Cause ApiError::cause() const
{
    if (kind != Kind::Http)
        return Cause::None;
    const QString text = title + QLatin1Char(' ') + detail + QLatin1Char(' ') + errors.join(QLatin1Char(' '));
    switch (status) {
    case 400:
        if (containsText(text, "timestamp"))
            return Cause::ClockSkew;
        if (errorCode == QLatin1String("EKV_9000") && containsText(text, "namespace"))
            return Cause::NamespaceNotFound;
        return Cause::BadRequest;
    case 401:
        if (containsText(text, "signature"))
            return Cause::SignatureMismatch;
        if (containsText(text, "client token"))
            return Cause::InactiveClientToken;
        if (containsText(text, "timestamp"))
            return Cause::ClockSkew;
        return Cause::Unauthorized;
    case 403:
        return Cause::Forbidden;
    case 404:
        if (isTokenCall(operation))
            return Cause::TokenNotFound;
        if (operation == Operation::GetNamespace)
            return Cause::NamespaceNotFound;
        return Cause::NotFound;
    case 409:
        return Cause::Duplicate;
    case 410:
        return Cause::TokenExpired;
    case 422:
        return Cause::BadRequest;
    case 429:
        return Cause::RateLimited;
    default:
        return status >= 500 && status <= 599 ? Cause::ServerError : Cause::Other;
    }
}

QString ApiError::operationDescription(Operation operation, const QString& subject)
{
    switch (operation) {
    case Operation::ListTokens:
        return tr("Loading the token list");
    case Operation::GetToken:
        return tr("Loading token “%1”").arg(subject);
    case Operation::CreateToken:
        return tr("Creating token “%1”").arg(subject);
    case Operation::RevokeToken:
        return tr("Revoking token “%1”").arg(subject);
    case Operation::RefreshToken:
        return tr("Refreshing token “%1”").arg(subject);
    case Operation::ListNamespaces:
        return subject.isEmpty() ? tr("Loading the namespaces")
                                 : tr("Loading the %1 namespaces").arg(subject);
    case Operation::GetNamespace:
        return tr("Loading namespace “%1”").arg(subject);
    case Operation::InitializeStatus:
        return tr("Checking whether EdgeKV is initialized");
    case Operation::AuthGroups:
        return tr("Loading the permission groups");
    case Operation::Other:
        break;
    }
    return tr("The EdgeKV request");
}

QString ApiError::httpAdvice() const
{
    const QString said = detail.isEmpty() ? title : detail;
    const QString quoted = said.isEmpty() ? QString() : tr(" (“%1”)").arg(said);
    switch (cause()) {
    case Cause::SignatureMismatch:
        return tr(
            "the API rejected the request signature. Check the client secret and access token of the API "
            "credentials, and that this computer's clock is set correctly.");
    case Cause::InactiveClientToken:
        return tr("the API does not accept the client token: it is wrong or the API client has been revoked. "
                  "Check client_token and access_token, or create new API credentials in Akamai Control "
                  "Center.");
    case Cause::Unauthorized:
        return tr("the API refused the credentials%1. Check the API credentials.").arg(quoted);
    case Cause::ClockSkew:
        return tr("the API rejected the request time: this computer's clock is off. Set the clock "
                  "automatically (network time) and try again.");
    case Cause::Forbidden: {
        QString permission;
        if (operation == Operation::CreateToken || operation == Operation::RefreshToken ||
            operation == Operation::RevokeToken)
            permission = tr("EdgeKV Access Token – Create");
        else if (operation == Operation::ListTokens || operation == Operation::GetToken)
            permission = tr("EdgeKV Access Token – View");
        if (permission.isEmpty())
            return tr("the API client is not allowed to do this%1. Ask an Akamai administrator to grant it "
                      "access to EdgeKV and to the namespace's permission group.")
                .arg(quoted);
        return tr("the API client is not allowed to do this%1. It needs the permission “%2”; ask an Akamai "
                  "administrator to grant it in Identity and Access Management.")
            .arg(quoted, permission);
    }
    case Cause::TokenNotFound:
        return tr("the token does not exist. It may have been revoked; reload the token list.");
    case Cause::TokenExpired:
        return tr("the token has expired and can no longer be retrieved. Create a new token and put it into "
                  "the EdgeWorker bundle.");
    case Cause::NamespaceNotFound:
        return tr("the namespace does not exist on this network.");
    case Cause::NotFound:
        return tr("the API answered “not found”%1.").arg(quoted);
    case Cause::Duplicate:
        return tr("a token with this name already exists. Choose another name, or revoke the existing token "
                  "first.");
    case Cause::RateLimited:
        return tr("the API is limiting the request rate. Wait a minute and try again.");
    case Cause::ServerError:
        return tr("the EdgeKV API had a server problem (HTTP %1). Try again later; if it persists, contact "
                  "Akamai support with the request ID.")
            .arg(status);
    case Cause::BadRequest:
        return tr("the API rejected the request%1.").arg(quoted);
    case Cause::None:
    case Cause::Other:
        break;
    }
    return tr("the API answered with HTTP status %1%2.").arg(status).arg(quoted);
}

QString ApiError::userMessage() const
{
    if (kind == Kind::None)
        return {};
    const QString what = operationDescription(operation, subject);
    const QString where = host.isEmpty() ? tr("the EdgeKV API") : host;
    QString why;
    switch (kind) {
    case Kind::InvalidRequest:
        why = reason;
        break;
    case Kind::Network:
        why = tr("%1 could not be reached (%2). Check the network connection and the host in the API "
                 "credentials.")
                  .arg(where, reason);
        break;
    case Kind::Tls:
        why = tr("the secure connection to %1 could not be verified (%2). Check the host name and that no "
                 "proxy intercepts the connection; certificate checks are never skipped.")
                  .arg(where, reason);
        break;
    case Kind::Timeout: {
        const int seconds = qMax(1, (timeoutMs + 999) / 1000);
        why = (seconds == 1 ? tr("%1 did not answer within 1 second.").arg(where)
                            : tr("%1 did not answer within %2 seconds.").arg(where).arg(seconds)) +
              QLatin1Char(' ') + tr("Check the network connection and try again.");
        break;
    }
    case Kind::Cancelled:
        why = tr("cancelled.");
        break;
    case Kind::Http:
        why = httpAdvice();
        break;
    case Kind::Parse:
        why = tr("the answer of the EdgeKV API could not be read (%1). Try again.").arg(reason);
        break;
    case Kind::None:
        break;
    }
    QString message = tr("%1 failed: %2").arg(what, why);
    if (outcomeUnknown)
        message += QLatin1Char(' ') + tr("The answer was lost and the check that followed failed too, so the "
                                         "token may or may not exist: reload the token list before creating "
                                         "it again.");
    const QString id = requestId.isEmpty() ? traceId : requestId;
    if (!id.isEmpty())
        message += QLatin1Char(' ') + tr("Request ID for Akamai support: %1.").arg(id);
    return message;
}

QString ApiError::toString() const
{
    static const char* const kindNames[] = {"none",    "invalid-request", "network", "tls",
                                            "timeout", "cancelled",       "http",    "parse"};
    QStringList parts;
    parts << QString::fromLatin1(kindNames[int(kind)]);
    if (status > 0)
        parts << QString::number(status);
    for (const QString& part : {errorCode, title, detail, reason}) {
        if (!part.isEmpty())
            parts << part;
    }
    if (!requestId.isEmpty())
        parts << QStringLiteral("requestId=") + requestId;
    if (!traceId.isEmpty())
        parts << QStringLiteral("x-trace-id=") + traceId;
    if (outcomeUnknown)
        parts << QStringLiteral("outcome unknown");
    return parts.join(QStringLiteral(" | "));
}

} // namespace edgekv
