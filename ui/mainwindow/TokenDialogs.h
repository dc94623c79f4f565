#pragma once

#include "api/Token.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace edgekv {

class EdgeKvClient;
class MainWindow;
struct TokenActionContext;

// Puts the create form and the export dialog behind the main window's New Token (Ctrl+N), Renew… and
// Export (Ctrl+E) actions, and chains them: a created token lands in the table and, when the form's
// "export after creating" box is ticked, the export dialog opens on it. A renewal's export opens on the
// folder or bundle that last received the old token, so the replacement lands where the old one was.
class TokenDialogs : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers on window; the object lives as the window's child.
    static TokenDialogs* install(MainWindow& window);

    void openCreate(QWidget* parent, const TokenActionContext& context);
    void openRenew(QWidget* parent, const TokenActionContext& context);
    // destinationHint: where to export unless the user picks another place (empty: the dialog's default).
    void openExport(QWidget* parent, EdgeKvClient* client, const QList<Token>& tokens, const QString& account,
                    const QString& destinationHint = {});

    // Where tokenName of account was last exported to (a folder, token file or bundle); empty if never.
    static QString lastExportDestination(const QString& account, const QString& tokenName);

private:
    explicit TokenDialogs(MainWindow& window);
    // The Check Bundle… action (Ctrl+Shift+K) in the Token menu, and the bundle check dialog it opens.
    void installCheckBundleAction();
    void installRenewContextAction();
    void openCheckBundle(QWidget* parent);
    void showCreateDialog(QWidget* parent, const TokenActionContext& context, const Token* renewFrom);
    static void rememberExport(const QString& account, const QList<Token>& tokens,
                               const QString& destination);

    MainWindow& m_window;
};

} // namespace edgekv
