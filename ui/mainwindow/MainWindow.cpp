#include "mainwindow/MainWindow.h"

#include "accounts/FirstRunPanel.h"
#include "accounts/KeychainStatusBanner.h"
#include "common/WindowShortcutPassThrough.h"
#include "credentials/EdgercReader.h"
#include "mainwindow/AccountConnection.h"
#include "mainwindow/AccountSwitcher.h"
#include "mainwindow/EmptyStatePanel.h"
#include "mainwindow/ErrorBanner.h"
#include "mainwindow/ExpiryNotifier.h"
#include "mainwindow/PreferencesDialog.h"
#include "mainwindow/StatusStyle.h"
#include "mainwindow/SummaryBar.h"
#include "mainwindow/TokenDetailsPanel.h"
#include "mainwindow/TokenOperations.h"
#include "mainwindow/TokenTablePresenter.h"
#include "tokens/TokenFormatter.h"
#include "tokens/TokenListLoader.h"
#include "tokens/TokenTableModel.h"
#include "ui_MainWindow.h"
#include "util/Clock.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStyle>

namespace edgekv {

namespace {

const QString geometryKey = QStringLiteral("mainwindow/geometry");
const QString stateKey = QStringLiteral("mainwindow/state");
const QString headerKey = QStringLiteral("mainwindow/header");
const QString splitterKey = QStringLiteral("mainwindow/splitter");
const QString detailsKey = QStringLiteral("mainwindow/showDetails");

QIcon themeIcon(const char* name, QStyle* style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : MainWindow(Services(), parent) {}

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(StatusStyle::appIcon());
    setUpServices(services);
    m_preferences = AppPreferences::load(*m_settings);

    m_model = new TokenTableModel(this);
    m_model->setClock(*m_clock);
    m_model->setThresholds(m_preferences.thresholds);
    m_proxy = new TokenFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_presenter = new TokenTablePresenter(this);
    m_presenter->setSourceModel(m_proxy);
    m_presenter->setPalette(palette());

    m_connection = new AccountConnection(m_accounts, m_model, *m_clock, m_network, this);
    m_operations = new TokenOperations(this, this);
    m_operations->setModel(m_model);
    m_notifier = new ExpiryNotifier(m_settings, this);
    m_notifier->setIcon(StatusStyle::appIcon());
    m_notifier->setEnabled(m_preferences.notificationsEnabled);
    connect(m_notifier, &ExpiryNotifier::showRequested, this, &MainWindow::showNotifiedTokens);
    connect(m_notifier, &ExpiryNotifier::renewRequested, this, &MainWindow::renewNotifiedToken);

    setUpActions();
    setUpPanels();
    setUpTable();

    connect(m_connection, &AccountConnection::opening, this, &MainWindow::onOpening);
    connect(m_connection, &AccountConnection::opened, this, &MainWindow::onOpened);
    connect(m_connection, &AccountConnection::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_connection, &AccountConnection::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_connection, &AccountConnection::listLoaded, this, &MainWindow::onListLoaded);
    connect(m_connection, &AccountConnection::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_connection, &AccountConnection::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_operations, &TokenOperations::busyChanged, this, [this](bool busy, const QString& text) {
        m_details->setBusy(busy, text);
        updateActions();
    });
    connect(m_operations, &TokenOperations::failed, this, &MainWindow::onOperationFailed);
    connect(m_operations, &TokenOperations::refreshed, this, [this](const Token& token) {
        m_details->showMessage(tr("Refreshed \u201c%1\u201d.").arg(token.name));
    });
    connect(m_operations, &TokenOperations::revoked, this, [this](const QStringList& names) {
        statusBar()->showMessage(tr("Revoked %1.").arg(names.join(QStringLiteral(", "))), 10000);
    });

    m_updateTimer.setSingleShot(true);
    // Coalesces the bursts of changes a load makes (one per details answer).
    m_updateTimer.setInterval(25);
    connect(&m_updateTimer, &QTimer::timeout, this, &MainWindow::updateAll);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        if (m_connection->isOpen() && !(m_connection->loader() && m_connection->loader()->isRunning()))
            reload();
    });
    m_midnightTimer.setSingleShot(true);
    connect(&m_midnightTimer, &QTimer::timeout, this, [this] {
        m_model->refreshStatuses();
        armMidnightTimer();
    });
    armMidnightTimer();
    updateAutoRefresh();

    restoreSettings();
    updateAll();
}

