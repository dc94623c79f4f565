#pragma once

#include "api/ApiError.h"
#include "api/Token.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace edgekv {

class ApiJob;
class EdgeKvClient;
class ExpiryClassifier;

// Completes the tokens an export needs: GET /tokens/{name} for every token that lacks its details, its
// JWT value (legacy) or its uuid (enhanced), a few at a time. Expired legacy tokens are not asked for (the
// API answers 410). A failed answer is recorded by token name; the token keeps what was known.
class TokenDetailsFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    // client may be nullptr: then every token that needs details fails with a message.
    TokenDetailsFetcher(EdgeKvClient* client, const ExpiryClassifier& classifier, QObject* parent = nullptr);
    ~TokenDetailsFetcher() override;

    bool needsFetch(const Token& token) const;

    // Starts with the given tokens; finished() follows (queued, also when nothing needs fetching).
    void start(const QList<Token>& tokens);
    void cancel();
    bool isRunning() const { return m_running; }

    QList<Token> tokens() const { return m_tokens; }
    // Why a token's details could not be loaded, as a sentence, by name.
    QHash<QString, QString> errors() const { return m_errors; }
    // The tokens the API answered 410 for: expired.
    QSet<QString> gone() const { return m_gone; }
    int done() const { return m_done; }
    int total() const { return m_total; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onFinished(ApiJob* job, int index);
    void finishIfDone();
    static QString errorText(const ApiError& error);

    QPointer<EdgeKvClient> m_client;
    const ExpiryClassifier& m_classifier;
    QList<Token> m_tokens;
    QList<int> m_queue; // indices into m_tokens
    QList<QPointer<ApiJob>> m_jobs;
    QHash<QString, QString> m_errors;
    QSet<QString> m_gone;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace edgekv
