#include "api/ApiJob.h"

#include "edgegrid/EdgeGridRequestFactory.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <cstring>

Q_LOGGING_CATEGORY(lcApi, "edgekv.api", QtInfoMsg)

namespace edgekv {

namespace {

// The request body as a device that cannot be rewound. When a connection closes after the request was
// written, Qt re-sends the request by itself (the same bytes, so the same EdgeGrid nonce) unless it cannot
// rewind the body; then it reports ContentReSendError, and the job decides what happens next.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return false; } // sequential bodies would be buffered by Qt
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(maxSize, m_data.size() - m_position);
        if (count > 0)
            std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ContentReSendError ||
           error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

// Errors that mean the request never reached the server, so sending it again cannot duplicate anything.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::SslHandshakeFailedError;
}

QString transportReason(QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return ApiError::tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return ApiError::tr("the connection closed before the answer arrived");
    default:
        return reply->errorString();
    }
}

int retryAfterSeconds(const QByteArray& header, const Clock& clock)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // The HTTP-date form, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qBound(qint64(0), clock.nowUtc().secsTo(when), qint64(24 * 3600)));
}

bool isLostAnswer(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Http:
        return error.status == 502 || error.status == 503 || error.status == 504;
    default:
        return false;
    }
}

} // namespace

ApiJob::ApiJob(ApiJobContext context, ApiRequest request, QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiJob::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendTry);
    // Started from the event loop, so a caller can always connect to finished() first.
    QMetaObject::invokeMethod(this, &ApiJob::start, Qt::QueuedConnection);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (m_finished)
        return;
    if (!m_request.invalidReason.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidRequest, m_request.invalidReason));
        return;
    }
    sendTry();
}

void ApiJob::sendTry()
{
    if (m_finished)
        return;
    const bool check = m_phase == Phase::Check;
    const QByteArray method = check ? QByteArrayLiteral("GET") : m_request.method;
    const QByteArray target = check ? m_request.checkTarget : m_request.target;
    const QByteArray body = check ? QByteArray() : m_request.body;

    if (!m_context.network || !m_context.factory) {
        finish(ApiError::make(ApiError::Kind::InvalidRequest, ApiError::tr("the network is not available.")));
        return;
    }
    SignedRequest signedRequest =
        m_context.factory->build(method, target, body, body.isEmpty() ? QByteArray() : "application/json");
    if (!signedRequest.isValid()) {
        finish(ApiError::make(ApiError::Kind::InvalidRequest, signedRequest.error));
        return;
    }
    // HTTP/1.1 only: the guarantee that Qt never re-sends a request by itself (OneShotBody) is what the
    // tests prove, and HTTP/2 re-queues unanswered streams on its own paths.
    signedRequest.request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_context.caCertificates.isEmpty()) {
        QSslConfiguration tls = signedRequest.request.sslConfiguration();
        tls.setCaCertificates(m_context.caCertificates);
        signedRequest.request.setSslConfiguration(tls);
    }

    const int attempt = check ? ++m_checkAttempts : ++m_mainAttempts;
    if (!check && m_request.retry == ApiRequest::Retry::CreateToken)
        m_postMayHaveLanded = true;
    ++m_requestsSent;
    m_timedOut = false;
    m_sslErrors.clear();
    qCDebug(lcApi).noquote() << method << signedRequest.signedTarget << "try" << attempt << "of"
                             << m_context.settings.maxTries;

    auto* device = new OneShotBody(body);
    QNetworkReply* reply = m_context.network->sendCustomRequest(signedRequest.request, method, device);
    device->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors << error.errorString();
    });
    m_tryClock.start();
    m_deadline.start(m_context.settings.timeoutMs);
}

