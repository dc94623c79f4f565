#include "create/EdgeWorkerIdList.h"

#include "create/FormStyle.h"
#include "ui_EdgeWorkerIdList.h"
#include "validation/TokenFormRules.h"

#include <QKeyEvent>
#include <QRegularExpression>

namespace edgekv {

EdgeWorkerIdList::EdgeWorkerIdList(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EdgeWorkerIdList>())
{
    m_ui->setupUi(this);
    m_ui->idList->setWrapping(true);
    m_ui->idList->setAccessibleName(tr("EdgeWorker IDs the token is limited to"));
    const int rowHeight = m_ui->idList->fontMetrics().height() + 8;
    m_ui->idList->setFixedHeight(2 * rowHeight + 2 * m_ui->idList->frameWidth());
    m_ui->idEdit->installEventFilter(this);
    m_ui->idEdit->setToolTip(
        tr("The numeric ID of an EdgeWorker, as Control Center lists it under EdgeWorkers. "
           "Several IDs can be pasted at once, separated by commas or spaces."));
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, [this] {
        m_problem.clear();
        updateState();
        emit changed();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &EdgeWorkerIdList::addFromInput);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &EdgeWorkerIdList::removeSelected);
    connect(m_ui->idList, &QListWidget::itemSelectionChanged, this, &EdgeWorkerIdList::updateState);
    updateState();
}

EdgeWorkerIdList::~EdgeWorkerIdList() = default;

QStringList EdgeWorkerIdList::ids() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->idList->count(); ++i)
        ids << m_ui->idList->item(i)->text();
    return ids;
}

void EdgeWorkerIdList::setIds(const QStringList& ids)
{
    m_ui->idList->clear();
    m_ui->idList->addItems(ids);
    m_problem.clear();
    updateState();
    emit changed();
}

bool EdgeWorkerIdList::addFromInput()
{
    if (!inputProblem().isEmpty() || typedIds().isEmpty()) {
        updateState();
        return false;
    }
    m_ui->idList->addItems(typedIds());
    m_ui->idEdit->clear(); // emits changed()
    return true;
}

void EdgeWorkerIdList::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_ui->idList->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    m_problem.clear();
    updateState();
    emit changed();
}

QString EdgeWorkerIdList::pendingProblem() const
{
    const QString problem = inputProblem();
    if (!problem.isEmpty())
        return problem;
    const QStringList typed = typedIds();
    if (typed.isEmpty())
        return {};
    return tr("EdgeWorker ID %1 is typed but not added: press Add, or clear the field.")
        .arg(typed.join(QStringLiteral(", ")));
}

void EdgeWorkerIdList::setProblem(const QString& message)
{
    m_problem = message;
    updateState();
}

QLineEdit* EdgeWorkerIdList::input() const
{
    return m_ui->idEdit;
}

QPushButton* EdgeWorkerIdList::addButton() const
{
    return m_ui->addButton;
}

QPushButton* EdgeWorkerIdList::removeButton() const
{
    return m_ui->removeButton;
}

QListWidget* EdgeWorkerIdList::list() const
{
    return m_ui->idList;
}

QLabel* EdgeWorkerIdList::messageLabel() const
{
    return m_ui->messageLabel;
}

bool EdgeWorkerIdList::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the ID field adds the ID instead of submitting the dialog; with the field empty it submits.
    if (watched == m_ui->idEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_ui->idEdit->text().trimmed().isEmpty()) {
            addFromInput();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList EdgeWorkerIdList::typedIds() const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_ui->idEdit->text().split(separators, Qt::SkipEmptyParts);
}

QString EdgeWorkerIdList::inputProblem() const
{
    const QStringList typed = typedIds();
    if (typed.isEmpty())
        return {};
    const QStringList current = ids();
    for (const QString& id : typed) {
        const QString problem = TokenFormRules::edgeWorkerIdProblem(id);
        if (!problem.isEmpty())
            return problem;
        if (current.contains(id))
            return tr("EdgeWorker ID %1 is already in the list.").arg(id);
    }
    const QString problem = TokenFormRules::edgeWorkerIdsProblem(current + typed);
    if (!problem.isEmpty())
        return problem;
    return {};
}

void EdgeWorkerIdList::updateState()
{
    const int count = m_ui->idList->count();
    const QString problem = inputProblem();
    m_ui->addButton->setEnabled(!typedIds().isEmpty() && problem.isEmpty());
    m_ui->removeButton->setEnabled(!m_ui->idList->selectedItems().isEmpty());
    // An empty list box looks broken: it appears with the first ID.
    m_ui->idList->setVisible(count > 0);
    m_ui->removeButton->setVisible(count > 0);

    QString message = m_problem.isEmpty() ? problem : m_problem;
    const bool isProblem = !message.isEmpty();
    if (!isProblem) {
        if (count == 0)
            message = tr("None: every EdgeWorker of the account can use the token.");
        else if (count >= TokenFormRules::MaxEdgeWorkerIds)
            message = tr("Only these %1 EdgeWorkers can use the token; that is the most a token allows.")
                          .arg(count);
        else
            message = count == 1 ? tr("Only this EdgeWorker can use the token (up to %1 IDs allowed).")
                                       .arg(TokenFormRules::MaxEdgeWorkerIds)
                                 : tr("Only these %1 EdgeWorkers can use the token (up to %2 IDs allowed).")
                                       .arg(count)
                                       .arg(TokenFormRules::MaxEdgeWorkerIds);
    }
    m_ui->messageLabel->setText(message);
    FormStyle::markMessage(m_ui->messageLabel, isProblem);
}

} // namespace edgekv
