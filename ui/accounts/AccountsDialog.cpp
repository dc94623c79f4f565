#include "accounts/AccountsDialog.h"

#include "accounts/AccountEditDialog.h"
#include "accounts/ConnectionTester.h"
#include "accounts/EdgercImportDialog.h"
#include "accounts/KeychainStatusBanner.h"
#include "accounts/WindowFit.h"
#include "common/UserPrompts.h"
#include "credentials/AccountStore.h"
#include "credentials/EdgercReader.h"
#include "ui_AccountsDialog.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>

#include <variant>

namespace edgekv {

namespace {

QString homeRelative(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

} // namespace

AccountsDialog::AccountsDialog(AccountStore* store, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->progressRow->hide();
    m_ui->statusLabel->hide();
    m_useButton = m_ui->buttonBox->addButton(tr("&Use Account"), QDialogButtonBox::AcceptRole);
    m_useButton->setToolTip(tr("Show this account's tokens"));
    m_useButton->setDefault(true);
    // "Kept in" may hold a long path: it takes the room left and elides in the middle.
    QHeaderView* header = m_ui->accountList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeptInColumn, QHeaderView::Stretch);
    m_ui->accountList->setTextElideMode(Qt::ElideMiddle);

    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->accountList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AccountsDialog::removeAccount);

    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importEdgerc(); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_useButton, &QPushButton::clicked, this, &AccountsDialog::chooseCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_ui->accountList, &QTreeWidget::itemDoubleClicked, this, &AccountsDialog::chooseCurrent);
    connect(m_ui->accountList, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_ui->connectionTester, &ConnectionTester::started, this, &AccountsDialog::updateButtons);
    connect(m_ui->connectionTester, &ConnectionTester::finished, this, [this] {
        if (m_ui->connectionTester->result().status == ConnectionTester::Result::Status::KeychainUnavailable)
            m_ui->banner->showUnavailable(m_ui->connectionTester->result().message);
        updateButtons();
    });
    connect(m_ui->banner, &KeychainStatusBanner::linkEdgercRequested, this, [this] { importEdgerc(); });
    connect(m_ui->banner, &KeychainStatusBanner::sessionOnlyRequested, this, [this] {
        auto* dialog = new AccountEditDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSessionOnly(true);
        connect(dialog, &AccountEditDialog::accountSaved, this,
                [this](const QString& name) { setCurrentAccount(name); });
        dialog->open();
    });
    connect(m_store, &AccountStore::profilesChanged, this, [this] {
        refresh();
        emit accountsChanged();
    });
    refresh();
    m_ui->accountList->setFocus();
}

AccountsDialog::~AccountsDialog()
{
    // The children outlive this object's members while QWidget's destructor deletes them: their last
    // signals must not reach it.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

ConnectionTester* AccountsDialog::connectionTester() const
{
    return m_ui->connectionTester;
}

QString AccountsDialog::keptInText(const AccountProfile& profile)
{
    switch (profile.kind) {
    case AccountProfile::Kind::Keychain:
        return tr("OS keychain");
    case AccountProfile::Kind::LinkedEdgerc:
        return tr("linked to %1 [%2]").arg(homeRelative(profile.edgercPath), profile.edgercSection);
    case AccountProfile::Kind::SessionOnly:
        return tr("this session only");
    }
    return {};
}

void AccountsDialog::refresh()
{
    const QString current = currentAccount();
    m_ui->accountList->clear();
    for (const AccountProfile& profile : m_store->list()) {
        QString host = profile.host;
        QString switchKey = profile.accountSwitchKey;
        QString toolTip;
        if (profile.kind == AccountProfile::Kind::LinkedEdgerc) {
            // What the file says now; it is read again whenever the account is used.
            const EdgercFile file = EdgercFile::read(profile.edgercPath);
            const auto loaded = file.credentials(profile.edgercSection);
            if (const auto* credentials = std::get_if<Credentials>(&loaded)) {
                host = credentials->host;
                switchKey = credentials->accountSwitchKey;
            } else {
                host = tr("(cannot be read)");
                toolTip = std::get<EdgercError>(loaded).text();
            }
        }
        auto* item =
            new QTreeWidgetItem(m_ui->accountList, {profile.name, keptInText(profile), host, switchKey});
        item->setData(NameColumn, Qt::UserRole, profile.name);
        if (profile.kind == AccountProfile::Kind::LinkedEdgerc) {
            item->setToolTip(KeptInColumn, QDir::toNativeSeparators(profile.edgercPath));
            item->setToolTip(HostColumn, toolTip);
        }
        if (profile.name == current)
            m_ui->accountList->setCurrentItem(item);
    }
    const bool empty = m_ui->accountList->topLevelItemCount() == 0;
    m_ui->emptyLabel->setVisible(empty);
    if (!empty && !m_ui->accountList->currentItem())
        m_ui->accountList->setCurrentItem(m_ui->accountList->topLevelItem(0));
    updateButtons();
}

QString AccountsDialog::currentAccount() const
{
    const QTreeWidgetItem* item = m_ui->accountList->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void AccountsDialog::setCurrentAccount(const QString& name)
{
    for (int i = 0; i < m_ui->accountList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->accountList->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_ui->accountList->setCurrentItem(item);
            return;
        }
    }
}

void AccountsDialog::updateButtons()
{
    const auto profile = m_store->profile(currentAccount());
    const bool idle = !m_busy && !m_ui->connectionTester->isRunning();
    const bool linked = profile && profile->kind == AccountProfile::Kind::LinkedEdgerc;
    m_ui->addButton->setEnabled(idle);
    m_ui->importButton->setEnabled(idle);
    m_ui->editButton->setEnabled(idle && profile && !linked);
    m_ui->editButton->setToolTip(linked ? tr("A linked account is changed in its .edgerc file.") : QString());
    m_ui->removeButton->setEnabled(idle && profile);
    m_ui->testButton->setEnabled(idle && profile);
    m_useButton->setEnabled(idle && profile);
}

void AccountsDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_ui->progressLabel->setText(text);
    m_ui->progressRow->setVisible(busy);
    updateButtons();
}

