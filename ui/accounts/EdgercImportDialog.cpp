#include "accounts/EdgercImportDialog.h"

#include "accounts/AccountValidation.h"
#include "accounts/KeychainStatusBanner.h"
#include "accounts/WindowFit.h"
#include "common/UserPrompts.h"
#include "credentials/AccountStore.h"
#include "ui_EdgercImportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>

#include <variant>

namespace edgekv {

namespace {

constexpr int SectionRole = Qt::UserRole;

// Only the "Import as" column can be edited.
class ReadOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        return nullptr;
    }
};

bool isTickable(const QTreeWidgetItem* item)
{
    return item->flags().testFlag(Qt::ItemIsUserCheckable);
}

} // namespace

EdgercImportDialog::EdgercImportDialog(AccountStore* store, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EdgercImportDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->progressRow->hide();
    m_ui->statusLabel->hide();
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    auto* readOnly = new ReadOnlyDelegate(this);
    m_ui->sectionList->setItemDelegateForColumn(SectionColumn, readOnly);
    m_ui->sectionList->setItemDelegateForColumn(HostColumn, readOnly);
    m_ui->sectionList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sectionList->header()->setStretchLastSection(true);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &EdgercImportDialog::browse);
    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()) != m_file.path())
            setFilePath(m_ui->pathEdit->text().trimmed());
    });
    connect(m_importButton, &QPushButton::clicked, this, &EdgercImportDialog::startImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EdgercImportDialog::reject);
    connect(m_ui->sectionList, &QTreeWidget::itemChanged, this, &EdgercImportDialog::updateButtons);
    connect(m_ui->banner, &KeychainStatusBanner::linkEdgercRequested, this, [this] {
        setStorage(Storage::Linked);
        continueWith(Fallback::Linked);
    });
    connect(m_ui->banner, &KeychainStatusBanner::sessionOnlyRequested, this,
            [this] { continueWith(Fallback::SessionOnly); });
    setFilePath(defaultPath());
}

EdgercImportDialog::~EdgercImportDialog()
{
    // The children outlive this object's members while QWidget's destructor deletes them: their last
    // signals must not reach it.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

QString EdgercImportDialog::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.edgerc");
}

void EdgercImportDialog::setFilePath(const QString& path)
{
    m_file = EdgercFile::read(path);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(m_file.path()));
    reload();
}

void EdgercImportDialog::setStorage(Storage storage)
{
    (storage == Storage::Linked ? m_ui->linkedRadio : m_ui->keychainRadio)->setChecked(true);
}

EdgercImportDialog::Storage EdgercImportDialog::storage() const
{
    return m_ui->linkedRadio->isChecked() ? Storage::Linked : Storage::Keychain;
}

QTreeWidgetItem* EdgercImportDialog::sectionItem(const QString& section) const
{
    for (int i = 0; i < m_ui->sectionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->sectionList->topLevelItem(i);
        if (item->data(SectionColumn, SectionRole).toString() == section)
            return item;
    }
    return nullptr;
}

