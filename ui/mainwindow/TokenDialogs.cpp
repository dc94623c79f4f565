#include "mainwindow/TokenDialogs.h"

#include "check/BundleCheckDialog.h"
#include "create/CreateTokenDialog.h"
#include "credentials/AccountStore.h"
#include "export/ExportDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TokenActionContext.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

namespace edgekv {

TokenDialogs* TokenDialogs::install(MainWindow& window)
{
    auto* dialogs = new TokenDialogs(window);
    window.setTokenCreator([dialogs](QWidget* parent, const TokenActionContext& context) {
        dialogs->openCreate(parent, context);
    });
    window.setTokenRenewer([dialogs](QWidget* parent, const TokenActionContext& context) {
        dialogs->openRenew(parent, context);
    });
    window.setTokenExporter([dialogs](QWidget* parent, const TokenActionContext& context) {
        dialogs->openExport(parent, context.client, context.selectedTokens, context.accountName);
    });
    dialogs->installCheckBundleAction();
    dialogs->installRenewContextAction();
    return dialogs;
}

void TokenDialogs::installRenewContextAction()
{
    // The table's context menu lists the table's actions; Renew applies to expiring (legacy) tokens only.
    auto* renew = new QAction(tr("Renew…"), &m_window);
    renew->setObjectName(QStringLiteral("actionRenew"));
    renew->setStatusTip(tr("Create a replacement for the selected token before it expires"));
    connect(renew, &QAction::triggered, this, [this] { openRenew(&m_window, m_window.tokenContext()); });
    m_window.tableView()->addAction(renew);
    const auto update = [this, renew] {
        const QList<Token> selected = m_window.selectedTokens();
        renew->setVisible(!selected.isEmpty() && selected.constFirst().isLegacy());
    };
    connect(m_window.tableView()->selectionModel(), &QItemSelectionModel::currentChanged, renew, update);
    update();
}

void TokenDialogs::installCheckBundleAction()
{
    // The Token menu when the window has one, else the File menu (the first menu as a last resort).
    QMenu* tokenMenu = nullptr;
    QMenu* fileMenu = nullptr;
    QMenu* firstMenu = nullptr;
    for (QAction* menuAction : m_window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        if (!firstMenu)
            firstMenu = menu;
        const QString title = menu->title().remove(QLatin1Char('&'));
        if (!tokenMenu && title.contains(QLatin1String("Token"), Qt::CaseInsensitive))
            tokenMenu = menu;
        else if (!fileMenu && (menu->objectName() == QLatin1String("menuFile") ||
                               title.compare(QLatin1String("File"), Qt::CaseInsensitive) == 0))
            fileMenu = menu;
    }
    QMenu* menu = tokenMenu ? tokenMenu : (fileMenu ? fileMenu : firstMenu);

    auto* action = new QAction(tr("Check Bundle…"), &m_window);
    action->setObjectName(QStringLiteral("actionCheckBundle"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    action->setStatusTip(tr("Check a bundle folder, an edgekv_tokens.js or a bundle .tgz for problems"));
    connect(action, &QAction::triggered, this, [this] { openCheckBundle(&m_window); });
    if (menu)
        menu->addAction(action);
    else
        m_window.addAction(action);
}

void TokenDialogs::openCheckBundle(QWidget* parent)
{
    auto* dialog = new BundleCheckDialog(m_window.tokenContext().tokens, m_window.clock(),
                                         m_window.preferences().thresholds.warningDays, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

TokenDialogs::TokenDialogs(MainWindow& window) : QObject(&window), m_window(window) {}

void TokenDialogs::openCreate(QWidget* parent, const TokenActionContext& context)
{
    showCreateDialog(parent, context, nullptr);
}

void TokenDialogs::openRenew(QWidget* parent, const TokenActionContext& context)
{
    if (context.selectedTokens.isEmpty())
        return;
    showCreateDialog(parent, context, &context.selectedTokens.constFirst());
}

void TokenDialogs::showCreateDialog(QWidget* parent, const TokenActionContext& context,
                                    const Token* renewFrom)
{
    QStringList existingNames;
    for (const Token& token : context.tokens)
        existingNames << token.name;

    auto* dialog = new CreateTokenDialog(context.client, m_window.clock(), existingNames, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (renewFrom)
        dialog->prefillFromToken(*renewFrom);

    // The client pointer stays valid while the window shows the same account; the export below uses the
    // window's current client, which is the one the token was created with.
    const QString account = context.accountName;
    connect(dialog, &CreateTokenDialog::tokenCreated, this, [this, dialog, account](const Token& token) {
        m_window.addCreatedToken(token);
        if (dialog->openExportAfterCreate() && m_window.currentAccount() == account) {
            const QString renewed = dialog->renewedTokenName();
            openExport(&m_window, m_window.client(), {token}, account,
                       renewed.isEmpty() ? QString() : lastExportDestination(account, renewed));
        }
    });
    dialog->open();
}

void TokenDialogs::openExport(QWidget* parent, EdgeKvClient* client, const QList<Token>& tokens,
                              const QString& account, const QString& destinationHint)
{
    if (tokens.isEmpty())
        return;
    auto* dialog = new ExportDialog(client, tokens, account, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_window.clock());
    dialog->setThresholds(m_window.preferences().thresholds);
    if (!destinationHint.isEmpty() && QFileInfo::exists(destinationHint))
        dialog->setDestination(destinationHint);
    connect(dialog, &ExportDialog::exported, this, [dialog, account, tokens](const QString&) {
        rememberExport(account, tokens, dialog->destination());
    });
    dialog->open();
}

namespace {

QString exportKey(const QString& account, const QString& tokenName)
{
    // Account and token names may hold '/', which QSettings reads as a group separator.
    return QStringLiteral("exports/") + QString::fromLatin1(account.toUtf8().toHex()) + QLatin1Char('/') +
           tokenName;
}

} // namespace

QString TokenDialogs::lastExportDestination(const QString& account, const QString& tokenName)
{
    return AccountStore::createDefaultSettings()->value(exportKey(account, tokenName)).toString();
}

void TokenDialogs::rememberExport(const QString& account, const QList<Token>& tokens,
                                  const QString& destination)
{
    const auto settings = AccountStore::createDefaultSettings();
    for (const Token& token : tokens)
        settings->setValue(exportKey(account, token.name), destination);
}

} // namespace edgekv
