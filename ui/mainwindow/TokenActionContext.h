#pragma once

#include "api/Token.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace edgekv {

class EdgeKvClient;

// What a token action that lives outside the main window (the create form, the export dialog, renewal)
// gets when the user triggers it. Valid during the call; the client stays valid while the window shows
// the same account (MainWindow::accountOpened() says when that changes).
struct TokenActionContext
{
    EdgeKvClient* client = nullptr; // the open account's client, signed and ready
    QString accountName;
    QString accountDescription;  // "Sandbox · http://127.0.0.1:PORT", "akab-… · account key 1-ABC"
    bool sandbox = false;        // the account is the in-process sandbox
    QList<Token> tokens;         // every token of the account, with details where loaded
    QList<Token> selectedTokens; // in the table's order; the current token first when one is current
};

// parent: the window, for dialogs. The action runs modeless or modal as it likes; when it creates a
// token it calls MainWindow::addCreatedToken() (or MainWindow::reload()).
using TokenAction = std::function<void(QWidget* parent, const TokenActionContext& context)>;

} // namespace edgekv
