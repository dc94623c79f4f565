#include "mainwindow/TokenDialogs.h"

#include "create/CreateTokenDialog.h"
#include "export/ExportDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/TokenActionContext.h"

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
    return dialogs;
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
        if (dialog->openExportAfterCreate() && m_window.currentAccount() == account)
            openExport(&m_window, m_window.client(), {token}, account);
    });
    dialog->open();
}

void TokenDialogs::openExport(QWidget* parent, EdgeKvClient* client, const QList<Token>& tokens,
                              const QString& account)
{
    if (tokens.isEmpty())
        return;
    auto* dialog = new ExportDialog(client, tokens, account, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_window.clock());
    dialog->setThresholds(m_window.preferences().thresholds);
    dialog->open();
}

} // namespace edgekv
