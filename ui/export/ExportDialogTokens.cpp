// The token half of ExportDialog: loading what the selection lacks, the token list and the conflict picker.
#include "export/ExportDialog.h"
#include "export/TokenDetailsFetcher.h"
#include "ui_ExportDialog.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTreeWidgetItem>

#include <algorithm>

namespace edgekv {

namespace {

enum Column { TokenColumn, KindColumn, StatusColumn, NamespacesColumn };

} // namespace

void ExportDialog::startLoading()
{
    if (m_destination.isEmpty()) {
        const QString remembered = settings().value(settingsKey(m_accountId)).toString();
        if (!remembered.isEmpty() && QFileInfo::exists(remembered))
            setDestination(remembered);
    }
    m_fetcher->start(m_tokens);
}

void ExportDialog::onLoadProgress(int done, int total)
{
    m_ui->progressRow->setVisible(total > 0 && done < total);
    m_ui->progressLabel->setText(total == 1 ? tr("Loading the details of %n token…", nullptr, total)
                                            : tr("Loading the details of %n tokens…", nullptr, total));
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
}

void ExportDialog::onLoaded()
{
    m_ui->progressRow->hide();
    m_tokens = m_fetcher->tokens();
    m_loadErrors = m_fetcher->errors();
    m_gone = m_fetcher->gone();
    m_loaded = true;
    rebuildSelection();
    if (canExport())
        m_exportButton->setFocus();
    emit detailsLoaded();
}

void ExportDialog::rebuildSelection(bool withConflicts)
{
    m_selection = ExportSelection(m_tokens, m_loadErrors, m_gone, m_classifier);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        m_selection.choose(it.key(), it.value());
    fillTokenTree();
    // A choice never changes which namespaces conflict, and its combo box must survive its own signal.
    if (withConflicts)
        fillConflicts();
    updatePlan();
}

QTreeWidgetItem* ExportDialog::tokenItem(const QString& name) const
{
    for (int i = 0; i < m_ui->tokenTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->tokenTree->topLevelItem(i);
        if (item->text(TokenColumn) == name)
            return item;
    }
    return nullptr;
}

void ExportDialog::fillTokenTree()
{
    QTreeWidget* tree = m_ui->tokenTree;
    tree->clear();
    if (!m_loaded) {
        for (const Token& token : std::as_const(m_tokens)) {
            auto* item = new QTreeWidgetItem(tree);
            item->setText(TokenColumn, token.name);
            item->setText(KindColumn, ExportSelection::kindText(token));
            const bool loading = m_fetcher->needsFetch(token);
            item->setText(StatusColumn, loading ? tr("Loading…") : m_classifier.classify(token).text());
        }
        return;
    }
    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    for (const ExportToken& token : m_selection.tokens()) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(TokenColumn, token.token.name);
        item->setText(KindColumn, ExportSelection::kindText(token.token));
        QStringList parts;
        QStringList elsewhere;
        for (const QString& ns : token.namespaces) {
            const QString owner = m_selection.tokenForNamespace(ns);
            if (!token.included() || owner == token.token.name)
                parts << ns;
            else if (owner.isEmpty())
                parts << tr("%1 (pick below)").arg(ns);
            else
                elsewhere << tr("%1 from %2").arg(ns, owner);
        }
        QString namespaces = parts.join(QStringLiteral(", "));
        if (!elsewhere.isEmpty()) {
            namespaces = parts.isEmpty()
                             ? tr("none (%1)").arg(elsewhere.join(QStringLiteral(", ")))
                             : tr("%1 (%2)").arg(namespaces, elsewhere.join(QStringLiteral(", ")));
        }
        if (namespaces.isEmpty())
            namespaces = tr("—");
        item->setText(NamespacesColumn, namespaces);
        item->setToolTip(NamespacesColumn, namespaces);
        if (!token.included()) {
            item->setText(StatusColumn, tr("Left out: %1")
                                            .arg(token.status.isExpired() ? token.status.text()
                                                                          : tr("see the reason below")));
            item->setIcon(TokenColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(TokenColumn, token.problem);
            item->setToolTip(StatusColumn, token.problem);
            for (int column = 0; column < tree->columnCount(); ++column)
                item->setForeground(column, dimmed);
        } else {
            item->setText(StatusColumn, token.status.text());
            if (!token.warning.isEmpty()) {
                item->setIcon(TokenColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(TokenColumn, token.warning);
                item->setToolTip(StatusColumn, token.warning);
            }
        }
    }
}

void ExportDialog::fillConflicts()
{
    QFormLayout* form = m_ui->conflictsLayout;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_conflictCombos.clear();

    const QStringList conflicts = m_selection.conflicts();
    m_ui->conflictsGroup->setVisible(!conflicts.isEmpty());
    for (const QString& ns : conflicts) {
        auto* combo = new QComboBox(m_ui->conflictsGroup);
        combo->addItem(tr("Choose a token…"), QString());
        for (const QString& name : m_selection.tokensFor(ns)) {
            const ExportToken* token = m_selection.token(name);
            combo->addItem(
                tr("%1 — %2 · %3").arg(name, ExportSelection::kindText(token->token), token->status.text()),
                name);
        }
        const int chosen = combo->findData(m_selection.tokenForNamespace(ns));
        combo->setCurrentIndex(std::max(chosen, 0));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, ns, combo] {
            const QString name = combo->currentData().toString();
            if (name.isEmpty())
                m_choices.remove(ns);
            else
                m_choices.insert(ns, name);
            m_exportedCurrent = false;
            m_resultText.clear();
            rebuildSelection(false);
        });
        auto* label = new QLabel(tr("Namespace %1:").arg(ns), m_ui->conflictsGroup);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_conflictCombos.insert(ns, combo);
    }
}

bool ExportDialog::focusNextPrevChild(bool next)
{
    // The tab order in code: Qt 6.4's setTabOrder() drops the text views from the focus chain when it moves
    // the conflict pickers (created later) behind the token list.
    QList<QWidget*> order{m_ui->pathEdit, m_ui->chooseFolderButton, m_ui->chooseBundleButton,
                          m_ui->tokenTree};
    for (const QString& ns : m_selection.conflicts()) {
        if (QComboBox* combo = m_conflictCombos.value(ns))
            order << combo;
    }
    order << m_ui->previewTabs->tabBar()
          << m_ui->previewTabs->currentWidget()->findChild<QAbstractScrollArea*>();
    QList<QAbstractButton*> buttons = m_ui->buttonBox->buttons();
    std::sort(buttons.begin(), buttons.end(),
              [](const QAbstractButton* a, const QAbstractButton* b) { return a->x() < b->x(); });
    for (QAbstractButton* button : std::as_const(buttons))
        order << button;
    order.removeIf([](QWidget* widget) {
        return !widget || !widget->isVisibleTo(widget->window()) || !widget->isEnabled() ||
               !(widget->focusPolicy() & Qt::TabFocus);
    });
    if (order.isEmpty())
        return QDialog::focusNextPrevChild(next);

    qsizetype current = -1;
    for (QWidget* focus = focusWidget(); focus && current < 0; focus = focus->parentWidget())
        current = order.indexOf(focus);
    const qsizetype count = order.size();
    const qsizetype target =
        current < 0 ? (next ? 0 : count - 1) : (current + (next ? 1 : count - 1)) % count;
    order[target]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

} // namespace edgekv