void AccountsDialog::showStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void AccountsDialog::addAccount()
{
    showStatus({});
    auto* dialog = new AccountEditDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountEditDialog::accountSaved, this,
            [this](const QString& name) { setCurrentAccount(name); });
    dialog->open();
}

void AccountsDialog::importEdgerc(const QString& path)
{
    showStatus({});
    auto* dialog = new EdgercImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        dialog->setFilePath(path);
    if (m_ui->banner->isVisible())
        dialog->setStorage(EdgercImportDialog::Storage::Linked);
    connect(dialog, &EdgercImportDialog::accountsImported, this, [this](const QStringList& names) {
        if (!names.isEmpty())
            setCurrentAccount(names.first());
        showStatus(tr("Imported %n account(s): %1.", nullptr, int(names.size())).arg(names.join(tr(", "))));
    });
    dialog->open();
}

void AccountsDialog::editAccount()
{
    const QString name = currentAccount();
    const auto profile = m_store->profile(name);
    if (!profile || profile->kind == AccountProfile::Kind::LinkedEdgerc || m_busy)
        return;
    showStatus({});
    auto* dialog = new AccountEditDialog(m_store, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::removeAccount()
{
    const QString name = currentAccount();
    const auto profile = m_store->profile(name);
    if (!profile || m_busy || m_ui->connectionTester->isRunning())
        return;
    QString text;
    switch (profile->kind) {
    case AccountProfile::Kind::Keychain:
        text =
            tr("Remove the account “%1”?\n\nIts client secret and access token are deleted from the system "
               "keychain. This cannot be undone.")
                .arg(name);
        break;
    case AccountProfile::Kind::LinkedEdgerc:
        text = tr("Remove the account “%1”?\n\nThe file %2 is not changed.")
                   .arg(name, QDir::toNativeSeparators(profile->edgercPath));
        break;
    case AccountProfile::Kind::SessionOnly:
        text = tr("Remove the account “%1”?\n\nIt was kept for this session only; its secrets are forgotten.")
                   .arg(name);
        break;
    }
    const auto answer =
        UserPrompts::question(this, tr("Remove Account"), text, QMessageBox::Yes | QMessageBox::No, true);
    if (answer != QMessageBox::Yes)
        return;

    showStatus({});
    m_ui->connectionTester->clear();
    setBusy(true, profile->kind == AccountProfile::Kind::Keychain
                      ? tr("Deleting the secrets of “%1” from the system keychain…").arg(name)
                      : tr("Removing “%1”…").arg(name));
    m_store->remove(name, this, [this, name](const AccountResult& removed) {
        setBusy(false);
        if (removed.ok()) {
            showStatus(tr("Removed the account “%1”.").arg(name));
            return;
        }
        if (removed.status == AccountResult::Status::KeychainUnavailable)
            m_ui->banner->showUnavailable(removed.message);
        showStatus(tr("The account “%1” was not removed: %2").arg(name, removed.message));
    });
}

void AccountsDialog::testConnection()
{
    const QString name = currentAccount();
    if (name.isEmpty() || m_busy)
        return;
    showStatus({});
    m_ui->connectionTester->startAccount(m_store, name);
}

void AccountsDialog::chooseCurrent()
{
    const QString name = currentAccount();
    if (name.isEmpty() || m_busy)
        return;
    emit accountChosen(name);
    accept();
}

void AccountsDialog::reject()
{
    // Esc stops a running test first; the next Esc closes.
    if (m_ui->connectionTester->isRunning()) {
        m_ui->connectionTester->cancel();
        return;
    }
    QDialog::reject();
}

bool AccountsDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // Messages, banners and results appear while the dialog is open: make room for them.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        growToFit(this);
    return handled;
}

} // namespace edgekv
