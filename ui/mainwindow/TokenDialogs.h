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
// "export after creating" box is ticked, the export dialog opens on it.
class TokenDialogs : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers on window; the object lives as the window's child.
    static TokenDialogs* install(MainWindow& window);

    void openCreate(QWidget* parent, const TokenActionContext& context);
    void openRenew(QWidget* parent, const TokenActionContext& context);
    void openExport(QWidget* parent, EdgeKvClient* client, const QList<Token>& tokens,
                    const QString& account);

private:
    explicit TokenDialogs(MainWindow& window);
    // The Check Bundle… action (Ctrl+Shift+K) in the Token menu, and the bundle check dialog it opens.
    void installCheckBundleAction();
    void openCheckBundle(QWidget* parent);
    void showCreateDialog(QWidget* parent, const TokenActionContext& context, const Token* renewFrom);

    MainWindow& m_window;
};

} // namespace edgekv
