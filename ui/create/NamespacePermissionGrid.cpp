#include "create/NamespacePermissionGrid.h"

#include "create/FormStyle.h"
#include "validation/TokenFormRules.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace edgekv {

namespace {

enum Column { NameColumn, ReadColumn, WriteColumn, DeleteColumn, PolicyColumn, NetworksColumn };

QString policyText(std::optional<bool> restrict)
{
    if (!restrict)
        return NamespacePermissionGrid::tr("unknown");
    return * restrict ? NamespacePermissionGrid::tr("restricted")
                      : NamespacePermissionGrid::tr("not restricted");
}

QString networksText(const NamespaceInfo& info)
{
    if (info.onStaging && info.onProduction)
        return NamespacePermissionGrid::tr("both");
    return TokenFormRules::networkMark(info);
}

} // namespace

QString NamespacePermissionGrid::Row::letters() const
{
    QString result;
    if (read->isChecked())
        result += QLatin1Char('r');
    if (write->isChecked())
        result += QLatin1Char('w');
    if (remove->isChecked())
        result += QLatin1Char('d');
    return result;
}

NamespacePermissionGrid::NamespacePermissionGrid(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("namespaceFilter"));
    m_filter->setPlaceholderText(tr("Filter namespaces by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->hide();
    connect(m_filter, &QLineEdit::textChanged, this, &NamespacePermissionGrid::updateRows);
    layout->addWidget(m_filter);

    m_status = new QWidget(this);
    auto* statusLayout = new QHBoxLayout(m_status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_busy = new QProgressBar(m_status);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_statusText = new QLabel(m_status);
    m_statusText->setWordWrap(true);
    m_statusText->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("Retry"), m_status);
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &NamespacePermissionGrid::retryRequested);
    statusLayout->addWidget(m_busy);
    statusLayout->addWidget(m_statusText, 1);
    statusLayout->addWidget(m_retry);
    m_status->hide();
    layout->addWidget(m_status);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setMinimumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_scroll, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_countLabel);
    m_legendLabel = new QLabel(this);
    m_legendLabel->setWordWrap(true);
    m_legendLabel->setTextFormat(Qt::PlainText);
    FormStyle::markNote(m_legendLabel);
    m_legendLabel->hide();
    layout->addWidget(m_legendLabel);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    FormStyle::markProblem(m_problemLabel);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    rebuild();
}

NamespacePermissionGrid::~NamespacePermissionGrid() = default;

void NamespacePermissionGrid::showLoading(const QString& text)
{
    m_loading = true;
    m_busy->show();
    m_retry->hide();
    m_statusText->setText(text);
    FormStyle::markMessage(m_statusText, false);
    m_status->show();
    m_scroll->setEnabled(false);
    fitLabels();
}

void NamespacePermissionGrid::showError(const QString& message)
{
    m_loading = false;
    m_busy->hide();
    m_retry->show();
    m_statusText->setText(message);
    FormStyle::markMessage(m_statusText, true);
    m_status->setVisible(!message.isEmpty());
    m_scroll->setEnabled(true);
    fitLabels();
}

void NamespacePermissionGrid::setNamespaces(const QList<NamespaceInfo>& namespaces)
{
    QMap<QString, QString> keep = permissions();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        keep.insert(it.key(), it.value());
    m_namespaces = namespaces;
    m_hasNamespaces = true;
    m_loading = false;
    m_status->hide();
    m_scroll->setEnabled(true);
    rebuild();
    m_pending.clear();
    setPermissions(keep);
}

QList<NamespaceInfo> NamespacePermissionGrid::namespaces() const
{
    return m_namespaces;
}

void NamespacePermissionGrid::setNetworks(bool staging, bool production)
{
    m_staging = staging;
    m_production = production;
    updateRows();
}

void NamespacePermissionGrid::setAccountRestrictDataAccess(std::optional<bool> restrict)
{
    m_accountRestrict = restrict;
    for (Row& row : m_rows)
        row.policy->setText(policyText(TokenFormRules::restriction(row.info, m_accountRestrict)));
    updateRows();
}

QMap<QString, QString> NamespacePermissionGrid::permissions() const
{
    QMap<QString, QString> result;
    for (const Row& row : m_rows) {
        const QString letters = row.letters();
        if (!letters.isEmpty())
            result.insert(row.info.name, letters);
    }
    return result;
}

void NamespacePermissionGrid::setPermissions(const QMap<QString, QString>& permissions)
{
    m_updating = true;
    m_missing.clear();
    for (Row& row : m_rows)
        setLetters(row, permissions.value(row.info.name));
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        if (findRow(it.key()))
            continue;
        if (m_hasNamespaces)
            m_missing << it.key();
        else
            m_pending.insert(it.key(), it.value());
    }
    m_updating = false;
    updateRows();
    emit changed();
}

void NamespacePermissionGrid::setProblem(const QString& message)
{
    m_problemLabel->setText(message);
    m_problemLabel->setVisible(!message.isEmpty());
    fitLabels();
}

