#include "mainwindow/TokenOperations.h"

#include "api/EdgeKvClient.h"
#include "common/UserPrompts.h"
#include "tokens/TokenTableModel.h"

#include <QWidget>

namespace edgekv {

namespace {

constexpr int MaxNamesInQuestion = 10;

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

} // namespace

TokenOperations::TokenOperations(QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_dialogParent(dialogParent)
{}

TokenOperations::~TokenOperations()
{
    // Nobody may hear from an object that is going away.
    blockSignals(true);
    cancelAll();
}

void TokenOperations::setClient(EdgeKvClient* client)
{
    if (client == m_client)
        return;
    cancelAll();
    m_client = client;
}

bool TokenOperations::refreshNow(const QString& name)
{
    if (isBusy() || !m_client || name.isEmpty())
        return false;
    if (m_model) {
        const int row = m_model->rowOf(name);
        if (row < 0 || m_model->tokenAt(row).isLegacy())
            return false;
    }
    TokenJob* job = m_client->refreshToken(name);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job] { onRefreshFinished(job); });
    emit busyChanged(true, tr("Refreshing %1\u2026").arg(quoted(name)));
    return true;
}

QString TokenOperations::revokeQuestion(const QStringList& names) const
{
    if (names.size() == 1) {
        QString namespaces;
        if (m_model) {
            const int row = m_model->rowOf(names.constFirst());
            if (row >= 0)
                namespaces = m_model->tokenAt(row).namespacePermissions.keys().join(QStringLiteral(", "));
        }
        const QString what =
            namespaces.isEmpty()
                ? tr("EdgeWorkers that use it will no longer be able to read its namespaces.")
                : tr("EdgeWorkers that use it will no longer be able to read %1.").arg(namespaces);
        return tr("Revoke the token %1?\n\n%2 This cannot be undone.").arg(quoted(names.constFirst()), what);
    }
    QStringList shown;
    for (const QString& name : names.mid(0, MaxNamesInQuestion))
        shown << quoted(name);
    if (names.size() > MaxNamesInQuestion)
        shown << tr("and %n more", nullptr, int(names.size()) - MaxNamesInQuestion);
    return tr("Revoke %n tokens?", nullptr, int(names.size())) + QStringLiteral("\n\n") +
           shown.join(QStringLiteral(", ")) + QStringLiteral("\n\n") +
           tr("EdgeWorkers that use them will no longer be able to read their namespaces. This cannot be "
              "undone.");
}

bool TokenOperations::revoke(const QStringList& names)
{
    if (isBusy() || !m_client || names.isEmpty())
        return false;
    const QString title = names.size() == 1 ? tr("Revoke Token") : tr("Revoke Tokens");
    const auto answer = UserPrompts::question(m_dialogParent, title, revokeQuestion(names),
                                              QMessageBox::Yes | QMessageBox::No, true);
    if (answer != QMessageBox::Yes || !m_client)
        return false;
    m_revoked.clear();
    m_revokeErrors.clear();
    for (const QString& name : names) {
        RevokeJob* job = m_client->revokeToken(name);
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job] { onRevokeFinished(job); });
    }
    emit busyChanged(true, names.size() == 1 ? tr("Revoking %1\u2026").arg(quoted(names.constFirst()))
                                             : tr("Revoking %n tokens\u2026", nullptr, int(names.size())));
    return true;
}

void TokenOperations::onRefreshFinished(ApiJob* job)
{
    m_jobs.removeOne(job);
    job->deleteLater();
    emit busyChanged(false, {});
    if (!job->isSuccess()) {
        emit failed(job->error().userMessage());
        return;
    }
    const Token token = static_cast<TokenJob*>(job)->result();
    if (m_model)
        m_model->updateToken(token);
    emit refreshed(token);
}

void TokenOperations::onRevokeFinished(ApiJob* job)
{
    m_jobs.removeOne(job);
    job->deleteLater();
    if (job->isSuccess()) {
        const QString name = static_cast<RevokeJob*>(job)->result().name.isEmpty()
                                 ? job->subject()
                                 : static_cast<RevokeJob*>(job)->result().name;
        if (m_model)
            m_model->removeToken(name);
        m_revoked << name;
    } else {
        m_revokeErrors << job->error().userMessage();
    }
    if (isBusy())
        return;
    emit busyChanged(false, {});
    if (!m_revoked.isEmpty())
        emit revoked(m_revoked);
    if (!m_revokeErrors.isEmpty())
        emit failed(m_revokeErrors.join(QLatin1Char('\n')));
}

void TokenOperations::cancelAll()
{
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ApiJob>& job : jobs) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    if (!jobs.isEmpty())
        emit busyChanged(false, {});
}

} // namespace edgekv
