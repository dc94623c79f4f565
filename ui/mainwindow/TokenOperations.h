#pragma once

#include "api/Token.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace edgekv {

class ApiJob;
class EdgeKvClient;
class TokenTableModel;

// The token actions of the main window that change the account: Refresh now (POST /tokens/{name}/refresh)
// and Revoke (after a confirmation that names the tokens and says it cannot be undone; DELETE
// /tokens/{name}). Results go straight into the model: a refreshed token's row updates, a revoked token's
// row disappears. One operation at a time.
class TokenOperations : public QObject
{
    Q_OBJECT

public:
    // dialogParent: where the confirmation opens (not owned).
    explicit TokenOperations(QWidget* dialogParent, QObject* parent = nullptr);
    ~TokenOperations() override;

    // Either may be nullptr (no account open). Changing the client cancels a running operation.
    void setClient(EdgeKvClient* client);
    void setModel(TokenTableModel* model) { m_model = model; }

    bool isBusy() const { return !m_jobs.isEmpty(); }

    // Returns false when nothing was started (busy, no client, or not an enhanced token).
    bool refreshNow(const QString& name);
    // Asks first; returns false when the user declined or nothing could be started.
    bool revoke(const QStringList& names);
    // The confirmation text for names (for the prompt and tests).
    QString revokeQuestion(const QStringList& names) const;

signals:
    void busyChanged(bool busy, const QString& text);
    void refreshed(const edgekv::Token& token);
    void revoked(const QStringList& names);
    // message names what failed and what to do (ApiError::userMessage()).
    void failed(const QString& message);

private:
    void onRefreshFinished(ApiJob* job);
    void onRevokeFinished(ApiJob* job);
    void cancelAll();

    QWidget* m_dialogParent;
    QPointer<EdgeKvClient> m_client;
    QPointer<TokenTableModel> m_model;
    QList<QPointer<ApiJob>> m_jobs;
    QStringList m_revoked;
    QStringList m_revokeErrors;
};

} // namespace edgekv