MainWindow::~MainWindow()
{
    // The connection's jobs report to widgets that are about to go.
    m_operations->setClient(nullptr);
    m_connection->disconnect(this);
    m_connection->close();
}

void MainWindow::setUpServices(const Services& services)
{
    m_settings = services.settings;
    if (!m_settings) {
        m_ownedSettings = AccountStore::createDefaultSettings();
        m_settings = m_ownedSettings.get();
    }
    m_accounts = services.accounts;
    if (!m_accounts) {
        m_ownedAccounts = std::make_unique<AccountStore>();
        m_accounts = m_ownedAccounts.get();
    }
    m_clock = services.clock ? services.clock : &Clock::system();
    m_network = services.network;
    if (!m_network) {
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownedNetwork.get();
    }
}

void MainWindow::setUpActions()
{
    QStyle* style = this->style();
    m_ui->actionRefresh->setIcon(themeIcon("view-refresh", style, QStyle::SP_BrowserReload));
    m_ui->actionNewToken->setIcon(themeIcon("document-new", style, QStyle::SP_FileIcon));
    m_ui->actionExport->setIcon(themeIcon("document-save", style, QStyle::SP_DialogSaveButton));
    m_ui->actionRevoke->setIcon(themeIcon("edit-delete", style, QStyle::SP_TrashIcon));
    m_ui->actionQuit->setIcon(themeIcon("application-exit", style, QStyle::SP_DialogCloseButton));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Delete revokes only from the table; in the search box it deletes text.
    m_ui->actionRevoke->setShortcutContext(Qt::WidgetShortcut);
    // The table's context menu: its actions (hidden ones stay hidden there too).
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->tableView->addActions(
        {m_ui->actionRefreshNow, m_ui->actionExport, m_ui->actionNewToken, separator, m_ui->actionRevoke});
    m_ui->tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->actionRefreshNow->setIcon(StatusStyle::icon(TokenStatus::Kind::AutoRefresh));

    // Hidden until their handlers are installed (see the class comment).
    m_ui->actionNewToken->setVisible(false);
    m_ui->actionExport->setVisible(false);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->actionNewToken, &QAction::triggered, this, [this] { runAction(m_creator); });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] { runAction(m_exporter); });
    connect(m_ui->actionRefreshNow, &QAction::triggered, this, [this] {
        if (m_details->hasToken())
            m_operations->refreshNow(m_details->token().name);
    });
    connect(m_ui->actionRevoke, &QAction::triggered, this, &MainWindow::onRevokeRequested);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About EdgeKV Token Manager"),
            tr("<h3>EdgeKV Token Manager %1</h3><p>See every Akamai EdgeKV access token and its "
               "health at a glance, create tokens and export <tt>edgekv_tokens.js</tt>.</p>")
                .arg(QStringLiteral(EDGEKV_VERSION)));
    });

    m_switcher = new AccountSwitcher(m_accounts, this);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_switcher);
    connect(m_switcher, &AccountSwitcher::accountChosen, this, &MainWindow::openAccount);
    connect(m_accounts, &AccountStore::profilesChanged, this, &MainWindow::scheduleUpdate);
}

