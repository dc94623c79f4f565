#pragma once

#include "api/Token.h"
#include "tokens/TokenStatus.h"
#include "tokens/TokenTableModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TokenDetailsPanel;
}

namespace edgekv {

// Every field of the selected token, copy buttons for its name and uuid, the legacy JWT value hidden
// until "Reveal" (it is a secret: never logged, hidden again when another token is shown), and the
// token's actions: Refresh now (enhanced tokens), Renew (legacy tokens, when the window has a renewer)
// and Revoke. The panel only asks; the window runs the API calls and reports back through setBusy().
class TokenDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsPanel(QWidget* parent = nullptr);
    ~TokenDetailsPanel() override;

    // Shows token; a different token than before hides the value again.
    void showToken(const Token& token, const TokenStatus& status, TokenTableModel::DetailsState state,
                   const QString& detailsError = {});
    // Shows "Select a token".
    void clear();
    bool hasToken() const { return m_hasToken; }
    const Token& token() const { return m_token; }

    // A call about the shown token is running (text says which); the actions wait.
    void setBusy(bool busy, const QString& text = {});
    // A one-line result under the actions ("Refreshed", or the error).
    void showMessage(const QString& text);
    void setRenewAvailable(bool available);

    bool isValueRevealed() const;
    // The text of a field's value label by object name prefix ("name", "uuid", "expires", ...), for tests.
    QString fieldText(const QString& field) const;
    bool isFieldVisible(const QString& field) const;
    QWidget* actionButton(const QString& name) const; // "refreshNow", "renew", "revoke", "reveal", ...

signals:
    void refreshNowRequested(const QString& name);
    void revokeRequested(const QString& name);
    void renewRequested(const edgekv::Token& token);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setRow(QWidget* value, const QString& text, bool visible = true);
    void updateHeader();
    void updateActions();
    void copyToClipboard(const QString& text, const QString& what);
    void setValueRevealed(bool revealed);

    std::unique_ptr<Ui::TokenDetailsPanel> m_ui;
    Token m_token;
    TokenStatus m_status;
    TokenTableModel::DetailsState m_detailsState = TokenTableModel::DetailsState::Pending;
    bool m_hasToken = false;
    bool m_busy = false;
    bool m_renewAvailable = false;
};

} // namespace edgekv