void ApiJob::onDeadline()
{
    if (m_finished)
        return;
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows synchronously
        return;
    }
    handleFailure(ApiError::make(ApiError::Kind::Timeout), false, Verdict::NotHandled);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || sender() != reply || m_finished)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    qCDebug(lcApi).noquote() << "answer" << status << "after" << m_tryClock.elapsed() << "ms"
                             << (networkError == QNetworkReply::NoError ? QString() : reply->errorString());

    if (m_timedOut) {
        handleFailure(ApiError::make(ApiError::Kind::Timeout), false, Verdict::NotHandled);
        return;
    }
    if (status <= 0 || isTransportError(networkError)) {
        ApiError error;
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            error = ApiError::make(ApiError::Kind::Tls, m_sslErrors.isEmpty()
                                                            ? reply->errorString()
                                                            : m_sslErrors.join(QStringLiteral("; ")));
        } else {
            error = ApiError::make(ApiError::Kind::Network, transportReason(reply));
        }
        handleFailure(error, neverSent(networkError), Verdict::NotHandled);
        return;
    }

    Answer answer;
    answer.status = status;
    answer.body = reply->readAll();
    answer.check = m_phase == Phase::Check;
    answer.attempt = answer.check ? m_checkAttempts : m_mainAttempts;
    QString parseError;
    const Verdict verdict = judge(answer, &parseError);
    ApiError error;
    if (verdict == Verdict::Malformed) {
        error = ApiError::make(ApiError::Kind::Parse, parseError);
        error.status = status;
    } else if (verdict == Verdict::NotHandled) {
        error = ApiError::fromHttpResponse(status, answer.body, reply->rawHeader("x-trace-id"),
                                           m_context.secrets);
        if (m_context.clock)
            error.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"), *m_context.clock);
    }
    handleFailure(error, false, verdict);
}

bool ApiJob::retryableForIdempotent(const ApiError& error) const
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Http:
        return error.status == 429 || error.status == 500 || error.status == 502 || error.status == 503 ||
               error.status == 504;
    default:
        return false;
    }
}

void ApiJob::handleFailure(ApiError error, bool wasNeverSent, Verdict verdict)
{
    if (m_phase == Phase::Check) {
        handleCheckOutcome(std::move(error), verdict);
        return;
    }
    if (verdict == Verdict::Accepted) {
        succeed();
        return;
    }
    const bool triesLeft = m_mainAttempts < m_context.settings.maxTries;
    if (m_request.retry == ApiRequest::Retry::Idempotent) {
        if (triesLeft && retryableForIdempotent(error))
            retryAfter(error, m_mainAttempts);
        else
            finish(std::move(error));
        return;
    }

    // A create. Only what certainly did not create anything is sent again directly.
    if (wasNeverSent || (error.kind == ApiError::Kind::Http && error.status == 429)) {
        if (wasNeverSent)
            m_postMayHaveLanded = false;
        if (triesLeft)
            retryAfter(error, m_mainAttempts);
        else
            finish(std::move(error));
        return;
    }
    // A 409 after a POST whose outcome we never learned may well be that POST's token.
    const bool conflictAfterLoss =
        error.kind == ApiError::Kind::Http && error.status == 409 && m_lostError.isError();
    if (isLostAnswer(error) || conflictAfterLoss) {
        if (!m_lostError.isError())
            m_lostError = error;
        m_checkTrigger = error;
        m_phase = Phase::Check;
        m_checkAttempts = 0;
        qCInfo(lcApi).noquote()
            << QStringLiteral("The answer to creating token %1 was lost (%2); checking whether it exists")
                   .arg(m_request.subject, error.toString());
        retryAfter(error, 1);
        return;
    }
    finish(std::move(error));
}

