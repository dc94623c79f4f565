#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcApi) // "edgekv.api"; debug off unless enabled by a logging rule

class QNetworkReply;

namespace edgekv {

class EdgeGridRequestFactory;
class Clock;

// How EdgeKvClient's jobs talk to the network. Tests shrink the times so retries are fast.
struct ApiClientSettings
{
    int timeoutMs = 30000;       // per try: connecting, sending and receiving the complete answer
    int maxTries = 3;            // per request, the first one included
    int backoffBaseMs = 500;     // the wait before try n+1 is base * 2^(n-1), jittered, at most backoffCapMs
    int backoffCapMs = 8000;     //
    int retryAfterCapMs = 30000; // a server's Retry-After is honoured up to this long
};

// What a job needs from its client (internal; EdgeKvClient fills it in).
struct ApiJobContext
{
    QPointer<QNetworkAccessManager> network;
    std::shared_ptr<const EdgeGridRequestFactory> factory; // the one place requests are signed
    const Clock* clock = nullptr;
    ApiClientSettings settings;
    QList<QSslCertificate> caCertificates; // empty: the system's; otherwise the system's plus extra ones
    QStringList secrets;                   // redacted from every error text
    QString host;
};

// One API call (internal; EdgeKvClient fills it in).
struct ApiRequest
{
    // Idempotent: retried on connection errors, timeouts, unreadable answers, 429, 500, 502, 503, 504.
    // CreateToken: never re-sent blindly; see ApiJob.
    enum class Retry { Idempotent, CreateToken };

    ApiError::Operation operation = ApiError::Operation::Other;
    QString subject;
    QByteArray method;
    QByteArray target; // percent-encoded path and query
    QByteArray body;
    Retry retry = Retry::Idempotent;
    QByteArray checkTarget; // CreateToken: GET target that tells whether the token exists
    QString invalidReason;  // not empty: the job fails with InvalidRequest without sending anything
};

// One API call in flight: a small object with cancel() and finished() (as qBittorrent's jobs). Every try is
// signed afresh (new timestamp and nonce) and has its own deadline, which also ends a stalled answer.
//
// A create (POST /tokens) whose answer is lost (connection lost, timeout, unreadable body, 502/503/504) is
// never re-sent blindly: the job asks GET /tokens/{name}. A token that matches the request is the result
// (recoveredAfterLostAnswer()); one that differs is a 409; 404 means nothing was created, and only then is
// the POST sent again (at most maxTries POSTs in all). When the check fails too, the original error is
// returned with outcomeUnknown set. A 429 or a connection that was never made is retried as usual, a 500
// or any other answer is returned as it is. Qt's own silent re-send of a request whose connection closed is
// disabled (the body device cannot be rewound), so every request on the wire is one this job decided on.
//
// finished() is emitted exactly once, also after cancel() (before cancel() returns), never from the call
// that created the job. The job is a child of its client; delete it when done (deleteLater() in a slot
// connected to finished() is fine) or set autoDelete.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    ApiError::Operation operation() const { return m_request.operation; }
    QString subject() const { return m_request.subject; }
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    // Requests put on the wire so far, checks included.
    int requestsSent() const { return m_requestsSent; }
    // CreateToken: the answer was lost and GET /tokens/{name} showed the token had been created.
    bool recoveredAfterLostAnswer() const { return m_recovered; }

    bool autoDelete() const { return m_autoDelete; }
    // When true, the job deletes itself (deleteLater) right after emitting finished().
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Internal, for the result parsers: one HTTP answer, and what the parser made of it.
    struct Answer
    {
        int status = 0;
        QByteArray body;
        int attempt = 1;    // 1 for the first try of this request
        bool check = false; // the GET that follows a lost create
    };
    enum class Verdict {
        Accepted,   // the result is set
        NotHandled, // an error answer: turned into an Http ApiError
        Malformed,  // a success status with an unreadable body
        Absent,     // check only: 404, the token does not exist
        Mismatch,   // check only: a token of that name exists but is not the requested one
    };

public slots:
    void cancel();

signals:
    void finished();
    // A try failed and another one follows after delayMs (for progress displays).
    void retrying(int nextTry, int delayMs);

protected:
    ApiJob(ApiJobContext context, ApiRequest request, QObject* parent);
    virtual Verdict judge(const Answer& answer, QString* parseError) = 0;

private:
    enum class Phase { Main, Check };

    void start();
    void sendTry();
    void onReplyFinished();
    void onDeadline();
    void handleFailure(ApiError error, bool neverSent, Verdict verdict);
    void handleCheckOutcome(ApiError error, Verdict verdict);
    void retryAfter(const ApiError& error, int attempt);
    bool retryableForIdempotent(const ApiError& error) const;
    void succeed();
    void finish(ApiError error);
    ApiError withContext(ApiError error) const;
    int backoffMs(int attempt, const ApiError& error) const;

    ApiJobContext m_context;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_tryClock;
    Phase m_phase = Phase::Main;
    int m_mainAttempts = 0;
    int m_checkAttempts = 0;
    int m_requestsSent = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_autoDelete = false;
    bool m_recovered = false;
    bool m_postMayHaveLanded = false; // a POST was sent whose outcome we never learned
    ApiError m_lostError;             // the first lost answer of a create
    ApiError m_checkTrigger;          // what started the current check
    QStringList m_sslErrors;
    ApiError m_error;
};

// A job with a typed result, valid once isSuccess().
template<typename T> class ApiResultJob final : public ApiJob
{
public:
    using Judge = std::function<Verdict(const Answer& answer, T& result, QString* parseError)>;

    ApiResultJob(ApiJobContext context, ApiRequest request, Judge judge, QObject* parent)
        : ApiJob(std::move(context), std::move(request), parent), m_judge(std::move(judge))
    {}

    const T& result() const { return m_result; }

protected:
    Verdict judge(const Answer& answer, QString* parseError) override
    {
        T result{};
        const Verdict verdict = m_judge(answer, result, parseError);
        if (verdict == Verdict::Accepted)
            m_result = std::move(result);
        return verdict;
    }

private:
    Judge m_judge;
    T m_result{};
};

} // namespace edgekv
