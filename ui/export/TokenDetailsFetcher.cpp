#include "export/TokenDetailsFetcher.h"

#include "api/EdgeKvClient.h"
#include "tokens/ExpiryClassifier.h"
#include "tokens/TokenMerge.h"

#include <QTimer>

namespace edgekv {

TokenDetailsFetcher::TokenDetailsFetcher(EdgeKvClient* client, const ExpiryClassifier& classifier,
                                         QObject* parent)
    : QObject(parent), m_client(client), m_classifier(classifier)
{}

TokenDetailsFetcher::~TokenDetailsFetcher()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ApiJob>& job : jobs) {
        if (!job)
            continue;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        job->deleteLater();
    }
}

bool TokenDetailsFetcher::needsFetch(const Token& token) const
{
    if (m_classifier.classify(token).isExpired())
        return false;
    if (!token.hasDetails || token.namespacePermissions.isEmpty())
        return true;
    return token.isLegacy() ? token.value.isEmpty() : token.uuid.isEmpty();
}

void TokenDetailsFetcher::start(const QList<Token>& tokens)
{
    cancel();
    m_tokens = tokens;
    m_errors.clear();
    m_gone.clear();
    m_queue.clear();
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (needsFetch(m_tokens[i]))
            m_queue << i;
    }
    m_done = 0;
    m_total = int(m_queue.size());
    m_running = true;
    // Queued so that a caller connecting after start() still sees every signal.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        emit progress(m_done, m_total);
        pump();
        finishIfDone();
    });
}

void TokenDetailsFetcher::cancel()
{
    m_queue.clear();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ApiJob>& job : jobs) {
        if (!job)
            continue;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        job->deleteLater();
    }
    m_running = false;
}

void TokenDetailsFetcher::pump()
{
    while (!m_queue.isEmpty() && m_jobs.size() < MaxInFlight) {
        const int index = m_queue.takeFirst();
        if (!m_client) {
            m_errors.insert(m_tokens[index].name, tr("there is no connection to the account to load its "
                                                     "details."));
            ++m_done;
            continue;
        }
        TokenJob* job = m_client->getToken(m_tokens[index].name);
        m_jobs << job;
        connect(job, &ApiJob::finished, this, [this, job, index] { onFinished(job, index); });
    }
}

void TokenDetailsFetcher::onFinished(ApiJob* job, int index)
{
    m_jobs.removeAll(QPointer<ApiJob>(job));
    job->deleteLater();
    Token& token = m_tokens[index];
    if (job->isSuccess())
        token = TokenMerge::answerOver(token, static_cast<TokenJob*>(job)->result());
    else
        m_errors.insert(token.name, errorText(job->error()));
    if (job->error().cause() == ApiError::Cause::TokenExpired)
        m_gone.insert(token.name);
    ++m_done;
    emit progress(m_done, m_total);
    pump();
    finishIfDone();
}

void TokenDetailsFetcher::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_jobs.isEmpty())
        return;
    m_running = false;
    emit progress(m_done, m_total);
    emit finished();
}

QString TokenDetailsFetcher::errorText(const ApiError& error)
{
    if (error.cause() == ApiError::Cause::TokenExpired)
        return tr("it has expired, so the API no longer returns it (410). Renew it or create a new token.");
    return error.userMessage();
}

} // namespace edgekv
