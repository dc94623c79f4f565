#pragma once

#include "api/EdgeKvClient.h"
#include "api/Token.h"
#include "api/TokenCreateRequest.h"
#include "validation/TokenFormRules.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Ui {
class CreateTokenDialog;
}

namespace edgekv {

class Clock;
class EdgeWorkerIdList;
class ExpiryChooser;
class NamespacePermissionGrid;

// The form that creates an EdgeKV access token by clicking (issue #5): name, networks, expiry (or none, for
// an enhanced token), optional EdgeWorker IDs and read/write/delete per namespace, with the namespaces and
// the CP code loaded from the API when it opens. Every field is checked as the user types (TokenFormRules);
// Create is enabled only when the request is valid. Creating runs asynchronously with the inputs disabled;
// a server error is shown in the dialog, which stays open with everything entered (a 409 flags the name).
// On success tokenCreated() is emitted and the dialog is accepted; openExportAfterCreate() tells the caller
// whether to open the export dialog on the new token.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    // client and clock are not owned and must outlive the dialog. existingTokenNames: the account's tokens,
    // for the duplicate-name check.
    CreateTokenDialog(EdgeKvClient* client, const Clock& clock, QStringList existingTokenNames,
                      QWidget* parent = nullptr);
    ~CreateTokenDialog() override;

    // Renew: the same networks, EdgeWorker IDs and namespace permissions as token, a new name with the new
    // expiry month, and the longest allowed expiry for a legacy token. A token without details (a list item)
    // is loaded first.
    void prefillFromToken(const Token& token);
    // The name of the token being renewed; empty for a new token.
    QString renewedTokenName() const { return m_renewing; }

    // "Export edgekv_tokens.js after creating" (default on).
    bool openExportAfterCreate() const;
    void setOpenExportAfterCreate(bool open);

    // The request the form describes now, and what is wrong with it.
    TokenCreateRequest request() const;
    QList<TokenFormRules::Problem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    bool isCreating() const { return !m_createJob.isNull(); }
    bool isLoading() const;
    // The token the API returned; valid after tokenCreated().
    const Token& createdToken() const { return m_created; }

    // For tests and screenshots.
    QLineEdit* nameEdit() const;
    QLabel* nameMessage() const;
    QCheckBox* stagingBox() const;
    QCheckBox* productionBox() const;
    QLabel* networksMessage() const;
    ExpiryChooser* expiryChooser() const;
    EdgeWorkerIdList* edgeWorkerIdList() const;
    NamespacePermissionGrid* namespaceGrid() const;
    QLineEdit* cpcodeField() const;
    QLabel* summaryLabel() const;
    QAbstractButton* requestToggle() const;
    QPlainTextEdit* requestPreview() const;
    QLabel* statusLabel() const;
    QLabel* renewLabel() const;
    QProgressBar* busyIndicator() const;
    QCheckBox* exportAfterCheck() const;
    QPushButton* createButton() const;
    QPushButton* cancelButton() const;

public slots:
    void submit();
    // While creating: stops waiting for the answer (the dialog stays open); otherwise closes.
    void reject() override;
    // Loads the namespaces of both networks and the account's status again.
    void reload();

signals:
    void tokenCreated(const edgekv::Token& token);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int MaxPreviewLines = 40;

    using Field = TokenFormRules::Field;

    void setUpTabOrder();
    void updateColumns();
    void loadNamespaces(Network network);
    void loadInitializeStatus();
    void onNamespacesLoaded();
    void loadTokenDetails(const QString& name);
    void applyPrefill(const Token& token);
    void updateForm();
    void userChanged(Field field);
    void updateRenewNote();
    void updateSuggestedName();
    void showStatus(const QString& text, bool problem);
    void setCreating(bool creating);
    void onCreateFinished(TokenJob* job);
    void flagServerProblem(const ApiError& error);
    TokenFormContext context() const;

    std::unique_ptr<Ui::CreateTokenDialog> m_ui;
    QPointer<EdgeKvClient> m_client;
    const Clock& m_clock;
    QStringList m_existingNames;
    QPushButton* m_createButton = nullptr;

    QMap<Network, QPointer<NamespaceListJob>> m_namespaceJobs;
    QMap<Network, QList<NamespaceInfo>> m_loaded;
    QMap<Network, QString> m_loadErrors;
    QPointer<InitializeStatusJob> m_initializeJob;
    QPointer<TokenJob> m_detailsJob;
    QPointer<TokenJob> m_createJob;

    QMap<Field, QString> m_serverProblems; // cleared when the user changes that field
    TokenCreateRequest m_sentRequest;
    Token m_created;
    QString m_renewing;
    std::optional<Token> m_renewToken;
    QString m_suggestedName; // the name the form suggested; follows the expiry month until edited
    bool m_nameTouched = false;
    bool m_updating = false;
};

} // namespace edgekv
