#include "tokens/TokenListLoader.h"

#include "api/EdgeKvClient.h"
#include "tokens/TokenTableModel.h"

#include <QLoggingCategory>

namespace edgekv {

Q_LOGGING_CATEGORY(lcTokenLoader, "edgekv.tokens.loader")

namespace {

void dropJob(ApiJob* job, QObject* receiver)
{
    if (!job)
        return;
    job->disconnect(receiver);
    job->cancel();
    job->deleteLater();
}

} // namespace

TokenListLoader::TokenListLoader(EdgeKvClient* client, TokenTableModel* model, QObject* parent)
    : QObject(parent), m_client(client), m_model(model)
{
    qRegisterMetaType<InitializeStatus>("edgekv::InitializeStatus");
}

TokenListLoader::~TokenListLoader()
{
    abandon();
}

void TokenListLoader::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
    if (m_running)
        pump();
}

void TokenListLoader::start()
{
    abandon();
    m_running = true;
    m_listDone = false;
    m_initializeDone = false;
    m_done = 0;
    m_total = 0;
    m_peakInFlight = 0;
    m_error = ApiError();
    m_initializeError = ApiError();
    m_detailErrors.clear();
    m_initializeStatus.reset();
    emit started();

    if (!m_client || !m_model) {
        m_error = ApiError::make(ApiError::Kind::InvalidRequest, tr("No account is open."));
        m_listDone = m_initializeDone = true;
        finishIfDone();
        return;
    }

    TokenListJob* list = m_client->listTokens(true);
    m_listJob = list;
    connect(list, &ApiJob::finished, this, &TokenListLoader::onListFinished);
    InitializeStatusJob* initialize = m_client->initializeStatus();
    m_initializeJob = initialize;
    connect(initialize, &ApiJob::finished, this, &TokenListLoader::onInitializeFinished);
}

void TokenListLoader::onListFinished()
{
    auto* job = static_cast<TokenListJob*>(m_listJob.data());
    m_listJob = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_listDone = true;
    if (!job->isSuccess()) {
        // The rows shown before stay: a failed refresh must not empty the table.
        m_error = job->error();
        finishIfDone();
        return;
    }

    const QList<Token>& tokens = job->result();
    if (m_model)
        m_model->setTokens(tokens);
    m_total = int(tokens.size());
    for (const Token& token : tokens)
        m_queue.append(token.name);
    emit listLoaded(m_total);
    emit progress(m_done, m_total);
    pump();
    finishIfDone();
}

void TokenListLoader::onInitializeFinished()
{
    auto* job = static_cast<InitializeStatusJob*>(m_initializeJob.data());
    m_initializeJob = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_initializeDone = true;
    if (job->isSuccess()) {
        m_initializeStatus = job->result();
        emit initializeStatusKnown(*m_initializeStatus);
    } else {
        // Not fatal: without it, an empty list is shown as empty.
        m_initializeError = job->error();
        qCInfo(lcTokenLoader).noquote() << "Initialization status unknown:" << m_initializeError.toString();
    }
    finishIfDone();
}

void TokenListLoader::pump()
{
    while (m_running && m_client && !m_queue.isEmpty() && m_detailJobs.size() < m_maxInFlight) {
        const QString name = m_queue.takeFirst();
        TokenJob* job = m_client->getToken(name);
        m_detailJobs.append(QPointer<ApiJob>(job));
        m_peakInFlight = std::max(m_peakInFlight, int(m_detailJobs.size()));
        connect(job, &ApiJob::finished, this, [this, job] { onDetailsFinished(job); });
    }
}

void TokenListLoader::onDetailsFinished(ApiJob* apiJob)
{
    if (!m_detailJobs.removeOne(apiJob))
        return;
    auto* job = static_cast<TokenJob*>(apiJob);
    job->deleteLater();
    const QString name = job->subject();
    if (m_model) {
        if (job->isSuccess()) {
            m_model->updateToken(job->result());
        } else {
            const ApiError& error = job->error();
            m_detailErrors.insert(name, error);
            if (error.cause() == ApiError::Cause::TokenExpired)
                m_model->setDetailsState(name, TokenTableModel::DetailsState::Expired);
            else
                m_model->setDetailsState(name, TokenTableModel::DetailsState::Failed, error.userMessage());
        }
    }
    ++m_done;
    emit progress(m_done, m_total);
    pump();
    finishIfDone();
}

void TokenListLoader::finishIfDone()
{
    if (!m_running || !m_listDone || !m_initializeDone || !m_queue.isEmpty() || !m_detailJobs.isEmpty())
        return;
    m_running = false;
    emit finished(!m_error.isError());
}

void TokenListLoader::cancel()
{
    if (!m_running)
        return;
    QStringList unfinished = m_queue;
    for (const QPointer<ApiJob>& job : std::as_const(m_detailJobs)) {
        if (job)
            unfinished.append(job->subject());
    }
    abandon();
    if (m_model) {
        for (const QString& name : std::as_const(unfinished))
            m_model->setDetailsState(
                name, TokenTableModel::DetailsState::Failed,
                tr("Loading the details of token \u201c%1\u201d was cancelled.").arg(name));
    }
    m_error = ApiError::make(ApiError::Kind::Cancelled);
    emit finished(false);
}

void TokenListLoader::abandon()
{
    m_running = false;
    m_queue.clear();
    const QList<QPointer<ApiJob>> jobs = m_detailJobs;
    m_detailJobs.clear();
    for (const QPointer<ApiJob>& job : jobs)
        dropJob(job, this);
    dropJob(m_listJob, this);
    dropJob(m_initializeJob, this);
    m_listJob = nullptr;
    m_initializeJob = nullptr;
}

} // namespace edgekv