void EdgercImportDialog::browse()
{
    const QString start = QFileInfo(m_file.path()).absolutePath();
    const QString path =
        UserPrompts::openFileName(this, tr("Choose a .edgerc File"), start,
                                  tr("EdgeGrid credentials (.edgerc *.edgerc);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

QString EdgercImportDialog::freeName(const QString& section, const QStringList& taken) const
{
    QString base = section.trimmed();
    base.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    if (base.isEmpty())
        base = QStringLiteral("default");
    const auto isFree = [&](const QString& name) {
        return !m_store->contains(name) && !taken.contains(name);
    };
    if (isFree(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (isFree(candidate))
            return candidate;
    }
}

void EdgercImportDialog::reload()
{
    const QSignalBlocker blocker(m_ui->sectionList);
    m_ui->sectionList->clear();
    m_ui->banner->hide();
    m_ui->statusLabel->hide();

    QString fileMessage;
    if (!m_file.fileError().isEmpty())
        fileMessage = tr("%1: %2").arg(QDir::toNativeSeparators(m_file.path()), m_file.fileError());
    if (fileMessage.isEmpty() && m_file.sectionNames().isEmpty())
        fileMessage =
            tr("%1 holds no [section] with credentials.").arg(QDir::toNativeSeparators(m_file.path()));
    if (!fileMessage.isEmpty())
        fileMessage += QLatin1Char(' ') + tr("Choose another file with Browse….");
    m_ui->fileMessage->setText(fileMessage);
    m_ui->fileMessage->setVisible(!fileMessage.isEmpty());

    const QList<EdgercSection> written = m_file.sections();
    QStringList taken;
    QStringList problems;
    QTreeWidgetItem* onlyUsable = nullptr;
    int usable = 0;
    for (const QString& section : m_file.sectionNames()) {
        QString host;
        for (const EdgercSection& candidate : written) {
            if (candidate.name == section)
                host = candidate.credentials.host;
        }
        QString problem;
        const auto loaded = m_file.credentials(section);
        if (const auto* error = std::get_if<EdgercError>(&loaded)) {
            problem = error->message;
        } else {
            const Credentials& credentials = std::get<Credentials>(loaded);
            problem = AccountValidation::hostProblem(credentials.host);
            // Cleaned up, as it will be used.
            host = credentials.plainHttp ? QStringLiteral("http://") + credentials.host : credentials.host;
        }

        auto* item = new QTreeWidgetItem(m_ui->sectionList, {section, host, QString()});
        item->setData(SectionColumn, SectionRole, section);
        if (!problem.isEmpty()) {
            // No checkbox and not enabled: this section cannot be ticked.
            item->setFlags(Qt::ItemNeverHasChildren);
            item->setText(NameColumn, tr("cannot be imported"));
            item->setIcon(SectionColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
            for (int column = 0; column < m_ui->sectionList->columnCount(); ++column)
                item->setToolTip(column, problem);
            problems << tr("[%1]: %2").arg(section, problem);
            continue;
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsEditable | Qt::ItemNeverHasChildren);
        item->setCheckState(SectionColumn, Qt::Unchecked);
        const QString name = freeName(section, taken);
        taken << name;
        item->setText(NameColumn, name);
        if (name != section) {
            item->setToolTip(NameColumn, tr("An account called “%1” already exists; double-click to choose "
                                            "another name.")
                                             .arg(section));
        }
        ++usable;
        onlyUsable = item;
    }
    if (usable == 1)
        onlyUsable->setCheckState(SectionColumn, Qt::Checked);

    m_ui->problemsLabel->setText(
        problems.isEmpty() ? QString()
                           : tr("%n section(s) cannot be imported:", nullptr, int(problems.size())) +
                                 QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    updateButtons();
}

QList<EdgercImportDialog::Pending> EdgercImportDialog::tickedSections() const
{
    QList<Pending> ticked;
    for (int i = 0; i < m_ui->sectionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->sectionList->topLevelItem(i);
        if (isTickable(item) && item->checkState(SectionColumn) == Qt::Checked)
            ticked.append(
                {item->data(SectionColumn, SectionRole).toString(), item->text(NameColumn).trimmed(), item});
    }
    return ticked;
}

QString EdgercImportDialog::nameProblem() const
{
    QStringList seen;
    for (const Pending& pending : tickedSections()) {
        if (const QString error = AccountStore::validateName(pending.name); !error.isEmpty())
            return error;
        if (m_store->contains(pending.name) || seen.contains(pending.name)) {
            return tr("An account called “%1” already exists. Double-click its name in the list to choose "
                      "another.")
                .arg(pending.name);
        }
        seen << pending.name;
    }
    return {};
}

void EdgercImportDialog::updateButtons()
{
    if (m_importing)
        return;
    const QString problem = nameProblem();
    if (!problem.isEmpty() || m_failures.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        m_ui->statusLabel->setVisible(!problem.isEmpty());
    }
    m_importButton->setEnabled(!tickedSections().isEmpty() && problem.isEmpty());
}

void EdgercImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->pathEdit), static_cast<QWidget*>(m_ui->browseButton),
          static_cast<QWidget*>(m_ui->sectionList), static_cast<QWidget*>(m_ui->storageGroup)})
        widget->setEnabled(!importing);
    m_importButton->setEnabled(!importing);
    m_ui->progressRow->setVisible(importing);
    if (!importing)
        updateButtons();
}

void EdgercImportDialog::startImport()
{
    if (m_importing || !m_importButton->isEnabled())
        return;
    m_queue = tickedSections();
    m_total = int(m_queue.size());
    m_failures.clear();
    m_ui->banner->hide();
    m_ui->statusLabel->hide();
    if (storage() == Storage::Linked)
        return continueWith(Fallback::Linked);
    m_ui->progress->setRange(0, m_total);
    setImporting(true);
    importNext();
}

void EdgercImportDialog::importNext()
{
    if (m_queue.isEmpty())
        return finishImport();
    const Pending pending = m_queue.first();
    m_ui->progress->setValue(m_total - int(m_queue.size()));
    m_ui->progressLabel->setText(tr("Storing “%1” in the system keychain (%2 of %3)…")
                                     .arg(pending.name)
                                     .arg(m_total - m_queue.size() + 1)
                                     .arg(m_total));
    const auto loaded = m_file.credentials(pending.section);
    if (const auto* error = std::get_if<EdgercError>(&loaded)) {
        failed(m_queue.takeFirst(), error->message);
        return importNext();
    }
    m_store->saveKeychainProfile(
        pending.name, std::get<Credentials>(loaded), this, [this](const AccountResult& saved) {
            if (saved.status == AccountResult::Status::KeychainUnavailable) {
                // The rest waits for the user's choice: linked, this session only, or not at all.
                setImporting(false);
                m_ui->banner->showUnavailable(saved.message);
                m_ui->statusLabel->setText(tr("%n section(s) were not imported because the system keychain "
                                              "is unavailable. Nothing was written.",
                                              nullptr, int(m_queue.size())));
                m_ui->statusLabel->show();
                return;
            }
            const Pending done = m_queue.takeFirst();
            if (saved.ok())
                imported(done);
            else
                failed(done, saved.message);
            importNext();
        });
}

void EdgercImportDialog::continueWith(Fallback fallback)
{
    if (m_importing)
        return;
    if (m_queue.isEmpty())
        m_queue = tickedSections();
    m_ui->banner->hide();
    while (!m_queue.isEmpty()) {
        const Pending pending = m_queue.takeFirst();
        QString error;
        if (fallback == Fallback::Linked) {
            error = m_store->saveLinkedProfile(pending.name, m_file.path(), pending.section);
        } else {
            const auto loaded = m_file.credentials(pending.section);
            if (const auto* problem = std::get_if<EdgercError>(&loaded))
                error = problem->message;
            else
                error = m_store->addSessionProfile(pending.name, std::get<Credentials>(loaded));
        }
        if (error.isEmpty())
            imported(pending);
        else
            failed(pending, error);
    }
    finishImport();
}

void EdgercImportDialog::imported(const Pending& pending)
{
    m_imported << pending.name;
    const QSignalBlocker blocker(m_ui->sectionList);
    pending.item->setData(SectionColumn, Qt::CheckStateRole, QVariant());
    pending.item->setFlags(Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    pending.item->setText(NameColumn, tr("%1 (imported)").arg(pending.name));
}

void EdgercImportDialog::failed(const Pending& pending, const QString& message)
{
    m_failures << tr("[%1]: %2").arg(pending.section, message);
}

void EdgercImportDialog::finishImport()
{
    setImporting(false);
    if (m_failures.isEmpty() && m_queue.isEmpty()) {
        emit accountsImported(m_imported);
        accept();
        return;
    }
    if (!m_imported.isEmpty())
        emit accountsImported(m_imported);
    m_imported.clear();
    m_ui->statusLabel->setText(tr("Not imported:") + QLatin1Char('\n') + m_failures.join(QLatin1Char('\n')));
    m_ui->statusLabel->show();
}

void EdgercImportDialog::reject()
{
    // A keychain write cannot be cancelled; whatever was stored so far is announced.
    if (!m_imported.isEmpty())
        emit accountsImported(m_imported);
    m_imported.clear();
    QDialog::reject();
}

bool EdgercImportDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // Messages, banners and results appear while the dialog is open: make room for them.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        growToFit(this);
    return handled;
}

} // namespace edgekv
