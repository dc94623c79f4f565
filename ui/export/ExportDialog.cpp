#include "export/ExportDialog.h"

#include "api/EdgeKvClient.h"
#include "common/ScreenFit.h"
#include "common/UserPrompts.h"
#include "credentials/AccountStore.h"
#include "export/ExportPreview.h"
#include "export/TokenDetailsFetcher.h"
#include "ui_ExportDialog.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QTreeWidgetItem>

#include <variant>

namespace edgekv {

namespace {

ExportDialog::OpenUrlHook& openUrlHook()
{
    static ExportDialog::OpenUrlHook hook = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return hook;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

ExportDialog::ExportDialog(EdgeKvClient* client, QList<Token> tokens, const QString& accountId,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_client(client),
      m_tokens(std::move(tokens)), m_accountId(accountId), m_classifier(Clock::system())
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_openFolderButton = m_ui->buttonBox->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setAutoDefault(false);
    m_openFolderButton->hide();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fileView->setFont(fixed);
    m_ui->tokenTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tokenTree->header()->setStretchLastSection(true);
    m_ui->conflictsGroup->hide();
    m_ui->messagesLabel->hide();
    m_ui->targetLabel->hide();
    m_ui->progressRow->hide();

    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_ui->chooseBundleButton, &QPushButton::clicked, this, &ExportDialog::chooseBundle);
    // Export writes and keeps the dialog open, so it is not connected to accept().
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    m_fetcher = new TokenDetailsFetcher(m_client, m_classifier, this);
    connect(m_fetcher, &TokenDetailsFetcher::progress, this, &ExportDialog::onLoadProgress);
    connect(m_fetcher, &TokenDetailsFetcher::finished, this, &ExportDialog::onLoaded);

    fillTokenTree();
    updatePreview();
    m_ui->chooseFolderButton->setFocus();
    QTimer::singleShot(0, this, &ExportDialog::startLoading);
    fitToScreen(this);
}

ExportDialog::~ExportDialog()
{
    delete m_fetcher;
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void ExportDialog::setSettings(QSettings* settings)
{
    m_settings = settings;
}

QSettings& ExportDialog::settings()
{
    if (m_settings)
        return *m_settings;
    if (!m_ownedSettings)
        m_ownedSettings = AccountStore::createDefaultSettings();
    return *m_ownedSettings;
}

void ExportDialog::setClock(const Clock& clock)
{
    m_classifier.setClock(clock);
    if (m_loaded)
        rebuildSelection();
}

void ExportDialog::setThresholds(const ExpiryThresholds& thresholds)
{
    m_classifier.setThresholds(thresholds);
    if (m_loaded)
        rebuildSelection();
}

QString ExportDialog::settingsKey(const QString& accountId)
{
    return QStringLiteral("export/lastDestination/") +
           QString::fromLatin1(QUrl::toPercentEncoding(accountId));
}

ExportDialog::OpenUrlHook ExportDialog::setOpenUrlHook(OpenUrlHook hook)
{
    OpenUrlHook previous = openUrlHook();
    openUrlHook() = std::move(hook);
    return previous;
}

bool ExportDialog::isLoading() const
{
    return !m_loaded;
}

bool ExportDialog::canExport() const
{
    return m_loaded && m_plan && m_plan->changesFile() && !m_exportedCurrent;
}

void ExportDialog::setDestination(const QString& path)
{
    const QString cleaned = path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (cleaned != m_destination) {
        m_destination = cleaned;
        m_exportedCurrent = false;
        m_resultText.clear();
    }
    m_ui->pathEdit->setText(QDir::toNativeSeparators(m_destination));
    m_ui->pathEdit->setToolTip(m_ui->pathEdit->text());
    updatePlan();
}

QString ExportDialog::startFolder()
{
    QString path = m_destination;
    if (path.isEmpty())
        path = settings().value(settingsKey(m_accountId)).toString();
    const QFileInfo info(path);
    if (!path.isEmpty() && info.isDir())
        return info.absoluteFilePath();
    if (!path.isEmpty() && info.absoluteDir().exists())
        return info.absolutePath();
    return QDir::homePath();
}

void ExportDialog::chooseFolder()
{
    const QString folder =
        UserPrompts::existingDirectory(this, tr("Choose the Bundle Folder (with edgekv.js)"), startFolder());
    if (!folder.isEmpty())
        setDestination(folder);
}

void ExportDialog::chooseBundle()
{
    const QString bundle =
        UserPrompts::openFileName(this, tr("Choose an EdgeWorkers Code Bundle"), startFolder(),
                                  tr("EdgeWorkers code bundles (*.tgz *.tar.gz);;All files (*)"));
    if (!bundle.isEmpty())
        setDestination(bundle);
}

void ExportDialog::updatePlan()
{
    m_plan.reset();
    m_planError.clear();
    const QList<TokenFileEntry> entries = m_selection.entries();
    if (m_loaded && !m_destination.isEmpty() && m_selection.unresolved().isEmpty() && !entries.isEmpty() &&
        !m_exportedCurrent) {
        auto planned = TokenExport::plan(m_destination, entries, UnparseableFilePolicy::Refuse);
        if (auto* plan = std::get_if<TokenExportPlan>(&planned)) {
            m_plan = std::move(*plan);
        } else {
            m_planError = std::get<TokenFileError>(planned).text();
            // Only an unreadable existing file is worth replacing; every other error stands.
            auto replacing =
                TokenExport::plan(m_destination, entries, UnparseableFilePolicy::ReplaceKeepingBackup);
            if (auto* replacement = std::get_if<TokenExportPlan>(&replacing);
                replacement && replacement->unparseable)
                m_plan = std::move(*replacement);
        }
    }
    if (m_exportedCurrent && m_lastResult)
        m_plan = m_lastResult->plan;
    updatePreview();
}

void ExportDialog::updatePreview()
{
    QString placeholder;
    if (!m_loaded)
        placeholder = tr("Loading the token details…");
    else if (m_tokens.isEmpty())
        placeholder = tr("No token is selected.");
    else if (m_selection.includedCount() == 0)
        placeholder = tr("None of the selected tokens can be exported.");
    else if (m_destination.isEmpty())
        placeholder = tr("Choose a folder or a bundle to preview the file and what changes in it.");
    else if (!m_selection.unresolved().isEmpty())
        placeholder = tr("Pick a token for each namespace listed above to preview the file.");
    else if (!m_plan)
        placeholder = tr("No preview: %1").arg(m_planError);

    if (m_plan) {
        m_ui->changesView->setHtml(ExportPreview::changesHtml(*m_plan, isDark(palette()), m_exportedCurrent));
        m_ui->fileView->setPlainText(ExportPreview::fileText(*m_plan));
    } else {
        m_ui->changesView->setPlainText(placeholder);
        m_ui->fileView->setPlainText(placeholder);
    }

    QString target;
    if (m_plan && m_exportedCurrent) {
        target = tr("Written: %1")
                     .arg(QDir::toNativeSeparators(m_plan->isBundle ? m_plan->targetPath + QLatin1Char(':') +
                                                                          m_plan->memberPath
                                                                    : m_plan->targetPath));
    } else if (m_plan && m_plan->isBundle) {
        target = (m_plan->existed
                      ? tr("Updates %1 inside this bundle; every other file in the bundle stays as it is.")
                      : tr("Adds %1 to this bundle; every other file in the bundle stays as it is."))
                     .arg(m_plan->memberPath);
    } else if (m_plan) {
        target = m_plan->existed ? tr("Updates %1; entries of other namespaces in it are kept.")
                                       .arg(QDir::toNativeSeparators(m_plan->targetPath))
                                 : tr("Creates %1").arg(QDir::toNativeSeparators(m_plan->targetPath));
    } else if (!m_planError.isEmpty()) {
        // The status line says what is wrong with the destination.
    } else if (TokenExport::isBundlePath(m_destination)) {
        target = tr("edgekv_tokens.js inside this bundle is updated or added.");
    } else if (!m_destination.isEmpty()) {
        const QFileInfo folder(m_destination);
        const QString file = folder.isDir() ? QDir(m_destination).filePath(tokenFileName()) : m_destination;
        target = tr("Writes %1").arg(QDir::toNativeSeparators(file));
    }
    m_ui->targetLabel->setText(target);
    m_ui->targetLabel->setVisible(!target.isEmpty());

    updateMessages();
    updateButtons();

    if (!m_resultText.isEmpty())
        setStatus(m_resultText, m_resultTone);
    else if (!m_loaded)
        setStatus(QString(), Tone::Neutral);
    else if (m_tokens.isEmpty())
        setStatus(tr("No token is selected: select the tokens to export in the token list first."),
                  Tone::Error);
    else if (m_selection.includedCount() == 0)
        setStatus(tr("None of the selected tokens can be exported: see the reasons above."), Tone::Error);
    else if (m_destination.isEmpty())
        setStatus(tr("Choose the folder of your EdgeWorker's code bundle (where edgekv.js is), or a bundle "
                     ".tgz."),
                  Tone::Neutral);
    else if (!m_selection.unresolved().isEmpty())
        setStatus(
            tr("Pick the token to write for: %1.").arg(m_selection.unresolved().join(QStringLiteral(", "))),
            Tone::Warning);
    else if (m_plan && m_plan->unparseable)
        setStatus(tr("%1\nExport asks before replacing it; a .bak copy of it is kept.")
                      .arg(m_plan->unparseable->text()),
                  Tone::Warning);
    else if (!m_plan)
        setStatus(m_planError, Tone::Error);
    else if (!m_plan->changesFile())
        setStatus(tr("The file already holds exactly these entries: there is nothing to export."),
                  Tone::Good);
    else
        setStatus(
            m_plan->entries.size() == 1
                ? tr("Ready: Export writes the entry of %n namespace. Nothing is written before that.",
                     nullptr, 1)
                : tr("Ready: Export writes the entries of %n namespaces. Nothing is written before that.",
                     nullptr, int(m_plan->entries.size())),
            Tone::Neutral);
    emit previewUpdated();
}

void ExportDialog::updateMessages()
{
    QStringList messages = m_loaded ? m_selection.messages() : QStringList();
    if (m_plan)
        messages << m_plan->warnings;
    m_messages = messages;
    m_ui->messagesLabel->setVisible(!messages.isEmpty());
    if (messages.isEmpty()) {
        m_ui->messagesLabel->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:0px; -qt-list-indent:1\">")
                       .arg(tr("Please note").toHtmlEscaped());
    for (const QString& message : std::as_const(messages))
        html += QStringLiteral("<li>%1</li>").arg(message.toHtmlEscaped());
    m_ui->messagesLabel->setText(html + QStringLiteral("</ul>"));
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(canExport());
}

void ExportDialog::setStatus(const QString& text, Tone tone)
{
    QLabel* label = m_ui->statusLabel;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    const bool dark = isDark(palette());
    QPalette colours = palette();
    switch (tone) {
    case Tone::Error:
        colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        break;
    case Tone::Warning:
        colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00));
        break;
    case Tone::Good:
        colours.setColor(QPalette::WindowText, dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
        break;
    case Tone::Neutral:
        break;
    }
    label->setPalette(colours);
    QFont font = label->font();
    font.setBold(tone == Tone::Error);
    label->setFont(font);
}

void ExportDialog::setResult(const QString& text, Tone tone)
{
    m_resultText = text;
    m_resultTone = tone;
    updatePreview();
}

void ExportDialog::exportNow()
{
    if (!canExport())
        return;
    const TokenExportPlan plan = *m_plan;
    if (plan.unparseable) {
        const auto answer = UserPrompts::question(
            this, tr("Replace the Unreadable File?"),
            tr("The existing token file cannot be read:\n%1\n\nReplace it with the new file? A copy of it is "
               "kept as a .bak file beside it.")
                .arg(plan.unparseable->text()),
            QMessageBox::Yes | QMessageBox::No, true);
        if (answer != QMessageBox::Yes) {
            setResult(
                tr("Nothing was written: %1 is unchanged.").arg(QDir::toNativeSeparators(plan.targetPath)),
                Tone::Warning);
            return;
        }
    }
    auto written = TokenExport::write(plan);
    if (auto* error = std::get_if<TokenFileError>(&written)) {
        const QString text = error->text();
        updatePlan();
        setResult(text, Tone::Error);
        return;
    }
    m_lastResult = std::get<TokenExportResult>(std::move(written));
    remember(m_destination);
    m_exportedCurrent = true;

    const TokenFileMergeReport& report = plan.report;
    const int count = int(plan.entries.size());
    QString text = (count == 1 ? tr("Exported %n namespace into %1.", nullptr, count)
                               : tr("Exported %n namespaces into %1.", nullptr, count))
                       .arg(QDir::toNativeSeparators(plan.targetPath));
    if (!plan.unparseable) {
        text += QLatin1Char(' ') + tr("%1 added, %2 replaced, %3 kept as they were.")
                                       .arg(report.added.size())
                                       .arg(report.replaced.size())
                                       .arg(report.kept.size());
    }
    if (!m_lastResult->backupPath.isEmpty()) {
        text +=
            QLatin1Char(' ') +
            tr("The unreadable file was kept as %1.").arg(QDir::toNativeSeparators(m_lastResult->backupPath));
    }
    m_openFolderButton->show();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    updatePlan();
    setResult(text, Tone::Good);
    m_openFolderButton->setFocus();
    emit exported(plan.targetPath);
}

void ExportDialog::openFolder()
{
    const QString path = m_lastResult ? m_lastResult->plan.targetPath : m_destination;
    if (path.isEmpty())
        return;
    const QString folder = QFileInfo(path).absolutePath();
    if (!openUrlHook()(QUrl::fromLocalFile(folder)))
        setResult(tr("Could not open %1 in the file manager.").arg(QDir::toNativeSeparators(folder)),
                  Tone::Error);
}

void ExportDialog::remember(const QString& path)
{
    settings().setValue(settingsKey(m_accountId), path);
}

void ExportDialog::reject()
{
    m_fetcher->cancel();
    QDialog::reject();
}

QString ExportDialog::changesText() const
{
    return m_ui->changesView->toPlainText();
}

QString ExportDialog::fileText() const
{
    return m_ui->fileView->toPlainText();
}

QString ExportDialog::messagesText() const
{
    return m_messages.join(QLatin1Char('\n'));
}

QString ExportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QString ExportDialog::targetText() const
{
    return m_ui->targetLabel->text();
}

} // namespace edgekv
