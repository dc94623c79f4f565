// MainWindow: opening accounts, loading their tokens and keeping the window's parts in step with the model.

#include "accounts/AccountEditDialog.h"
#include "accounts/AccountsDialog.h"
#include "accounts/EdgercImportDialog.h"
#include "accounts/FirstRunPanel.h"
#include "accounts/KeychainStatusBanner.h"
#include "api/EdgeKvClient.h"
#include "credentials/EdgercReader.h"
#include "mainwindow/AccountConnection.h"
#include "mainwindow/AccountSwitcher.h"
#include "mainwindow/EmptyStatePanel.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/ExpiryNotifier.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StatusStyle.h"
#include "mainwindow/SummaryBar.h"
#include "mainwindow/TokenDetailsPanel.h"
#include "mainwindow/TokenOperations.h"
#include "mainwindow/TokenTablePresenter.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenSummary.h"
#include "tokens/TokenTableModel.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTime>

#include <utility>

namespace edgekv {

namespace {

const QString lastAccountKey = QStringLiteral("mainwindow/lastAccount");

} // namespace

void MainWindow::openInitialAccount()
{
    const QList<AccountProfile> profiles = m_accounts->list();
    if (profiles.isEmpty()) {
        scheduleUpdate();
        return;
    }
    const QString last = m_settings->value(lastAccountKey).toString();
    openAccount(m_accounts->contains(last) ? last : profiles.constFirst().name);
}

void MainWindow::openAccount(const QString& name)
{
    if (name.isEmpty())
        return;
    m_connection->open(name);
}

void MainWindow::reload()
{
    if (m_connection->accountName().isEmpty()) {
        openInitialAccount();
        return;
    }
    m_errorBanner->hide();
    m_connection->reload();
}

QString MainWindow::startSandbox()
{
    return startSandbox(SandboxSession::Options());
}

QString MainWindow::startSandbox(const SandboxSession::Options& options)
{
    QString error;
    if (!m_sandbox) {
        auto* sandbox = new SandboxSession(this);
        SandboxSession::Options withClock = options;
        if (!withClock.clock)
            withClock.clock = m_clock; // the window's "now" and the sandbox's agree
        error = sandbox->start(withClock);
        if (error.isEmpty())
            m_sandbox = sandbox;
        else
            delete sandbox;
    }
    QString name;
    if (m_sandbox)
        name = m_sandbox->addAccount(*m_accounts, &error);
    if (name.isEmpty()) {
        m_errorBanner->showError(tr("The local sandbox could not be started: %1").arg(error), false);
        return error;
    }
    openAccount(name);
    return {};
}

QString MainWindow::openEdgerc(const QString& path, const QString& section)
{
    const QString sectionName = section.isEmpty() ? QStringLiteral("default") : section;
    const auto loaded = EdgercLoader::load(path, sectionName);
    if (const auto* problem = std::get_if<EdgercError>(&loaded)) {
        const QString message = tr("Cannot open the account from the .edgerc file: %1").arg(problem->text());
        m_errorBanner->showError(message, false);
        return message;
    }
    QString name = tr("%1 (.edgerc)").arg(sectionName);
    for (int n = 2; m_accounts->contains(name); ++n)
        name = tr("%1 (.edgerc %2)").arg(sectionName).arg(n);
    const QString problem = m_accounts->addSessionProfile(name, std::get<Credentials>(loaded));
    if (!problem.isEmpty()) {
        m_errorBanner->showError(problem, false);
        return problem;
    }
    openAccount(name);
    return {};
}

void MainWindow::onOpening(const QString& name)
{
    if (name != m_pendingRenewalAccount)
        dropPendingRenewal();
    m_operations->setClient(nullptr);
    m_errorBanner->hide();
    m_keychainBanner->hide();
    m_openError.clear();
    m_loadFailed = false;
    m_listKnown = false;
    m_details->clear();
    m_switcher->setCurrentAccount(name);
    m_progressLabel->setText(tr("Opening %1\u2026").arg(name));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateIndicator();
    scheduleUpdate();
}

void MainWindow::onOpened(const QString& name)
{
    m_operations->setClient(m_connection->client());
    m_settings->setValue(lastAccountKey, name);
    setWindowTitle(tr("%1 \u2014 EdgeKV Token Manager").arg(name));
    updateIndicator();
    emit accountOpened(name);
}

void MainWindow::onOpenFailed(const QString& name, const AccountResult& result)
{
    dropPendingRenewal();
    m_progress->hide();
    m_progressLabel->clear();
    m_openError = tr("Cannot open the account \u201c%1\u201d: %2").arg(name, result.message);
    if (result.status == AccountResult::Status::KeychainUnavailable)
        m_keychainBanner->showUnavailable(result.message);
    m_errorBanner->showError(m_openError, true);
    updateIndicator();
    scheduleUpdate();
}

void MainWindow::onLoadStarted()
{
    m_scrollAnchor = topVisibleToken();
    m_progressLabel->setText(tr("Loading tokens\u2026"));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateActions();
}

void MainWindow::onListLoaded(int count)
{
    // The first list of an account: show the most urgent token's details right away.
    if (!m_listKnown && !m_ui->tableView->currentIndex().isValid() && m_presenter->rowCount() > 0)
        m_ui->tableView->selectRow(0);
    m_listKnown = true;
    m_loadFailed = false;
    if (!m_scrollAnchor.isEmpty())
        scrollToToken(m_scrollAnchor);
    onLoadProgress(0, count);
    scheduleUpdate();
}

void MainWindow::onLoadProgress(int done, int total)
{
    if (total <= 0 || done >= total) {
        m_progress->hide();
        m_progressLabel->clear();
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
    m_progressLabel->setText(tr("Loading details %1/%2").arg(done).arg(total));
}

void MainWindow::onLoadFinished(bool ok)
{
    m_progress->hide();
    m_progressLabel->clear();
    const TokenListLoader* loader = m_connection->loader();
    if (!ok && loader && loader->error().kind != ApiError::Kind::Cancelled) {
        m_loadFailed = true;
        m_errorBanner->showError(loader->error().userMessage(), true);
    } else if (ok) {
        m_loadFailed = false;
        m_errorBanner->hide();
        statusBar()->showMessage(
            tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 0);
        // EdgeKV answers 410 for the details of an expired token: expected, not a failure.
        int failed = 0;
        if (loader) {
            for (const ApiError& error : loader->detailErrors())
                failed += error.cause() == ApiError::Cause::TokenExpired ? 0 : 1;
        }
        if (failed > 0)
            statusBar()->showMessage(
                tr("Updated; the details of %n token(s) could not be loaded.", nullptr, failed));
        m_notifier->check(m_connection->accountName(), m_model->tokens(), m_model->statuses());
    }
    updateAll();
    if (!m_pendingRenewal.isEmpty() && m_pendingRenewalAccount == currentAccount()) {
        const QString name = std::exchange(m_pendingRenewal, QString());
        if (ok)
            renewToken(name);
        else
            statusBar()->showMessage(
                tr("\u201c%1\u201d was not renewed: the token list did not load.").arg(name), 10000);
    }
    emit tokensLoaded(ok);
}

void MainWindow::onRevokeRequested()
{
    QStringList names;
    for (const Token& token : selectedTokens())
        names << token.name;
    m_operations->revoke(names);
}

void MainWindow::onOperationFailed(const QString& message)
{
    m_details->showMessage(message);
    m_errorBanner->showError(message, false);
}

void MainWindow::scheduleUpdate()
{
    m_updateTimer.start();
}

void MainWindow::updateAll()
{
    m_updateTimer.stop();
    updateSummary();
    updateDetails();
    updateEmptyState();
    updateActions();
}

void MainWindow::updateSummary()
{
    m_summaryBar->setSummary(TokenSummary::fromModel(*m_model));
    m_summaryBar->setVisible(m_model->rowCount() > 0);
}

QModelIndex MainWindow::currentSourceIndex() const
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!current.isValid() || !m_ui->tableView->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_proxy->mapToSource(m_presenter->mapToSource(current));
}

void MainWindow::updateDetails()
{
    const QModelIndex source = currentSourceIndex();
    if (!source.isValid()) {
        m_details->clear();
        return;
    }
    const int row = source.row();
    m_details->showToken(m_model->tokenAt(row), m_model->statusAt(row), m_model->detailsStateAt(row),
                         source.data(TokenTableModel::DetailsErrorRole).toString());
}

void MainWindow::updateEmptyState()
{
    const bool noAccounts = m_accounts->list().isEmpty() && m_connection->accountName().isEmpty();
    m_ui->pages->setCurrentWidget(noAccounts ? m_ui->firstRunPage : m_ui->tokensPage);
    if (noAccounts)
        return;

    if (m_proxy->rowCount() > 0) {
        m_ui->tableStack->setCurrentWidget(m_ui->tableView);
        return;
    }
    const QString account = m_connection->accountName();
    const TokenListLoader* loader = m_connection->loader();
    QIcon icon;
    QString title;
    QString text;
    QString button;
    m_emptyAction = EmptyAction::None;
    if (m_model->rowCount() > 0) {
        icon = StatusStyle::icon(TokenStatus::Kind::Valid);
        title = tr("No tokens match");
        text = tr("No token of %1 matches the search and filter.").arg(account);
        button = tr("Show All Tokens");
        m_emptyAction = EmptyAction::ClearFilters;
    } else if (account.isEmpty()) {
        icon = StatusStyle::appIcon();
        title = tr("Choose an account");
        text = tr("Pick the account whose tokens you want to see in the toolbar.");
    } else if (!m_openError.isEmpty() || (m_loadFailed && !m_listKnown)) {
        title = tr("The tokens could not be loaded");
        text = tr("The message above says what went wrong and what to do.");
        button = tr("Try Again");
        m_emptyAction = EmptyAction::Retry;
    } else if (m_connection->isOpening() || !m_listKnown) {
        title = tr("Loading the tokens of %1\u2026").arg(account);
    } else if (loader && loader->initializeStatus() && !loader->initializeStatus()->isInitialized()) {
        icon = StatusStyle::icon(TokenStatus::Kind::Activating);
        title = tr("EdgeKV is not initialized for this account");
        text = tr("Initialize EdgeKV for the account first (in Akamai Control Center or with “akamai edgekv "
                  "initialize”); then tokens can be created here.");
        button = tr("Check Again");
        m_emptyAction = EmptyAction::Retry;
    } else {
        icon = StatusStyle::appIcon();
        title = tr("No tokens yet");
        if (m_creator) {
            text = tr("An EdgeWorker needs an access token to read an EdgeKV namespace.");
            button = tr("Create Your First Token");
            m_emptyAction = EmptyAction::CreateToken;
        } else {
            text = tr("Tokens created with the Akamai CLI or the EdgeKV API appear here.");
        }
    }
    m_emptyState->setContent(icon, title, text, button);
    m_ui->tableStack->setCurrentWidget(m_emptyState);
}

void MainWindow::updateActions()
{
    const bool open = m_connection->isOpen();
    const bool busy = m_operations->isBusy();
    const bool hasSelection = m_ui->tableView->selectionModel()->hasSelection();
    m_ui->actionRefresh->setEnabled(!m_connection->accountName().isEmpty() || !m_accounts->list().isEmpty());
    m_ui->actionNewToken->setEnabled(open);
    m_ui->actionExport->setEnabled(open && m_model->rowCount() > 0);
    m_ui->actionRevoke->setEnabled(open && hasSelection && !busy);
    m_ui->actionRefreshNow->setEnabled(open && !busy && m_details->hasToken() &&
                                       !m_details->token().isLegacy());
    // The details panel only helps while there are tokens to select.
    m_details->setVisible(m_ui->actionShowDetails->isChecked() && m_model->rowCount() > 0);
    m_ui->filterCombo->setEnabled(m_model->rowCount() > 0);
    m_ui->searchEdit->setEnabled(m_model->rowCount() > 0 || !m_ui->searchEdit->text().isEmpty());
}

void MainWindow::updateIndicator()
{
    const QString name = m_connection->accountName();
    QString text;
    if (name.isEmpty()) {
        text = tr("No account");
    } else if (m_sandbox && m_sandbox->accountName() == name) {
        text = tr("Local sandbox \u00b7 %1").arg(m_sandbox->address());
    } else {
        const QString host = m_connection->hostDescription();
        text = host.isEmpty() ? name : tr("%1 \u00b7 %2").arg(name, host);
    }
    m_accountIndicator->setText(text);
    m_accountIndicator->setToolTip(tr("The account and API host whose tokens are shown"));
}

void MainWindow::updateAutoRefresh()
{
    if (m_preferences.autoRefreshMinutes > 0)
        m_autoRefreshTimer.start(m_preferences.autoRefreshMinutes * 60 * 1000);
    else
        m_autoRefreshTimer.stop();
}

void MainWindow::armMidnightTimer()
{
    // Statuses change at UTC midnight ("Expires today" becomes "Expired 1 day ago").
    const qint64 ms = ExpiryClassifier::msecsToNextUtcMidnight(*m_clock) + 1000;
    m_midnightTimer.start(int(qBound<qint64>(1000, ms, qint64(24) * 3600 * 1000)));
}

QString MainWindow::topVisibleToken() const
{
    const QModelIndex top = m_ui->tableView->indexAt(QPoint(1, 1));
    return top.isValid() ? top.siblingAtColumn(TokenTableModel::Name).data(Qt::DisplayRole).toString()
                         : QString();
}

void MainWindow::scrollToToken(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_presenter->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
    if (index.isValid())
        m_ui->tableView->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void MainWindow::showAccounts()
{
    auto* dialog = new AccountsDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentAccount(m_connection->accountName());
    connect(dialog, &AccountsDialog::accountChosen, this, &MainWindow::openAccount);
    connect(dialog, &AccountsDialog::accountsChanged, this, [this] {
        // The open account may have been removed or edited.
        const QString name = m_connection->accountName();
        if (!name.isEmpty() && !m_accounts->contains(name)) {
            dropPendingRenewal();
            m_connection->close();
        }
        scheduleUpdate();
    });
    dialog->open();
}

void MainWindow::showAccountDialog(AccountDialog kind, const QString& edgercPath)
{
    if (kind == AccountDialog::ImportEdgerc || kind == AccountDialog::LinkEdgerc) {
        auto* dialog = new EdgercImportDialog(m_accounts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!edgercPath.isEmpty())
            dialog->setFilePath(edgercPath);
        if (kind == AccountDialog::LinkEdgerc)
            dialog->setStorage(EdgercImportDialog::Storage::Linked);
        connect(dialog, &EdgercImportDialog::accountsImported, this, [this](const QStringList& names) {
            if (!names.isEmpty())
                openAccount(names.constFirst());
        });
        dialog->open();
        return;
    }
    auto* dialog = new AccountEditDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSessionOnly(kind == AccountDialog::AddSessionOnly);
    connect(dialog, &AccountEditDialog::accountSaved, this,
            [this](const QString& name) { openAccount(name); });
    dialog->open();
}

} // namespace edgekv
