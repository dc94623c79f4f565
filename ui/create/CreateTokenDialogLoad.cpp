// CreateTokenDialog: what the form loads from the API (namespaces, the account's status, a renewed token's
// details) and the Renew prefill.
#include "create/CreateTokenDialog.h"
#include "create/EdgeWorkerIdList.h"
#include "create/ExpiryChooser.h"
#include "create/FormStyle.h"
#include "create/NamespacePermissionGrid.h"
#include "tokens/LegacyJwtClaims.h"
#include "ui_CreateTokenDialog.h"
#include "util/Clock.h"

#include <QLocale>

namespace edgekv {

void CreateTokenDialog::reload()
{
    if (!m_client) {
        m_ui->namespaceGrid->showError(tr("Not connected to an account: open one in the main window first."));
        return;
    }
    m_loadErrors.clear();
    m_loaded.clear();
    m_ui->namespaceGrid->showLoading(tr("Loading the namespaces of staging and production…"));
    loadNamespaces(Network::Staging);
    loadNamespaces(Network::Production);
    if (!m_initializeJob)
        loadInitializeStatus();
    updateForm();
}

void CreateTokenDialog::loadNamespaces(Network network)
{
    if (m_namespaceJobs.value(network))
        return;
    NamespaceListJob* job = m_client->listNamespaces(network, true);
    m_namespaceJobs.insert(network, job);
    connect(job, &ApiJob::finished, this, [this, job, network] {
        job->deleteLater();
        m_namespaceJobs.remove(network);
        if (job->isSuccess())
            m_loaded.insert(network, job->result());
        else
            m_loadErrors.insert(network, job->error().userMessage());
        if (m_namespaceJobs.isEmpty())
            onNamespacesLoaded();
    });
}

void CreateTokenDialog::onNamespacesLoaded()
{
    const bool any = m_loaded.contains(Network::Staging) || m_loaded.contains(Network::Production);
    if (any)
        m_ui->namespaceGrid->setNamespaces(
            NamespaceInfo::merged(m_loaded.value(Network::Staging), m_loaded.value(Network::Production)));
    m_ui->namespaceGrid->setNetworks(m_ui->stagingCheck->isChecked(), m_ui->productionCheck->isChecked());
    QStringList errors;
    for (auto it = m_loadErrors.begin(); it != m_loadErrors.end(); ++it)
        errors << it.value();
    if (!errors.isEmpty())
        m_ui->namespaceGrid->showError(
            any ? tr("Only some namespaces could be loaded. %1").arg(errors.join(QLatin1Char(' ')))
                : errors.join(QLatin1Char(' ')));
    setUpTabOrder(); // the rows are new widgets
    updateColumns();
    updateRenewNote();
    updateForm();
}

void CreateTokenDialog::loadInitializeStatus()
{
    InitializeStatusJob* job = m_client->initializeStatus();
    m_initializeJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_initializeJob = nullptr;
        if (!job->isSuccess()) {
            m_ui->cpcodeEdit->setText(tr("unknown (could not be loaded)"));
            m_ui->cpcodeEdit->setToolTip(job->error().userMessage());
            updateForm();
            return;
        }
        const InitializeStatus& status = job->result();
        if (!status.isInitialized()) {
            m_ui->cpcodeEdit->setText(tr("none: EdgeKV is not initialized for this account"));
            showStatus(
                tr("EdgeKV is not initialized for this account yet, so tokens cannot be used. Initialize "
                   "it in Control Center or with “akamai edgekv initialize” first."),
                true);
        } else {
            m_ui->cpcodeEdit->setText(status.cpcode.isEmpty() ? tr("not reported") : status.cpcode);
        }
        m_ui->namespaceGrid->setAccountRestrictDataAccess(status.restrictDataAccess);
        updateForm();
    });
}

void CreateTokenDialog::prefillFromToken(const Token& token)
{
    m_renewing = token.name;
    m_renewToken = token;
    m_renewToken->value.clear(); // the form never needs the old JWT
    setWindowTitle(tr("Renew Token “%1”").arg(token.name));
    if (!token.hasDetails && m_client) {
        loadTokenDetails(token.name);
        return;
    }
    applyPrefill(*m_renewToken);
}