void ApiJob::handleCheckOutcome(ApiError error, Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        m_recovered = true;
        qCInfo(lcApi).noquote()
            << QStringLiteral("Token %1 had been created; its answer was lost").arg(m_request.subject);
        succeed();
        return;
    case Verdict::Mismatch: {
        if (m_checkTrigger.kind == ApiError::Kind::Http && m_checkTrigger.status == 409) {
            finish(m_checkTrigger);
            return;
        }
        ApiError conflict = ApiError::make(ApiError::Kind::Http);
        conflict.status = 409;
        conflict.title = QStringLiteral("Conflict");
        conflict.detail = QStringLiteral("Token with name %1 is already stored.").arg(m_request.subject);
        finish(conflict);
        return;
    }
    case Verdict::Absent:
        if (m_checkTrigger.kind == ApiError::Kind::Http && m_checkTrigger.status == 409) {
            finish(m_checkTrigger);
            return;
        }
        m_postMayHaveLanded = false;
        if (m_mainAttempts < m_context.settings.maxTries) {
            qCInfo(lcApi).noquote() << QStringLiteral("Token %1 was not created; sending the create again")
                                           .arg(m_request.subject);
            m_phase = Phase::Main;
            retryAfter(m_lostError, m_mainAttempts);
        } else {
            finish(m_lostError);
        }
        return;
    case Verdict::NotHandled:
    case Verdict::Malformed:
        break;
    }
    if (m_checkAttempts < m_context.settings.maxTries && retryableForIdempotent(error)) {
        retryAfter(error, m_checkAttempts);
        return;
    }
    ApiError lost = m_lostError;
    lost.outcomeUnknown = true;
    finish(lost);
}

int ApiJob::backoffMs(int attempt, const ApiError& error) const
{
    const ApiClientSettings& settings = m_context.settings;
    const qint64 exponential = qint64(settings.backoffBaseMs) << qBound(0, attempt - 1, 20);
    const int capped = int(qMin<qint64>(exponential, settings.backoffCapMs));
    // Jitter spreads the retries of many clients (the table loads tokens concurrently).
    int delay = capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
    if (error.retryAfterSeconds >= 0)
        delay =
            qMax(delay, int(qMin<qint64>(qint64(error.retryAfterSeconds) * 1000, settings.retryAfterCapMs)));
    return qMax(0, delay);
}

void ApiJob::retryAfter(const ApiError& error, int attempt)
{
    const int delay = backoffMs(attempt, error);
    const bool check = m_phase == Phase::Check;
    const int nextTry = (check ? m_checkAttempts : m_mainAttempts) + 1;
    qCInfo(lcApi).noquote() << QStringLiteral("%1: %2; %3 %4 in %5 ms")
                                   .arg(
                                       ApiError::operationDescription(m_request.operation, m_request.subject),
                                       error.toString(),
                                       check ? QStringLiteral("existence check") : QStringLiteral("try"))
                                   .arg(nextTry)
                                   .arg(delay);
    m_retryTimer.start(delay);
    emit retrying(nextTry, delay);
}

ApiError ApiJob::withContext(ApiError error) const
{
    error.operation = m_request.operation;
    error.subject = m_request.subject;
    error.host = m_context.host;
    error.timeoutMs = m_context.settings.timeoutMs;
    return error;
}

void ApiJob::succeed()
{
    finish(ApiError());
}

void ApiJob::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    m_error = error.isError() ? withContext(std::move(error)) : ApiError();
    const QString what = ApiError::operationDescription(m_request.operation, m_request.subject);
    if (m_error.isError())
        qCInfo(lcApi).noquote() << QStringLiteral("%1 failed: %2").arg(what, m_error.toString());
    else
        qCDebug(lcApi).noquote()
            << QStringLiteral("%1 succeeded; requests sent: %2").arg(what).arg(m_requestsSent);
    const QPointer<ApiJob> self(this);
    emit finished();
    if (self && m_autoDelete)
        deleteLater();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiError error = ApiError::make(ApiError::Kind::Cancelled);
    // A create cancelled after its POST went out may still have created the token.
    error.outcomeUnknown = m_request.retry == ApiRequest::Retry::CreateToken && m_postMayHaveLanded;
    finish(error);
}

} // namespace edgekv
