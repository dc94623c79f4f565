#pragma once

#include "api/Token.h"
#include "export/ExportSelection.h"
#include "tokenfile/TokenExport.h"
#include "tokens/ExpiryClassifier.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QPushButton;
class QSettings;
class QTreeWidgetItem;

namespace Ui {
class ExportDialog;
}

namespace edgekv {

class Clock;
class EdgeKvClient;
class TokenDetailsFetcher;

// Exports the selected tokens into edgekv_tokens.js (issue #6): in a bundle folder (chosen with the system
// folder chooser, remembered per account) or inside a bundle .tgz. It first loads what the selection lacks
// (details, a legacy token's value) with progress, lists each token with the namespaces it provides and its
// health, leaves out what cannot be written (expired, 410, errors) with the reason, and asks which token
// wins where two cover one namespace. Before anything is written it previews the merge report, a line diff
// of the existing file and the resulting file, token values masked. Only Export writes (an unreadable
// existing file is replaced only after a question, keeping a .bak); errors stay in the dialog, which stays
// open; after writing, "Open Folder" shows the folder.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens a folder in the desktop's file manager; returns false when that failed.
    using OpenUrlHook = std::function<bool(const QUrl&)>;

    // client may be nullptr (then only tokens with complete details can be exported). accountId keys the
    // remembered destination. Loading starts once the event loop runs, so the setters below still apply.
    ExportDialog(EdgeKvClient* client, QList<Token> tokens, const QString& accountId,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Where the last destination of each account is kept (not owned). Default: the app's settings file
    // (AccountStore::createDefaultSettings()).
    void setSettings(QSettings* settings);
    // The clock and expiry thresholds of the warnings (the app's preferences). clock must outlive the dialog.
    void setClock(const Clock& clock);
    void setThresholds(const ExpiryThresholds& thresholds);

    // A folder, a token file or a bundle .tgz, as if chosen.
    void setDestination(const QString& path);
    QString destination() const { return m_destination; }
    static QString settingsKey(const QString& accountId);

    bool isLoading() const;
    // Export would write now (Enter presses it).
    bool canExport() const;
    const ExportSelection& selection() const { return m_selection; }
    const std::optional<TokenExportPlan>& plan() const { return m_plan; }
    const std::optional<TokenExportResult>& lastResult() const { return m_lastResult; }

    // For tests and the main window.
    QComboBox* conflictCombo(const QString& ns) const { return m_conflictCombos.value(ns); }
    QTreeWidgetItem* tokenItem(const QString& name) const;
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* openFolderButton() const { return m_openFolderButton; }
    QString changesText() const;
    QString fileText() const;
    QString messagesText() const;
    QString statusText() const;
    QString targetText() const;

    // Replaces the way "Open Folder" opens a folder (QDesktopServices::openUrl); returns the previous hook.
    static OpenUrlHook setOpenUrlHook(OpenUrlHook hook);

public slots:
    void chooseFolder();
    void chooseBundle();
    void exportNow();
    void openFolder();
    void reject() override;

signals:
    void detailsLoaded();
    // The preview, the messages or the status changed.
    void previewUpdated();
    void exported(const QString& targetPath);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    enum class Tone { Neutral, Good, Warning, Error };

    void startLoading();
    void onLoadProgress(int done, int total);
    void onLoaded();
    void rebuildSelection(bool withConflicts = true);
    void fillTokenTree();
    void fillConflicts();
    void updatePlan();
    void updatePreview();
    void updateMessages();
    void updateButtons();
    void setStatus(const QString& text, Tone tone);
    void setResult(const QString& text, Tone tone);
    QString startFolder();
    void remember(const QString& path);
    QSettings& settings();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPointer<EdgeKvClient> m_client;
    QList<Token> m_tokens;
    QString m_accountId;
    ExpiryClassifier m_classifier;
    TokenDetailsFetcher* m_fetcher = nullptr;
    QHash<QString, QString> m_loadErrors;
    QSet<QString> m_gone;
    bool m_loaded = false;
    ExportSelection m_selection;
    QMap<QString, QString> m_choices;
    QMap<QString, QComboBox*> m_conflictCombos;

    QString m_destination;
    std::optional<TokenExportPlan> m_plan;
    QString m_planError;
    QStringList m_messages;
    std::optional<TokenExportResult> m_lastResult;
    QString m_resultText;
    Tone m_resultTone = Tone::Neutral;
    bool m_exportedCurrent = false; // the preview shows what was just written

    QPushButton* m_exportButton = nullptr;
    QPushButton* m_openFolderButton = nullptr;
    QSettings* m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownedSettings;
};

} // namespace edgekv
