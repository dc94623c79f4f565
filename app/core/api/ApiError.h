#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace edgekv {

// The inline namespace gives this class its own linker name while code keeps writing edgekv::ApiError:
// the sandbox has an unrelated internal struct edgekv::ApiError (TokenValidator.h), and two classes of one
// name in one program (the GUI runs the sandbox in-process) break at run time, silently.
inline namespace api {

// Why an API call failed, typed, with what the server said (problem+json of the EdgeKV service or of
// Akamai's gateway, or an errors[] array; EDGEKV_API.md §1.6) and what a user should do about it.
// Every text taken from a server is redacted: no client secret, access token, client token, Authorization
// header or JWT ever ends up in an ApiError, so it is safe to show and to log.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::ApiError)

public:
    enum class Kind {
        None,           // no error
        InvalidRequest, // refused before sending (bad token name, incomplete credentials, plain HTTP, ...)
        Network,        // connection refused or lost, host not found, answer cut off
        Tls,            // the TLS handshake or the certificate check failed
        Timeout,        // no complete answer within the timeout
        Cancelled,      // ApiJob::cancel()
        Http,           // the server answered with an error status
        Parse,          // a success status with a body that is not what the API sends
    };

    // The call that failed; names "what failed" in userMessage().
    enum class Operation {
        Other,
        ListTokens,
        GetToken,
        CreateToken,
        RevokeToken,
        RefreshToken,
        ListNamespaces,
        GetNamespace,
        InitializeStatus,
        AuthGroups,
    };

    // The reading of an Http error that decides the advice.
    enum class Cause {
        None,
        SignatureMismatch,   // 401 "The signature does not match"
        InactiveClientToken, // 401 "Inactive client token"
        Unauthorized,        // any other 401
        ClockSkew,           // 400 "Invalid timestamp"
        Forbidden,           // 403
        TokenNotFound,       // 404 on a token call
        TokenExpired,        // 410
        NamespaceNotFound,   // 400 EKV_9000 / 404 on a namespace call
        NotFound,            // any other 404
        Duplicate,           // 409
        RateLimited,         // 429
        ServerError,         // 5xx
        BadRequest,          // other 400, 422
        Other,
    };

    Kind kind = Kind::None;
    Operation operation = Operation::Other;
    QString subject; // the token or namespace name the call was about
    QString host;    // the API host the call went to

    // Http: what the server said.
    int status = 0;
    QString type;
    QString title;
    QString detail;
    QString errorCode; // e.g. "EKV_3000"
    QString instance;
    QString requestId;  // additionalDetail.requestId (EdgeKV) or requestId (gateway)
    QString traceId;    // the x-trace-id response header
    QStringList errors; // the details of an errors[] array
    int retryAfterSeconds = -1;

    // Network, Tls, Timeout, Parse, InvalidRequest: the technical reason (Qt's error text, the JSON error).
    QString reason;
    int timeoutMs = 0;
    // CreateToken only: the answer was lost and checking by name failed too, so the token may exist.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    Cause cause() const;

    // One or two sentences for a user: what failed, why, and what to do; ends with the request id when the
    // server gave one.
    QString userMessage() const;
    // One line for logs and bug reports: kind, status, error code, title, detail, ids.
    QString toString() const;

    // An error answer (status >= 400) as received. secrets are redacted from every text in addition to
    // the patterns redact() always removes.
    static ApiError fromHttpResponse(int status, const QByteArray& body, const QByteArray& traceId = {},
                                     const QStringList& secrets = {});
    static ApiError make(Kind kind, const QString& reason = {});

    // "Creating token “x”", "Loading the token list", ...
    static QString operationDescription(Operation operation, const QString& subject);

    // text with every secret in secrets, every EdgeGrid Authorization value, every client_token=,
    // access_token=, client_secret= or signature= value and every JWT replaced by "[redacted]".
    static QString redact(const QString& text, const QStringList& secrets = {});

private:
    QString httpAdvice() const;
};

} // namespace api
} // namespace edgekv
