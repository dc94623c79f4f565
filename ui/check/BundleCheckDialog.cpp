#include "check/BundleCheckDialog.h"

#include "common/ScreenFit.h"
#include "common/UserPrompts.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace edgekv {

namespace {

KnownToken::Activation activationOf(Token::ActivationStatus status)
{
    switch (status) {
    case Token::ActivationStatus::InProgress:
        return KnownToken::Activation::InProgress;
    case Token::ActivationStatus::Error:
        return KnownToken::Activation::Error;
    default:
        return KnownToken::Activation::Complete;
    }
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

BundleCheckDialog::BundleCheckDialog(const QList<Token>& accountTokens, const Clock& clock, int warnDays,
                                     QWidget* parent)
    : QDialog(parent), m_accountTokens(accountTokens), m_clock(clock), m_warnDays(warnDays),
      m_lastDir(QDir::homePath())
{
    for (const Token& token : m_accountTokens)
        m_tokensByName.insert(token.name, token);

    setWindowTitle(tr("Check Bundle"));
    setObjectName(QStringLiteral("BundleCheckDialog"));

    m_openFolder = new QPushButton(tr("Open Folder…"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setAutoDefault(false);
    m_openFile = new QPushButton(tr("Open File…"), this);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_openFile->setAutoDefault(false);
    m_pathLabel =
        new QLabel(tr("Open a bundle folder, an edgekv_tokens.js or a bundle .tgz to check it."), this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);

    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openFolder);
    openRow->addWidget(m_openFile);
    openRow->addWidget(m_pathLabel, 1);

    m_entryTree = new QTreeWidget(this);
    m_entryTree->setObjectName(QStringLiteral("entryTree"));
    m_entryTree->setColumnCount(ColumnCount);
    m_entryTree->setHeaderLabels(
        {tr("Namespace"), tr("Token"), tr("Kind"), tr("Expiry / refresh"), tr("Problems")});
    m_entryTree->setRootIsDecorated(true);
    m_entryTree->setUniformRowHeights(false);
    m_entryTree->setAlternatingRowColors(true);
    m_entryTree->header()->setStretchLastSection(true);
    // Whole headings before anything is checked (German ones run longer than the default width).
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_entryTree->header()->resizeSection(column, qMax(m_entryTree->header()->sectionSize(column),
                                                          m_entryTree->header()->sectionSizeHint(column)));

    auto* fileFindingsTitle = new QLabel(tr("About the bundle:"), this);
    m_fileFindings = new QListWidget(this);
    m_fileFindings->setObjectName(QStringLiteral("fileFindingsList"));
    m_fileFindings->setWordWrap(true);
    fileFindingsTitle->setBuddy(m_fileFindings);

    auto* checksNotMadeTitle = new QLabel(tr("Checks not made:"), this);
    m_checksNotMade = new QListWidget(this);
    m_checksNotMade->setObjectName(QStringLiteral("checksNotMadeList"));
    m_checksNotMade->setWordWrap(true);
    checksNotMadeTitle->setBuddy(m_checksNotMade);

    m_verdictIcon = new QLabel(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(openRow);
    layout->addWidget(m_entryTree, 3);
    layout->addWidget(fileFindingsTitle);
    layout->addWidget(m_fileFindings, 1);
    layout->addWidget(checksNotMadeTitle);
    layout->addWidget(m_checksNotMade, 1);
    layout->addLayout(verdictRow);
    layout->addWidget(buttons);

    connect(m_openFolder, &QPushButton::clicked, this, &BundleCheckDialog::chooseFolder);
    connect(m_openFile, &QPushButton::clicked, this, &BundleCheckDialog::chooseFile);

    resize(900, 560);
    fitToScreen(this);
}

void BundleCheckDialog::chooseFolder()
{
    const QString path = UserPrompts::existingDirectory(this, tr("Check Bundle Folder"), m_lastDir);
    if (path.isEmpty())
        return;
    m_lastDir = path;
    checkPath(path);
}

void BundleCheckDialog::chooseFile()
{
    const QString path = UserPrompts::openFileName(
        this, tr("Check Token File or Bundle"), m_lastDir,
        tr("Token files and bundles (edgekv_tokens.js *.tgz *.tar.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    checkPath(path);
}

void BundleCheckDialog::checkPath(const QString& path)
{
    BundleCheckOptions options;
    options.warnDays = m_warnDays;
    options.clock = &m_clock;
    if (!m_accountTokens.isEmpty()) {
        QHash<QString, KnownToken> known;
        for (const Token& token : m_accountTokens) {
            KnownToken knownToken;
            if (!token.isLegacy())
                knownToken.reference = token.uuid;
            knownToken.expiry = token.expiry;
            knownToken.activation = activationOf(token.activationStatus);
            known.insert(token.name, knownToken);
        }
        options.knownTokens = known;
    }
    m_result = BundleChecker::check(path, options);
    showResult();
}

QIcon BundleCheckDialog::severityIcon(CheckSeverity severity) const
{
    switch (severity) {
    case CheckSeverity::Broken:
        return style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckSeverity::Warning:
        return style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckSeverity::Info:
        return style()->standardIcon(QStyle::SP_MessageBoxInformation);
    case CheckSeverity::Ok:
        break;
    }
    return style()->standardIcon(QStyle::SP_DialogApplyButton);
}

QString BundleCheckDialog::statusText(const CheckedEntry& entry) const
{
    switch (entry.kind) {
    case CheckedEntry::Kind::Legacy: {
        if (!entry.expiry.isValid())
            return tr("Expiry unknown");
        const QDate expiry = entry.expiry.toUTC().date();
        if (expiry.year() == 9999)
            return tr("Does not expire");
        if (entry.expiry <= m_clock.nowUtc())
            return tr("Expired %1").arg(dateText(expiry));
        return tr("Expires %1").arg(dateText(expiry));
    }
    case CheckedEntry::Kind::Enhanced: {
        const auto it = m_tokensByName.constFind(entry.tokenName);
        if (it != m_tokensByName.constEnd()) {
            if (it->nextScheduledRefreshDate.isValid())
                return tr("Refreshed by Akamai; next refresh %1").arg(dateText(it->nextScheduledRefreshDate));
            if (it->latestRefreshDate.isValid())
                return tr("Refreshed by Akamai; last refresh %1").arg(dateText(it->latestRefreshDate));
        }
        return tr("Refreshed by Akamai");
    }
    case CheckedEntry::Kind::None:
        break;
    }
    return tr("—");
}

QString BundleCheckDialog::verdictText(const BundleCheckResult& result)
{
    int broken = 0;
    int warnings = 0;
    const auto count = [&](const QList<CheckFinding>& findings) {
        for (const CheckFinding& finding : findings) {
            if (finding.severity == CheckSeverity::Broken)
                ++broken;
            else if (finding.severity == CheckSeverity::Warning)
                ++warnings;
        }
    };
    count(result.fileFindings);
    for (const CheckedEntry& entry : result.entries)
        count(entry.findings);

    if (broken > 0) {
        return broken == 1 ? tr("%n problem breaks the bundle", nullptr, broken)
                           : tr("%n problems break the bundle", nullptr, broken);
    }
    if (warnings > 0)
        return warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings);
    if (result.entries.isEmpty())
        return tr("The bundle has no entries");
    return tr("All entries are usable");
}

void BundleCheckDialog::showResult()
{
    const QString shown = m_result.tokenFilePath.isEmpty() ? m_result.path : m_result.tokenFilePath;
    m_pathLabel->setText(QDir::toNativeSeparators(shown));

    m_entryTree->clear();
    for (const CheckedEntry& entry : m_result.entries) {
        auto* item = new QTreeWidgetItem(m_entryTree);
        item->setText(NamespaceColumn, entry.ns.isEmpty() ? entry.key : entry.ns);
        item->setText(TokenColumn, entry.tokenName);
        switch (entry.kind) {
        case CheckedEntry::Kind::Legacy:
            item->setText(KindColumn, tr("legacy"));
            break;
        case CheckedEntry::Kind::Enhanced:
            item->setText(KindColumn, tr("enhanced"));
            break;
        case CheckedEntry::Kind::None:
            item->setText(KindColumn, tr("none"));
            break;
        }
        item->setText(StatusColumn, statusText(entry));
        item->setIcon(ProblemsColumn, severityIcon(entry.severity()));
        item->setData(ProblemsColumn, Qt::UserRole, int(entry.severity()));
        if (entry.findings.isEmpty()) {
            item->setText(ProblemsColumn, tr("Usable"));
            continue;
        }
        QStringList messages;
        for (const CheckFinding& finding : entry.findings) {
            messages << finding.message;
            if (entry.findings.size() > 1) {
                auto* child = new QTreeWidgetItem(item);
                child->setIcon(ProblemsColumn, severityIcon(finding.severity));
                child->setText(ProblemsColumn, finding.message);
                child->setToolTip(ProblemsColumn, finding.message);
                child->setData(ProblemsColumn, Qt::UserRole, int(finding.severity));
            }
        }
        item->setText(ProblemsColumn, messages.join(QLatin1Char(' ')));
        item->setToolTip(ProblemsColumn, messages.join(QLatin1Char('\n')));
        item->setExpanded(true);
    }
    for (int column = 0; column < ProblemsColumn; ++column)
        m_entryTree->resizeColumnToContents(column);

    m_fileFindings->clear();
    for (const CheckFinding& finding : m_result.fileFindings) {
        auto* item = new QListWidgetItem(severityIcon(finding.severity), finding.message, m_fileFindings);
        item->setData(Qt::UserRole, int(finding.severity));
    }
    if (m_result.fileFindings.isEmpty())
        new QListWidgetItem(tr("No problems with the bundle itself."), m_fileFindings);

    m_checksNotMade->clear();
    for (const QString& sentence : m_result.checksNotMade)
        new QListWidgetItem(severityIcon(CheckSeverity::Info), sentence, m_checksNotMade);

    m_verdict->setText(verdictText(m_result));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_verdictIcon->setPixmap(severityIcon(m_result.severity()).pixmap(size, size));
}

} // namespace edgekv
