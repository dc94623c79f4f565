#pragma once

#include "api/Token.h"
#include "tokenfile/BundleChecker.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace edgekv {

class Clock;

// The bundle check of issue #6 as a dialog: open a bundle folder, an edgekv_tokens.js or a bundle .tgz
// and see one row per entry (namespace, token, kind, expiry or refresh status, problems), the findings
// about the file itself, what could not be checked, and a one-line verdict. With the account's tokens
// the check also flags tokens the account does not know; without them (offline) it says so.
class BundleCheckDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NamespaceColumn, TokenColumn, KindColumn, StatusColumn, ProblemsColumn, ColumnCount };

    BundleCheckDialog(const QList<Token>& accountTokens, const Clock& clock, int warnDays,
                      QWidget* parent = nullptr);

    // Checks path (a folder, a token file or a .tgz) and shows the result.
    void checkPath(const QString& path);
    const BundleCheckResult& result() const { return m_result; }

    QTreeWidget* entryTree() const { return m_entryTree; }
    QListWidget* fileFindingsList() const { return m_fileFindings; }
    QListWidget* checksNotMadeList() const { return m_checksNotMade; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* pathLabel() const { return m_pathLabel; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QPushButton* openFileButton() const { return m_openFile; }

    // The verdict line for a result: "All entries are usable", "2 warnings", "1 problem breaks the bundle".
    static QString verdictText(const BundleCheckResult& result);

private:
    void chooseFolder();
    void chooseFile();
    void showResult();
    QString statusText(const CheckedEntry& entry) const;
    QIcon severityIcon(CheckSeverity severity) const;

    QList<Token> m_accountTokens;
    QHash<QString, Token> m_tokensByName;
    const Clock& m_clock;
    int m_warnDays;
    QString m_lastDir;
    BundleCheckResult m_result;

    QPushButton* m_openFolder = nullptr;
    QPushButton* m_openFile = nullptr;
    QLabel* m_pathLabel = nullptr;
    QTreeWidget* m_entryTree = nullptr;
    QListWidget* m_fileFindings = nullptr;
    QListWidget* m_checksNotMade = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdict = nullptr;
};

} // namespace edgekv