void MainWindow::setUpPanels()
{
    m_keychainBanner = new KeychainStatusBanner(this);
    m_errorBanner = new ErrorBanner(this);
    m_ui->bannerLayout->addWidget(m_keychainBanner);
    m_ui->bannerLayout->addWidget(m_errorBanner);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::reload);
    connect(m_keychainBanner, &KeychainStatusBanner::linkEdgercRequested, this,
            [this] { showAccountDialog(AccountDialog::LinkEdgerc); });
    connect(m_keychainBanner, &KeychainStatusBanner::sessionOnlyRequested, this,
            [this] { showAccountDialog(AccountDialog::AddSessionOnly); });

    m_summaryBar = new SummaryBar(this);
    m_ui->summaryLayout->addWidget(m_summaryBar);
    connect(m_summaryBar, &SummaryBar::kindsActivated, this, &MainWindow::onSummaryKinds);

    m_ui->searchEdit->setPlaceholderText(
        tr("Search token names and namespaces (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &TokenFilterProxyModel::setSearchText);
    WindowShortcutPassThrough::install(m_ui->searchEdit, this);
    m_ui->filterCombo->addItem(tr("All tokens"), int(TokenFilterProxyModel::Filter::All));
    m_ui->filterCombo->addItem(tr("Needs attention"), int(TokenFilterProxyModel::Filter::NeedsAttention));
    m_ui->filterCombo->addItem(tr("Expired"), int(TokenFilterProxyModel::Filter::Expired));
    m_ui->filterCombo->addItem(tr("Auto-refresh"), int(TokenFilterProxyModel::Filter::AutoRefresh));
    m_ui->filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);

    m_emptyState = new EmptyStatePanel(this);
    m_ui->tableStack->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyStatePanel::actionTriggered, this, [this] {
        switch (m_emptyAction) {
        case EmptyAction::CreateToken:
            runAction(m_creator);
            break;
        case EmptyAction::ClearFilters:
            clearFilters();
            break;
        case EmptyAction::Retry:
            reload();
            break;
        case EmptyAction::None:
            break;
        }
    });

    m_details = new TokenDetailsPanel(this);
    m_details->setMinimumWidth(300);
    m_ui->splitter->addWidget(m_details);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({760, 340});
    connect(m_ui->actionShowDetails, &QAction::toggled, this, &MainWindow::scheduleUpdate);
    connect(m_details, &TokenDetailsPanel::refreshNowRequested, m_operations, &TokenOperations::refreshNow);
    connect(m_details, &TokenDetailsPanel::revokeRequested, this,
            [this](const QString& name) { m_operations->revoke({name}); });
    connect(m_details, &TokenDetailsPanel::renewRequested, this,
            [this](const Token&) { runAction(m_renewer); });

    m_firstRun = new FirstRunPanel(this);
    m_ui->firstRunLayout->addWidget(m_firstRun);
    connect(m_firstRun, &FirstRunPanel::importRequested, this,
            [this](const QString& path) { showAccountDialog(AccountDialog::ImportEdgerc, path); });
    connect(m_firstRun, &FirstRunPanel::addRequested, this,
            [this] { showAccountDialog(AccountDialog::Add); });
    connect(m_firstRun, &FirstRunPanel::sandboxRequested, this, [this] { startSandbox(); });

    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_accountIndicator = new QLabel(this);
    m_accountIndicator->setObjectName(QStringLiteral("accountIndicator"));
    m_accountIndicator->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_accountIndicator);
    m_progress->hide();
}

int MainWindow::fittingWidth(int column) const
{
    // Wide enough for the longest usual text in the user's language (German runs longer than English).
    const QDate day(2026, 1, 31);
    QStringList samples;
    if (column == TokenTableModel::Status) {
        samples << TokenStatus(TokenStatus::Kind::Expired, day, day.addDays(-29), {}).text()
                << TokenStatus(TokenStatus::Kind::ExpiresLater, day, day.addDays(29), {}).text()
                << TokenStatus(TokenStatus::Kind::AutoRefresh, day, {}, {}).text()
                << TokenStatus(TokenStatus::Kind::ActivationError, day, {}, {}).text();
    } else if (column == TokenTableModel::Expires) {
        Token enhanced;
        enhanced.expiry = Token::neverExpiresDate();
        enhanced.nextScheduledRefreshDate = day;
        samples << TokenFormatter::expires(enhanced);
    }
    const QFontMetrics metrics = m_ui->tableView->fontMetrics();
    int width = 0;
    for (const QString& sample : std::as_const(samples))
        width = qMax(width, metrics.horizontalAdvance(sample));
    // The status icon, the cell margins and the sort indicator.
    return width == 0 ? 0 : width + m_ui->tableView->iconSize().width() + 30;
}

void MainWindow::setUpTable()
{
    QTableView* table = m_ui->tableView;
    table->setModel(m_presenter);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setIconSize(QSize(16, 16));
    table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QList<QPair<int, int>> widths = {
        {TokenTableModel::Name, 180},          {TokenTableModel::Status, 175},
        {TokenTableModel::Expires, 220},       {TokenTableModel::Networks, 140},
        {TokenTableModel::Namespaces, 240},    {TokenTableModel::Issued, 100},
        {TokenTableModel::EdgeWorkerIds, 120}, {TokenTableModel::CpCode, 80},
    };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, qMax(width, fittingWidth(column)));
    table->sortByColumn(TokenTableModel::Status, Qt::AscendingOrder);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::scheduleUpdate);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleUpdate);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray())) {
        // First start: most of a large screen, all of a small one.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        QSize size(1280, 800);
        if (available.width() > 1100)
            size = size.boundedTo(available.size() * 0.9);
        else
            size = available.size();
        resize(size);
    }
    restoreState(m_settings->value(stateKey).toByteArray());
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    if (header->restoreState(m_settings->value(headerKey).toByteArray()))
        m_ui->tableView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->splitter->restoreState(m_settings->value(splitterKey).toByteArray());
    m_ui->actionShowDetails->setChecked(m_settings->value(detailsKey, true).toBool());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(stateKey, saveState());
    m_settings->setValue(headerKey, m_ui->tableView->horizontalHeader()->saveState());
    m_settings->setValue(splitterKey, m_ui->splitter->saveState());
    m_settings->setValue(detailsKey, m_ui->actionShowDetails->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_presenter)
        m_presenter->setPalette(palette());
}

