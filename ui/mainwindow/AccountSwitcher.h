#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace edgekv {

class AccountStore;

// The toolbar's account chooser: every profile of the AccountStore (saved ones, then session-only ones
// such as the sandbox), each with where it is kept as a tooltip. Choosing one asks the window to open it.
class AccountSwitcher : public QWidget
{
    Q_OBJECT

public:
    // store is not owned and must outlive the switcher.
    explicit AccountSwitcher(AccountStore* store, QWidget* parent = nullptr);

    QString currentAccount() const;
    // Shows name as the current account without emitting accountChosen().
    void setCurrentAccount(const QString& name);
    QStringList accounts() const;
    QComboBox* comboBox() const { return m_combo; }

public slots:
    // Re-reads the profiles (AccountStore::profilesChanged() does this too).
    void reload();

signals:
    void accountChosen(const QString& name);

private:
    AccountStore* m_store;
    QLabel* m_label;
    QComboBox* m_combo;
    QString m_current;
};

} // namespace edgekv