void CreateTokenDialog::loadTokenDetails(const QString& name)
{
    TokenJob* job = m_client->getToken(name);
    m_detailsJob = job;
    m_ui->renewLabel->setText(tr("Loading the settings of “%1”…").arg(name));
    m_ui->renewLabel->show();
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_detailsJob = nullptr;
        Token token = job->isSuccess() ? job->result() : Token();
        LegacyJwtClaims::apply(token); // a legacy token's details are claims of its JWT
        token.value.clear();
        if (token.hasDetails) {
            if (m_renewToken && !token.expiry.isValid())
                token.expiry = m_renewToken->expiry;
            m_renewToken = token;
        }
        applyPrefill(*m_renewToken);
        if (!job->isSuccess())
            showStatus(tr("The settings of “%1” could not be loaded, so choose its networks and namespaces "
                          "again. %2")
                           .arg(m_renewing, job->error().userMessage()),
                       true);
    });
}

void CreateTokenDialog::applyPrefill(const Token& token)
{
    m_updating = true;
    if (token.hasDetails) {
        m_ui->stagingCheck->setChecked(token.allowOnStaging);
        m_ui->productionCheck->setChecked(token.allowOnProduction);
        m_ui->edgeWorkerIds->setIds(token.restrictToEdgeWorkerIds);
        m_ui->namespaceGrid->setPermissions(token.namespacePermissions);
    }
    // An enhanced token never expires, so its copy does not need a date either.
    if (token.isLegacy())
        m_ui->expiryChooser->setLatestExpiry();
    else
        m_ui->expiryChooser->setNoExpiry();
    m_updating = false;
    if (!m_nameTouched) { // a name the user typed while the settings loaded is kept
        m_suggestedName.clear();
        m_ui->nameEdit->clear();
    }
    updateSuggestedName();
    updateRenewNote();
    updateForm();
}

void CreateTokenDialog::updateSuggestedName()
{
    if (!m_renewToken)
        return;
    const QString current = m_ui->nameEdit->text();
    if (!current.isEmpty() && current != m_suggestedName)
        return; // the user chose a name
    const QDate month =
        m_ui->expiryChooser->isExpiring() ? m_ui->expiryChooser->expiry() : m_clock.todayUtc();
    m_suggestedName = TokenFormRules::renewalName(m_renewToken->name, month, m_existingNames);
    m_ui->nameEdit->setText(m_suggestedName);
}

void CreateTokenDialog::updateRenewNote()
{
    if (!m_renewToken || m_detailsJob)
        return;
    const Token& token = *m_renewToken;
    QStringList parts;
    if (token.isLegacy()) {
        parts
            << (token.expiry.isValid()
                    ? tr("Renewing “%1”, which expires on %2: the new token gets the same networks, "
                         "EdgeWorker "
                         "IDs and namespace permissions. Put it into the bundle and deploy it before that "
                         "day.")
                          .arg(token.name, token.expiry.toString(Qt::ISODate))
                    : tr("Renewing “%1”: the new token gets the same networks, EdgeWorker IDs and namespace "
                         "permissions.")
                          .arg(token.name));
        if (m_ui->expiryChooser->isExpiring())
            parts << tr(
                "If your account issues auto-refreshing tokens now, choose “No expiry” and this is the "
                "last renewal.");
    } else {
        parts << tr("“%1” refreshes automatically and never expires, so it does not need renewing. This "
                    "creates a "
                    "second token with the same networks, EdgeWorker IDs and namespace permissions.")
                     .arg(token.name);
    }
    if (!token.hasDetails)
        parts << tr("Its settings are unknown: choose the networks and namespaces.");
    const QStringList missing = m_ui->namespaceGrid->missingNames();
    if (!missing.isEmpty())
        parts << tr("Not carried over (the API no longer lists them): %1.")
                     .arg(QLocale().createSeparatedList(missing));
    m_ui->renewLabel->setText(parts.join(QLatin1Char(' ')));
    m_ui->renewLabel->show();
}

} // namespace edgekv
