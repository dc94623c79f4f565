#pragma once

#include "credentials/Credentials.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class AccountEditDialog;
}

namespace edgekv {

class AccountStore;
class ConnectionTester;

// Adds an account or edits one: host, client token, client secret (masked, with a reveal toggle), access
// token, optional account switch key and max body, validated as the user types; Save is enabled only when
// everything is usable. Saving writes the secrets to the system keychain (asynchronously, with progress);
// on failure the dialog stays open with the reason, and when the keychain is unavailable it offers "this
// session only" instead. Nothing secret is ever written to a file.
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds a new account to store (not owned; it must outlive the dialog).
    explicit AccountEditDialog(AccountStore* store, QWidget* parent = nullptr);
    // Edits the account called name: its saved secrets are read first (asynchronously). Saving stores it
    // in the keychain under the same name.
    AccountEditDialog(AccountStore* store, const QString& name, QWidget* parent = nullptr);
    ~AccountEditDialog() override;

    bool isEditing() const { return m_editing; }
    QString accountName() const;
    // The credentials as entered, cleaned up (host without scheme, values trimmed).
    Credentials credentials() const;
    // Fills the form (e.g. with the sandbox's credentials).
    void setCredentials(const Credentials& credentials);
    void setAccountName(const QString& name);
    bool isValid() const;
    // Keeps the account in memory until the app quits instead of in the keychain (for when the keychain is
    // known to be unavailable). Not for editing a saved account.
    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }
    // A keychain read or write is running.
    bool isBusy() const { return m_busy; }

    ConnectionTester* connectionTester() const;

signals:
    // The account was stored: in the keychain, or for this session only.
    void accountSaved(const QString& name, bool sessionOnly);

protected:
    bool event(QEvent* event) override;

public slots:
    void reject() override;

private:
    void setUp();
    void loadAccount();
    void onHostEdited(const QString& text, bool whole);
    void touch(QWidget* field);
    void validate();
    void showFieldMessage(QLabel* label, const QString& text, bool problem);
    void setBusy(bool busy, const QString& text = {});
    void showStatus(const QString& text);
    void save();
    void saveForSessionOnly();
    void testConnection();

    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    AccountStore* m_store;
    QString m_name;
    bool m_editing = false;
    bool m_busy = false;
    bool m_valid = false;
    bool m_sessionOnly = false;
    QSet<QWidget*> m_touched;
    QString m_hostNote;
    QString m_lastHostText;
    QString m_defaultIntro;
    QStringList m_headersToSign; // kept from the edited account; the form does not show them
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_testButton = nullptr;
};

} // namespace edgekv
