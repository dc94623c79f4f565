// MainWindow's ways back in from the expiry notification: bring the window forward, select what a
// notification names, and renew a token, waiting for its account's list when needed.

#include "mainwindow/AccountConnection.h"
#include "mainwindow/MainWindow.h"
#include "tokens/TokenListLoader.h"

#include <QDialog>
#include <QStatusBar>

namespace edgekv {

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

bool MainWindow::raiseOpenDialog()
{
    // What a notification asks for must not change the account or the selection under a dialog in use.
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible()) {
            dialog->raise();
            dialog->activateWindow();
            return true;
        }
    }
    return false;
}

void MainWindow::showNotifiedTokens(const QString& account, const QStringList& tokenNames)
{
    bringToFront();
    if (raiseOpenDialog() || account != currentAccount() || tokenNames.isEmpty())
        return;
    selectToken(tokenNames.constFirst());
}

void MainWindow::renewNotifiedToken(const QString& account, const QString& tokenName)
{
    bringToFront();
    if (raiseOpenDialog()) {
        statusBar()->showMessage(
            tr("Finish or close the open dialog, then renew \u201c%1\u201d.").arg(tokenName), 10000);
        return;
    }
    if (!m_accounts->contains(account)) {
        statusBar()->showMessage(tr("The account \u201c%1\u201d is no longer set up, so \u201c%2\u201d "
                                    "cannot be renewed from the notification.")
                                     .arg(account, tokenName),
                                 10000);
        return;
    }
    const bool loading =
        m_connection->isOpening() || (m_connection->loader() && m_connection->loader()->isRunning());
    if (account == currentAccount() && m_connection->isOpen() && !loading) {
        m_pendingRenewal.clear();
        renewToken(tokenName);
        return;
    }
    // The notification came from another account, or a load is under way: renew once the list is in.
    m_pendingRenewalAccount = account;
    m_pendingRenewal = tokenName;
    if (account != currentAccount())
        openAccount(account);
    else if (!m_connection->isOpen() && !loading)
        reload(); // its last open failed: try again
}

void MainWindow::dropPendingRenewal()
{
    m_pendingRenewal.clear();
    m_pendingRenewalAccount.clear();
}

void MainWindow::renewToken(const QString& tokenName)
{
    if (!selectToken(tokenName)) {
        statusBar()->showMessage(
            tr("The token \u201c%1\u201d is no longer in the list; it may have been revoked.").arg(tokenName),
            10000);
        return;
    }
    runAction(m_renewer);
}

} // namespace edgekv
