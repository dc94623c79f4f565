#pragma once

#include "api/ApiError.h"
#include "api/InitializeStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace edgekv {

class ApiJob;
class EdgeKvClient;
class TokenTableModel;

// Loads an account's tokens into a TokenTableModel: GET /tokens?includeExpired=true fills the rows at once,
// then GET /tokens/{name} for every token, at most maxInFlight() at a time, fills in each row's details as
// its answer arrives. GET /initialize runs alongside and tells an uninitialized account from an empty one.
// A per-token failure is recorded on its row (an expired legacy token's 410 keeps the list data) and does
// not fail the load; only a failed list call does.
class TokenListLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxInFlight = 8;

    // client and model must outlive the loader.
    TokenListLoader(EdgeKvClient* client, TokenTableModel* model, QObject* parent = nullptr);
    ~TokenListLoader() override;

    int maxInFlight() const { return m_maxInFlight; }
    // Takes effect for the next requests; values below 1 count as 1.
    void setMaxInFlight(int maxInFlight);

    bool isRunning() const { return m_running; }
    // Details answers received (successful or not) and tokens listed, of the current or last load.
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Details requests in flight now, and the most there were at once during the current or last load.
    int inFlight() const { return int(m_detailJobs.size()); }
    int peakInFlight() const { return m_peakInFlight; }

    // Why the last load failed (the list call, or Cancelled); no error after a successful load.
    const ApiError& error() const { return m_error; }
    // The per-token errors of the last load, by token name.
    const QHash<QString, ApiError>& detailErrors() const { return m_detailErrors; }
    // The answer of GET /initialize, once known; nullopt while pending or when that call failed.
    const std::optional<InitializeStatus>& initializeStatus() const { return m_initializeStatus; }
    const ApiError& initializeError() const { return m_initializeError; }

public slots:
    // Starts a load; a load still running is abandoned first (without finished()).
    void start();
    // Stops the load: requests in flight are cancelled, rows still waiting for details are marked as not
    // loaded, and finished(false) is emitted with a Cancelled error.
    void cancel();

signals:
    void started();
    // The list arrived and the model holds its rows (details follow).
    void listLoaded(int count);
    void progress(int done, int total);
    void initializeStatusKnown(const edgekv::InitializeStatus& status);
    // Every call of the load ended. ok is false when the list could not be loaded (see error()) or on cancel.
    void finished(bool ok);

private:
    void onListFinished();
    void onInitializeFinished();
    void onDetailsFinished(ApiJob* job);
    void pump();
    void finishIfDone();
    void abandon();

    QPointer<EdgeKvClient> m_client;
    QPointer<TokenTableModel> m_model;
    int m_maxInFlight = DefaultMaxInFlight;

    bool m_running = false;
    bool m_listDone = false;
    bool m_initializeDone = false;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_initializeJob;
    QList<QPointer<ApiJob>> m_detailJobs;
    QStringList m_queue;
    int m_done = 0;
    int m_total = 0;
    int m_peakInFlight = 0;
    ApiError m_error;
    ApiError m_initializeError;
    QHash<QString, ApiError> m_detailErrors;
    std::optional<InitializeStatus> m_initializeStatus;
};

} // namespace edgekv