QCheckBox* NamespacePermissionGrid::rowToggle(const QString& name) const
{
    const Row* row = findRow(name);
    return row ? row->toggle : nullptr;
}

QCheckBox* NamespacePermissionGrid::permissionBox(const QString& name, QChar letter) const
{
    const Row* row = findRow(name);
    if (!row)
        return nullptr;
    if (letter == QLatin1Char('r'))
        return row->read;
    if (letter == QLatin1Char('w'))
        return row->write;
    if (letter == QLatin1Char('d'))
        return row->remove;
    return nullptr;
}

QLabel* NamespacePermissionGrid::noteLabel(const QString& name) const
{
    const Row* row = findRow(name);
    return row ? row->note : nullptr;
}

bool NamespacePermissionGrid::isRowShown(const QString& name) const
{
    const Row* row = findRow(name);
    return row && !row->toggle->isHidden();
}

QList<QWidget*> NamespacePermissionGrid::focusChain() const
{
    QList<QWidget*> chain{m_filter, m_retry};
    for (const Row& row : m_rows)
        chain << row.toggle << row.read << row.write << row.remove;
    return chain;
}

void NamespacePermissionGrid::rebuild()
{
    m_rows.clear();
    auto* container = new QWidget;
    auto* grid = new QGridLayout(container);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    const QStringList headers = {tr("Namespace"), tr("Read"),        tr("Write"),
                                 tr("Delete"),    tr("Data access"), tr("Networks")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()), container);
        grid->addWidget(header, 0, column,
                        column >= ReadColumn && column <= DeleteColumn ? Qt::AlignHCenter : Qt::AlignLeft);
    }
    grid->itemAtPosition(0, PolicyColumn)
        ->widget()
        ->setToolTip(
            tr("The namespace's data access policy (restrictDataAccess). All namespaces of one token "
               "must share it."));
    m_rows.reserve(m_namespaces.size());
    for (int i = 0; i < m_namespaces.size(); ++i)
        addRow(grid, i + 1, m_namespaces.at(i));
    if (m_hasNamespaces && m_namespaces.isEmpty()) {
        auto* empty = new QLabel(tr("The chosen networks have no namespaces. Create one in Control Center or "
                                    "with “akamai edgekv create ns”, then open this form again."),
                                 container);
        empty->setWordWrap(true);
        grid->addWidget(empty, 1, 0, 1, headers.size());
    }
    grid->setColumnStretch(NetworksColumn, 1);
    grid->setRowStretch(int(m_namespaces.size()) + 2, 1);
    m_scroll->setWidget(container); // deletes the previous rows
    // As wide as the rows, so no column is ever cut off.
    m_scroll->setMinimumWidth(container->sizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth());
    m_filter->setVisible(m_namespaces.size() > FilterThreshold);
    updateRows();
}

void NamespacePermissionGrid::addRow(QGridLayout* grid, int line, const NamespaceInfo& info)
{
    QWidget* container = grid->parentWidget();
    Row row;
    row.info = info;
    row.toggle = new QCheckBox(info.name, container);
    row.toggle->setTristate(true);
    row.toggle->setObjectName(QStringLiteral("ns_") + info.name);
    row.read = new QCheckBox(container);
    row.write = new QCheckBox(container);
    row.remove = new QCheckBox(container);
    row.read->setAccessibleName(tr("Read %1").arg(info.name));
    row.write->setAccessibleName(tr("Write %1").arg(info.name));
    row.remove->setAccessibleName(tr("Delete %1").arg(info.name));
    row.policy = new QLabel(policyText(TokenFormRules::restriction(info, m_accountRestrict)), container);
    row.note = new QLabel(networksText(info), container);
    row.note->setTextFormat(Qt::PlainText);
    grid->addWidget(row.toggle, line, NameColumn);
    grid->addWidget(row.read, line, ReadColumn, Qt::AlignHCenter);
    grid->addWidget(row.write, line, WriteColumn, Qt::AlignHCenter);
    grid->addWidget(row.remove, line, DeleteColumn, Qt::AlignHCenter);
    grid->addWidget(row.policy, line, PolicyColumn);
    grid->addWidget(row.note, line, NetworksColumn);

    const QString name = info.name;
    connect(row.toggle, &QCheckBox::clicked, this, [this, name] { onToggleClicked(name); });
    for (QCheckBox* box : {row.read, row.write, row.remove}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_updating)
                return;
            updateRows();
            emit changed();
        });
    }
    m_rows.append(row);
}

void NamespacePermissionGrid::setLetters(Row& row, const QString& letters)
{
    const bool updating = m_updating;
    m_updating = true;
    row.read->setChecked(letters.contains(QLatin1Char('r')));
    row.write->setChecked(letters.contains(QLatin1Char('w')));
    row.remove->setChecked(letters.contains(QLatin1Char('d')));
    m_updating = updating;
}