void MainWindow::setTokenCreator(TokenAction creator)
{
    m_creator = std::move(creator);
    m_ui->actionNewToken->setVisible(bool(m_creator));
    scheduleUpdate();
}

void MainWindow::setTokenExporter(TokenAction exporter)
{
    m_exporter = std::move(exporter);
    m_ui->actionExport->setVisible(bool(m_exporter));
    scheduleUpdate();
}

void MainWindow::setTokenRenewer(TokenAction renewer)
{
    m_renewer = std::move(renewer);
    m_details->setRenewAvailable(bool(m_renewer));
}

EdgeKvClient* MainWindow::client() const
{
    return m_connection->client();
}

QString MainWindow::currentAccount() const
{
    return m_connection->accountName();
}

QTableView* MainWindow::tableView() const
{
    return m_ui->tableView;
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name);
}

bool MainWindow::isShowingFirstRun() const
{
    return m_ui->pages->currentWidget() == m_ui->firstRunPage;
}

bool MainWindow::isShowingEmptyState() const
{
    return !isShowingFirstRun() && m_ui->tableStack->currentWidget() == m_emptyState;
}

QList<Token> MainWindow::selectedTokens() const
{
    QList<Token> tokens;
    const QModelIndex current = m_ui->tableView->currentIndex();
    QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        const Token token = index.data(TokenTableModel::TokenRole).value<Token>();
        if (current.isValid() && index.row() == current.row())
            tokens.prepend(token);
        else
            tokens.append(token);
    }
    return tokens;
}

TokenActionContext MainWindow::tokenContext() const
{
    TokenActionContext context;
    context.client = m_connection->client();
    context.accountName = m_connection->accountName();
    context.accountDescription = m_accountIndicator->text();
    context.sandbox =
        m_sandbox && !context.accountName.isEmpty() && m_sandbox->accountName() == context.accountName;
    context.tokens = m_model->tokens();
    context.selectedTokens = selectedTokens();
    return context;
}

void MainWindow::runAction(const TokenAction& action)
{
    if (action && m_connection->isOpen())
        action(this, tokenContext());
}

void MainWindow::addCreatedToken(const Token& token)
{
    m_model->updateToken(token);
    selectToken(token.name);
}

bool MainWindow::selectToken(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    // A search or filter that hides the token would hide what the user asked for.
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        clearFilters();
    const QModelIndex index = m_presenter->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_ui->tableView->setCurrentIndex(index);
    m_ui->tableView->scrollTo(index);
    return true;
}

void MainWindow::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void MainWindow::clearFilters()
{
    m_ui->searchEdit->clear();
    m_ui->filterCombo->setCurrentIndex(0);
    onSummaryKinds({});
}

void MainWindow::onSummaryKinds(const QList<TokenStatus::Kind>& kinds)
{
    if (!kinds.isEmpty()) {
        const QSignalBlocker blocker(m_ui->filterCombo);
        m_ui->filterCombo->setCurrentIndex(0);
        m_proxy->setFilter(TokenFilterProxyModel::Filter::All);
    }
    m_proxy->setStatusKinds(kinds);
    m_summaryBar->setActiveKinds(kinds);
    scheduleUpdate();
}

void MainWindow::onFilterChanged(int index)
{
    m_proxy->setStatusKinds({});
    m_summaryBar->setActiveKinds({});
    m_proxy->setFilter(TokenFilterProxyModel::Filter(m_ui->filterCombo->itemData(index).toInt()));
    scheduleUpdate();
}

void MainWindow::setPreferences(const AppPreferences& preferences)
{
    m_preferences = preferences.normalized();
    m_preferences.save(*m_settings);
    m_model->setThresholds(m_preferences.thresholds);
    m_notifier->setEnabled(m_preferences.notificationsEnabled);
    updateAutoRefresh();
    scheduleUpdate();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPreferences(dialog->preferences()); });
    dialog->open();
}

} // namespace edgekv
