#pragma once

#include <QDialog>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class AccountsDialog;
}

namespace edgekv {

class AccountStore;
class ConnectionTester;
struct AccountProfile;

// The user's accounts and where each is kept ("OS keychain", "linked to ~/.edgerc [section]", "this
// session only"), with Add, Import from .edgerc, Edit, Remove (after a confirmation naming the account;
// a keychain account's entry is deleted) and Test connection. Sub-dialogs open window-modal and return at
// once; keychain work runs asynchronously with the store's timeout while the buttons wait.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, KeptInColumn, HostColumn, SwitchKeyColumn };

    // store is not owned and must outlive the dialog.
    explicit AccountsDialog(AccountStore* store, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    QString currentAccount() const;
    void setCurrentAccount(const QString& name);
    ConnectionTester* connectionTester() const;

    // "OS keychain", "linked to ~/.edgerc [section]" or "this session only".
    static QString keptInText(const AccountProfile& profile);

protected:
    bool event(QEvent* event) override;

public slots:
    // Open the sub-dialogs as the buttons do (e.g. for the first-run panel's choices). An empty path
    // starts the import at ~/.edgerc.
    void addAccount();
    void importEdgerc(const QString& path = {});
    void editAccount();
    void removeAccount();
    void testConnection();
    void reject() override;

signals:
    // Accounts were added, changed or removed.
    void accountsChanged();
    // The user picked an account with "Use Account" or a double click.
    void accountChosen(const QString& name);

private:
    void refresh();
    void updateButtons();
    void chooseCurrent();
    void setBusy(bool busy, const QString& text = {});
    void showStatus(const QString& text);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountStore* m_store;
    QPushButton* m_useButton = nullptr;
    bool m_busy = false;
};

} // namespace edgekv