void NamespacePermissionGrid::onToggleClicked(const QString& name)
{
    for (Row& row : m_rows) {
        if (row.info.name != name)
            continue;
        // The row toggle ticks all three, or clears a row that has all three.
        setLetters(row, row.letters() == QLatin1String("rwd") ? QString() : QStringLiteral("rwd"));
        updateRows();
        emit changed();
        return;
    }
}

void NamespacePermissionGrid::updateRows()
{
    QList<NamespaceInfo> ticked;
    for (const Row& row : m_rows) {
        if (!row.letters().isEmpty())
            ticked << row.info;
    }
    QMap<Block, int> blocked;
    for (Row& row : m_rows) {
        const Block block = updateRow(row, ticked);
        if (block != Block::None)
            ++blocked[block];
    }

    const int count = int(ticked.size());
    if (!m_hasNamespaces)
        m_countLabel->clear();
    else if (count == 0)
        m_countLabel->setText(tr("Tick Read, Write or Delete for each namespace the token should reach; a "
                                 "namespace's name ticks all three."));
    else
        m_countLabel->setText(
            tr("%1 of at most %2 namespaces chosen.").arg(count).arg(TokenFormRules::MaxNamespaces));
    FormStyle::markNote(m_countLabel);

    // One line explains every greyed-out row; the row's tooltip names the namespaces involved.
    QStringList reasons;
    if (blocked.value(Block::Policy))
        reasons << tr("their data access policy differs from the ticked ones (one token, one policy)");
    if (blocked.value(Block::Network))
        reasons << tr("they do not exist on every chosen network");
    if (blocked.value(Block::Limit))
        reasons << tr("a token covers at most %1 namespaces").arg(TokenFormRules::MaxNamespaces);
    m_legendLabel->setText(
        reasons.isEmpty()
            ? QString()
            : tr("Greyed out: %1. Point at a row for details.").arg(reasons.join(QStringLiteral("; "))));
    m_legendLabel->setVisible(!reasons.isEmpty());
    fitLabels();
}

void NamespacePermissionGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void NamespacePermissionGrid::fitLabels()
{
    // The layout around the grid does not pass height-for-width on, so wrapped lines would be cut off.
    for (QLabel* label : {m_statusText, m_countLabel, m_legendLabel, m_problemLabel}) {
        const int width = label == m_statusText ? m_statusText->width() : contentsRect().width();
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(qMax(width, 50)));
    }
}

NamespacePermissionGrid::Block NamespacePermissionGrid::updateRow(Row& row,
                                                                  const QList<NamespaceInfo>& ticked)
{
    const QString letters = row.letters();
    Block block = Block::Network;
    QString reason = TokenFormRules::networkConflict(row.info, m_staging, m_production);
    if (reason.isEmpty()) {
        block = Block::Policy;
        reason = TokenFormRules::policyConflict(row.info, ticked, m_accountRestrict);
    }
    if (reason.isEmpty() && letters.isEmpty() && ticked.size() >= TokenFormRules::MaxNamespaces) {
        block = Block::Limit;
        reason = tr("A token covers at most %1 namespaces. Untick one to choose this one.")
                     .arg(TokenFormRules::MaxNamespaces);
    }
    if (reason.isEmpty())
        block = Block::None;
    const bool enabled = !letters.isEmpty() || reason.isEmpty();
    const QList<QWidget*> widgets{row.toggle, row.read, row.write, row.remove, row.policy, row.note};
    for (QWidget* widget : widgets) {
        widget->setEnabled(enabled);
        widget->setToolTip(reason);
    }
    if (reason.isEmpty()) {
        row.toggle->setToolTip(
            tr("Tick Read, Write and Delete for %1 (click again to clear them).").arg(row.info.name));
        row.policy->setToolTip(row.info.policyType.isEmpty()
                                   ? QString()
                                   : tr("Policy %1 (restrictDataAccess).").arg(row.info.policyType));
    }
    // A ticked row that conflicts stays enabled (to untick it) and shows its problem in red.
    row.note->setPalette(QPalette());
    if (!letters.isEmpty() && !reason.isEmpty())
        FormStyle::markProblem(row.note);

    row.toggle->setCheckState(letters.isEmpty()                 ? Qt::Unchecked
                              : letters == QLatin1String("rwd") ? Qt::Checked
                                                                : Qt::PartiallyChecked);
    const QString filter = m_filter->text().trimmed();
    const bool shown =
        !letters.isEmpty() || filter.isEmpty() || row.info.name.contains(filter, Qt::CaseInsensitive);
    for (QWidget* widget : widgets)
        widget->setVisible(shown);
    return enabled ? Block::None : block;
}

const NamespacePermissionGrid::Row* NamespacePermissionGrid::findRow(const QString& name) const
{
    for (const Row& row : m_rows) {
        if (row.info.name == name)
            return &row;
    }
    return nullptr;
}

} // namespace edgekv
