#pragma once

#include "credentials/AccountStore.h"
#include "mainwindow/AppPreferences.h"
#include "mainwindow/SandboxSession.h"
#include "mainwindow/TokenActionContext.h"
#include "tokens/TokenFilterProxyModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QSettings;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace edgekv {

class AccountConnection;
class AccountSwitcher;
class Clock;
class EmptyStatePanel;
class ErrorBanner;
class ExpiryNotifier;
class FirstRunPanel;
class KeychainStatusBanner;
class SummaryBar;
class TokenDetailsPanel;
class TokenOperations;
class TokenTableModel;
class TokenTablePresenter;

// The window users open every morning: every token of one account and its health at a glance.
//
// Integration API for features that live in their own dialogs (the create form, the export dialog):
// - setTokenCreator(), setTokenExporter() and setTokenRenewer() install the handler behind "New Token"
//   (Ctrl+N, and the "Create your first token" button), "Export" (Ctrl+E) and "Renew…" (legacy tokens
//   in the details panel). Until a handler is set, its action is HIDDEN, so no dead button ever ships.
//   Handlers get the window as parent and a TokenActionContext (client, account, all and selected tokens).
// - addCreatedToken() puts a token the handler created into the table and selects it; reload() reloads.
// - client(), selectedTokens(), tokenContext() and currentAccount() answer at any time.
// - accountOpened() / tokensLoaded() tell when the account or the list changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with. Null members are made by the window: the user's settings file, the
    // system keychain's AccountStore, the system clock, one QNetworkAccessManager. Given ones are not
    // owned and must outlive the window.
    struct Services
    {
        AccountStore* accounts = nullptr;
        QSettings* settings = nullptr;
        const Clock* clock = nullptr;
        QNetworkAccessManager* network = nullptr;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Integration API (see above).
    void setTokenCreator(TokenAction creator);
    void setTokenExporter(TokenAction exporter);
    void setTokenRenewer(TokenAction renewer);
    EdgeKvClient* client() const;
    QList<Token> selectedTokens() const;
    TokenActionContext tokenContext() const;
    QString currentAccount() const;
    void addCreatedToken(const Token& token);
    // Selects the token named name, clearing a search or filter that hides it; false if there is none.
    bool selectToken(const QString& name);

    // Opens the last used account, else the first one, else shows the first-run choices.
    void openInitialAccount();
    // Starts the in-process sandbox (once; on the window's clock unless options name one) and opens its
    // session-only account. Returns an error message
    // (also shown in the window), empty on success.
    QString startSandbox(const SandboxSession::Options& options);
    QString startSandbox();
    SandboxSession* sandbox() const { return m_sandbox; }
    // Opens one .edgerc section as a session-only account. Returns an error message (also shown in the
    // window), empty on success.
    QString openEdgerc(const QString& path, const QString& section);

    AppPreferences preferences() const { return m_preferences; }
    // The clock statuses and dates are computed with (the system clock unless Services named one).
    const Clock& clock() const { return *m_clock; }
    void setPreferences(const AppPreferences& preferences);

    // For tests and the benchmarks.
    AccountStore* accountStore() const { return m_accounts; }
    AccountConnection* connection() const { return m_connection; }
    TokenTableModel* model() const { return m_model; }
    TokenFilterProxyModel* filterModel() const { return m_proxy; }
    TokenTablePresenter* presenter() const { return m_presenter; }
    QTableView* tableView() const;
    SummaryBar* summaryBar() const { return m_summaryBar; }
    TokenDetailsPanel* detailsPanel() const { return m_details; }
    ErrorBanner* errorBanner() const { return m_errorBanner; }
    EmptyStatePanel* emptyState() const { return m_emptyState; }
    FirstRunPanel* firstRunPanel() const { return m_firstRun; }
    AccountSwitcher* accountSwitcher() const { return m_switcher; }
    ExpiryNotifier* notifier() const { return m_notifier; }
    TokenOperations* operations() const { return m_operations; }
    QLabel* accountIndicator() const { return m_accountIndicator; }
    QLabel* progressLabel() const { return m_progressLabel; }
    // "actionRefresh", "actionNewToken", ... as named in MainWindow.ui.
    QAction* action(const QString& name) const;
    bool isShowingFirstRun() const;
    bool isShowingEmptyState() const;

public slots:
    void reload();
    void openAccount(const QString& name);
    void focusSearch();
    void showAccounts();
    void showPreferences();
    void clearFilters();

signals:
    void accountOpened(const QString& name);
    // Every call of a load ended; ok is false when the list could not be loaded.
    void tokensLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class EmptyAction { None, CreateToken, ClearFilters, Retry };
    enum class AccountDialog { Add, AddSessionOnly, ImportEdgerc, LinkEdgerc };

    void setUpServices(const Services& services);
    void setUpActions();
    void setUpTable();
    int fittingWidth(int column) const;
    void setUpPanels();
    void restoreSettings();
    void saveSettings();

    void onOpening(const QString& name);
    void onOpened(const QString& name);
    void onOpenFailed(const QString& name, const AccountResult& result);
    void onLoadStarted();
    void onListLoaded(int count);
    void onLoadProgress(int done, int total);
    void onLoadFinished(bool ok);
    void onSummaryKinds(const QList<TokenStatus::Kind>& kinds);
    void onFilterChanged(int index);
    void onRevokeRequested();
    void onOperationFailed(const QString& message);

    void scheduleUpdate();
    void updateAll();
    void updateSummary();
    void updateDetails();
    void updateEmptyState();
    void updateActions();
    void updateIndicator();
    void updateAutoRefresh();
    void armMidnightTimer();
    void runAction(const TokenAction& action);
    // The expiry notification's ways back into the window.
    void bringToFront();
    void showNotifiedTokens(const QString& account, const QStringList& tokenNames);
    void renewNotifiedToken(const QString& account, const QString& tokenName);
    void renewToken(const QString& tokenName);
    void dropPendingRenewal();
    // Raises a dialog of the window that is open; false if there is none.
    bool raiseOpenDialog();
    QModelIndex currentSourceIndex() const;
    QString topVisibleToken() const;
    void scrollToToken(const QString& name);
    // The accounts engineer's dialogs for the first-run panel and the keychain banner.
    void showAccountDialog(AccountDialog dialog, const QString& edgercPath = {});

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QSettings> m_ownedSettings;
    std::unique_ptr<AccountStore> m_ownedAccounts;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    QSettings* m_settings = nullptr;
    AccountStore* m_accounts = nullptr;
    const Clock* m_clock = nullptr;
    QNetworkAccessManager* m_network = nullptr;

    TokenTableModel* m_model = nullptr;
    TokenFilterProxyModel* m_proxy = nullptr;
    TokenTablePresenter* m_presenter = nullptr;
    AccountConnection* m_connection = nullptr;
    TokenOperations* m_operations = nullptr;
    ExpiryNotifier* m_notifier = nullptr;
    QPointer<SandboxSession> m_sandbox;

    SummaryBar* m_summaryBar = nullptr;
    ErrorBanner* m_errorBanner = nullptr;
    KeychainStatusBanner* m_keychainBanner = nullptr;
    EmptyStatePanel* m_emptyState = nullptr;
    TokenDetailsPanel* m_details = nullptr;
    FirstRunPanel* m_firstRun = nullptr;
    AccountSwitcher* m_switcher = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_accountIndicator = nullptr;

    TokenAction m_creator;
    TokenAction m_exporter;
    TokenAction m_renewer;
    // A token to renew once its account's list has loaded (asked for from a notification).
    QString m_pendingRenewalAccount;
    QString m_pendingRenewal;
    AppPreferences m_preferences;
    QTimer m_updateTimer;
    QTimer m_autoRefreshTimer;
    QTimer m_midnightTimer;
    EmptyAction m_emptyAction = EmptyAction::None;
    QString m_scrollAnchor;
    QString m_openError; // why the account could not be opened; empty when it is open
    bool m_loadFailed = false;
    bool m_listKnown = false; // the open account's list arrived at least once
};

} // namespace edgekv
