#pragma once

#include "credentials/EdgercReader.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class EdgercImportDialog;
}

namespace edgekv {

class AccountStore;

// Imports sections of a .edgerc file as accounts: the user picks the file (default ~/.edgerc), sees every
// section with its host in a checkable list, ticks several and chooses "store in the keychain" or "keep
// linked to the file". A section that cannot be used shows why and cannot be ticked; nothing is imported
// from it. Each account is named after its section, with " (2)", " (3)", ... when that name is taken (the
// name can be changed in the list). When the keychain is unavailable the import stops and offers linked or
// session-only accounts for the rest. The dialog closes once everything ticked was imported.
class EdgercImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Storage { Keychain, Linked };
    enum Column { SectionColumn, HostColumn, NameColumn };

    // store is not owned and must outlive the dialog. Reads ~/.edgerc at once.
    explicit EdgercImportDialog(AccountStore* store, QWidget* parent = nullptr);
    ~EdgercImportDialog() override;

    static QString defaultPath();

    // Reads path ("~/" is the home folder) and lists its sections.
    void setFilePath(const QString& path);
    QString filePath() const { return m_file.path(); }
    void setStorage(Storage storage);
    Storage storage() const;

    // The list row of a section; nullptr when the file has no such section.
    QTreeWidgetItem* sectionItem(const QString& section) const;
    bool isImporting() const { return m_importing; }

protected:
    bool event(QEvent* event) override;

public slots:
    void browse();
    void startImport();
    void reject() override;

signals:
    // Accounts created from the file, by name, in file order.
    void accountsImported(const QStringList& names);

private:
    struct Pending
    {
        QString section;
        QString name;
        QTreeWidgetItem* item = nullptr;
    };
    enum class Fallback { None, Linked, SessionOnly };

    void reload();
    QString freeName(const QString& section, const QStringList& taken) const;
    QString nameProblem() const;
    QList<Pending> tickedSections() const;
    void updateButtons();
    void importNext();
    void imported(const Pending& pending);
    void failed(const Pending& pending, const QString& message);
    void continueWith(Fallback fallback);
    void finishImport();
    void setImporting(bool importing);

    std::unique_ptr<Ui::EdgercImportDialog> m_ui;
    AccountStore* m_store;
    EdgercFile m_file;
    QPushButton* m_importButton = nullptr;
    bool m_importing = false;
    QList<Pending> m_queue;
    int m_total = 0;
    QStringList m_imported;
    QStringList m_failures;
};

} // namespace edgekv
