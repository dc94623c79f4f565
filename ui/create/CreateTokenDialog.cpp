#include "create/CreateTokenDialog.h"

#include "common/ScreenFit.h"
#include "create/CreateTokenSummary.h"
#include "create/EdgeWorkerIdList.h"
#include "create/ExpiryChooser.h"
#include "create/FormStyle.h"
#include "create/NamespacePermissionGrid.h"
#include "ui_CreateTokenDialog.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

namespace edgekv {

CreateTokenDialog::CreateTokenDialog(EdgeKvClient* client, const Clock& clock, QStringList existingTokenNames,
                                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CreateTokenDialog>()), m_client(client), m_clock(clock),
      m_existingNames(std::move(existingTokenNames))
{
    m_ui->setupUi(this);
    m_createButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_createButton->setText(tr("&Create"));
    m_createButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateTokenDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateTokenDialog::reject);

    const QDate today = m_clock.todayUtc();
    m_ui->nameEdit->setPlaceholderText(TokenFormRules::exampleName(today));
    m_ui->nameEdit->setToolTip(
        tr("1 to %1 letters, digits, _ and -, not starting with -, unique in the account.")
            .arg(TokenFormRules::MaxNameLength));
    m_ui->expiryChooser->setToday(today);
    m_ui->renewLabel->hide();
    m_ui->formScroll->setMinimumHeight(fontMetrics().height() * 16);
    m_ui->busyBar->hide();
    m_ui->requestPreview->hide();
    m_ui->requestPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->exportAfterCheck->setToolTip(
        tr("Opens the export dialog on the new token, to put it into a bundle's edgekv_tokens.js."));
    m_ui->cpcodeEdit->setText(tr("Loading…"));
    QPalette readOnly = m_ui->cpcodeEdit->palette(); // shown as a value, not as a field to fill in
    readOnly.setColor(QPalette::Base, readOnly.color(QPalette::Window));
    m_ui->cpcodeEdit->setPalette(readOnly);
    for (QLabel* label : {m_ui->nameMessage, m_ui->networksMessage})
        label->hide();

    connect(m_ui->requestToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->requestPreview->setVisible(shown);
        if (shown) // once the layout made room for it
            QTimer::singleShot(0, this,
                               [this] { m_ui->formScroll->ensureWidgetVisible(m_ui->requestPreview); });
        m_ui->requestToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->requestToggle->setText(shown ? tr("Hide the API request (POST /edgekv/v1/tokens)")
                                           : tr("Show the API request (POST /edgekv/v1/tokens)"));
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        userChanged(Field::Name);
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateTokenDialog::updateForm);
    for (QCheckBox* box : {m_ui->stagingCheck, m_ui->productionCheck}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_serverProblems.remove(Field::Namespaces);
            m_ui->namespaceGrid->setNetworks(m_ui->stagingCheck->isChecked(),
                                             m_ui->productionCheck->isChecked());
            userChanged(Field::Networks);
        });
    }
    connect(m_ui->expiryChooser, &ExpiryChooser::changed, this, [this] {
        updateSuggestedName();
        updateRenewNote();
        userChanged(Field::Expiry);
    });
    connect(m_ui->edgeWorkerIds, &EdgeWorkerIdList::changed, this,
            [this] { userChanged(Field::EdgeWorkerIds); });
    connect(m_ui->namespaceGrid, &NamespacePermissionGrid::changed, this,
            [this] { userChanged(Field::Namespaces); });
    connect(m_ui->namespaceGrid, &NamespacePermissionGrid::retryRequested, this, &CreateTokenDialog::reload);

    setUpTabOrder();
    reload();
    updateForm();
    fitToScreen(this);
}

CreateTokenDialog::~CreateTokenDialog()
{
    QList<ApiJob*> jobs{m_initializeJob, m_detailsJob, m_createJob};
    for (const auto& job : std::as_const(m_namespaceJobs))
        jobs << job;
    for (ApiJob* job : jobs) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void CreateTokenDialog::setUpTabOrder()
{
    // The composite fields and the grid built in code are not ordered by the .ui form: chain every
    // focusable widget in reading order (left column, the grid, then the bottom row).
    QList<QWidget*> chain{m_ui->nameEdit,
                          m_ui->stagingCheck,
                          m_ui->productionCheck,
                          m_ui->expiryChooser->noExpiryButton(),
                          m_ui->expiryChooser->dateButton(),
                          m_ui->expiryChooser->dateEdit(),
                          m_ui->expiryChooser->presetButton(30),
                          m_ui->expiryChooser->presetButton(90),
                          m_ui->expiryChooser->presetButton(180)};
    chain << m_ui->edgeWorkerIds->input() << m_ui->edgeWorkerIds->addButton() << m_ui->edgeWorkerIds->list()
          << m_ui->edgeWorkerIds->removeButton() << m_ui->cpcodeEdit;
    chain << m_ui->namespaceGrid->focusChain();
    chain << m_ui->requestToggle << m_ui->requestPreview << m_ui->exportAfterCheck;
    for (QAbstractButton* button : m_ui->buttonBox->buttons())
        chain << button;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void CreateTokenDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    updateColumns();
}

void CreateTokenDialog::updateColumns()
{
    // Side by side when there is room, the grid under the fields when the dialog is narrow; never so narrow
    // that a column is cut off (the form scrolls vertically instead).
    const int scrollBar = m_ui->formScroll->verticalScrollBar()->sizeHint().width();
    const int form = m_ui->formLayout->minimumSize().width();
    const int grid = m_ui->namespacesGroup->minimumSizeHint().width();
    m_ui->formScroll->setMinimumWidth(qMax(form, grid) + scrollBar);
    const int needed = form + grid + m_ui->columnsLayout->spacing() + scrollBar +
                       layout()->contentsMargins().left() + layout()->contentsMargins().right();
    m_ui->columnsLayout->setDirection(width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool CreateTokenDialog::openExportAfterCreate() const
{
    return m_ui->exportAfterCheck->isChecked();
}

void CreateTokenDialog::setOpenExportAfterCreate(bool open)
{
    m_ui->exportAfterCheck->setChecked(open);
}

TokenCreateRequest CreateTokenDialog::request() const
{
    TokenCreateRequest request;
    request.name = m_ui->nameEdit->text();
    request.allowOnStaging = m_ui->stagingCheck->isChecked();
    request.allowOnProduction = m_ui->productionCheck->isChecked();
    request.namespacePermissions = m_ui->namespaceGrid->permissions();
    request.restrictToEdgeWorkerIds = m_ui->edgeWorkerIds->ids();
    request.expiry = m_ui->expiryChooser->expiry();
    return request;
}

TokenFormContext CreateTokenDialog::context() const
{
    TokenFormContext context;
    context.existingNames = m_existingNames;
    context.namespaces = m_ui->namespaceGrid->namespaces();
    context.accountRestrictDataAccess = m_ui->namespaceGrid->accountRestrictDataAccess();
    context.todayUtc = m_clock.todayUtc();
    return context;
}

QList<TokenFormRules::Problem> CreateTokenDialog::problems() const
{
    QList<TokenFormRules::Problem> problems = TokenFormRules::check(request(), context());
    const QString pending = m_ui->edgeWorkerIds->pendingProblem();
    if (!pending.isEmpty())
        problems.append({Field::EdgeWorkerIds, pending});
    if (m_detailsJob)
        problems.append({Field::None, tr("Wait until the settings of “%1” are loaded.").arg(m_renewing)});
    if (m_ui->namespaceGrid->isLoading())
        problems.append({Field::Namespaces, tr("Wait until the namespaces are loaded.")});
    return problems;
}

bool CreateTokenDialog::isLoading() const
{
    return m_ui->namespaceGrid->isLoading() || m_initializeJob || m_detailsJob;
}

void CreateTokenDialog::updateForm()
{
    if (m_updating)
        return;
    const TokenCreateRequest current = request();
    const QList<TokenFormRules::Problem> all = problems();
    const auto problemOf = [&all, this](Field field) {
        const QString server = m_serverProblems.value(field);
        if (!server.isEmpty())
            return server;
        for (const TokenFormRules::Problem& problem : all) {
            if (problem.field == field)
                return problem.message;
        }
        return QString();
    };

    const QString nameProblem = problemOf(Field::Name);
    const bool showNameProblem = !nameProblem.isEmpty() && (m_nameTouched || !current.name.isEmpty());
    if (showNameProblem) {
        m_ui->nameMessage->setText(nameProblem);
    } else {
        m_ui->nameMessage->setText(
            tr("Recommended: %1, unique in the account.").arg(TokenFormRules::recommendedNamePattern()));
    }
    FormStyle::markMessage(m_ui->nameMessage, showNameProblem);
    m_ui->nameMessage->show();
    m_ui->nameEdit->setProperty("hasProblem", showNameProblem);

    const QString networksProblem = problemOf(Field::Networks);
    m_ui->networksMessage->setText(networksProblem);
    FormStyle::markProblem(m_ui->networksMessage);
    m_ui->networksMessage->setVisible(!networksProblem.isEmpty());

    m_ui->expiryChooser->setProblem(m_serverProblems.value(Field::Expiry));
    m_ui->edgeWorkerIds->setProblem(m_serverProblems.value(Field::EdgeWorkerIds));
    // The grid explains an empty choice itself; only a real conflict is shown under it.
    m_ui->namespaceGrid->setProblem(current.namespacePermissions.isEmpty()
                                        ? m_serverProblems.value(Field::Namespaces)
                                        : problemOf(Field::Namespaces));

    m_ui->summaryLabel->setText(CreateTokenSummary::html(current, m_clock.todayUtc()));
    const QString body = QString::fromUtf8(QJsonDocument(current.toJson()).toJson(QJsonDocument::Indented));
    if (body != m_ui->requestPreview->toPlainText()) {
        m_ui->requestPreview->setPlainText(body);
        // Tall enough for the whole body (the form around it scrolls), up to a limit.
        const int lines = qMin(int(body.count(QLatin1Char('\n'))) + 1, MaxPreviewLines);
        const QFontMetrics metrics(m_ui->requestPreview->font());
        m_ui->requestPreview->setFixedHeight(lines * metrics.lineSpacing() +
                                             2 * m_ui->requestPreview->frameWidth() +
                                             int(2 * m_ui->requestPreview->document()->documentMargin()) + 4);
    }

    const bool creating = isCreating();
    m_createButton->setEnabled(!creating && all.isEmpty());
    if (creating)
        return;
    if (!m_ui->statusLabel->property("sticky").toBool()) {
        if (all.isEmpty())
            showStatus(tr("Ready: press Create (or Enter)."), false);
        else
            showStatus(all.first().message, false);
    }
}

void CreateTokenDialog::userChanged(Field field)
{
    if (m_updating)
        return;
    m_serverProblems.remove(field);
    if (!isCreating())
        m_ui->statusLabel->setProperty("sticky", false);
    updateForm();
}

void CreateTokenDialog::showStatus(const QString& text, bool problem)
{
    m_ui->statusLabel->setText(text);
    FormStyle::markMessage(m_ui->statusLabel, problem);
    m_ui->statusLabel->setProperty("sticky", problem);
}

void CreateTokenDialog::setCreating(bool creating)
{
    m_ui->formScroll->setEnabled(!creating);
    m_ui->exportAfterCheck->setEnabled(!creating);
    m_ui->busyBar->setVisible(creating);
    m_createButton->setEnabled(!creating && isValid());
}

void CreateTokenDialog::submit()
{
    if (isCreating() || !m_client || !isValid())
        return;
    m_sentRequest = request();
    m_serverProblems.clear();
    TokenJob* job = m_client->createToken(m_sentRequest);
    m_createJob = job;
    connect(job, &ApiJob::retrying, this, [this](int nextTry) {
        showStatus(tr("Creating token “%1”… (no answer yet; try %2)").arg(m_sentRequest.name).arg(nextTry),
                   false);
    });
    connect(job, &ApiJob::finished, this, [this, job] { onCreateFinished(job); });
    setCreating(true);
    showStatus(tr("Creating token “%1”…").arg(m_sentRequest.name), false);
    updateForm();
}

void CreateTokenDialog::reject()
{
    if (m_createJob) {
        m_createJob->cancel(); // finishes at once, as Cancelled
        return;
    }
    QDialog::reject();
}

void CreateTokenDialog::onCreateFinished(TokenJob* job)
{
    job->deleteLater();
    m_createJob = nullptr;
    setCreating(false);
    if (job->isSuccess()) {
        m_created = job->result();
        showStatus(tr("Created token “%1”.").arg(m_created.name), false);
        emit tokenCreated(m_created);
        accept();
        return;
    }
    const ApiError& error = job->error();
    if (error.kind == ApiError::Kind::Cancelled) {
        showStatus(
            tr("Stopped waiting for the server. The token may have been created anyway: check the token "
               "list before creating it again. Press Cancel again to close."),
            true);
        updateForm();
        return;
    }
    showStatus(error.userMessage() + QLatin1Char(' ') + tr("Nothing you entered was lost."), true);
    flagServerProblem(error);
    updateForm();
}

void CreateTokenDialog::flagServerProblem(const ApiError& error)
{
    const Field field = TokenFormRules::fieldOf(error);
    const QString said = error.detail.isEmpty() ? error.title : error.detail;
    switch (field) {
    case Field::None:
        return;
    case Field::Name:
        if (error.cause() == ApiError::Cause::Duplicate && !m_existingNames.contains(m_sentRequest.name))
            m_existingNames << m_sentRequest.name; // the live rule now says so, until the name changes
        else
            m_serverProblems.insert(field, tr("The server refused the name: %1").arg(said));
        m_nameTouched = true;
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        return;
    case Field::Expiry:
        if (!m_sentRequest.isLegacy()) {
            // The account still issues expiring tokens: offer the longest date for the user to confirm.
            m_updating = true;
            m_ui->expiryChooser->setLatestExpiry();
            m_updating = false;
            m_serverProblems.insert(field,
                                    tr("This account issues expiring (legacy) tokens, so the token needs an "
                                       "expiry date. The latest allowed date is chosen; change it if you "
                                       "like and press Create again."));
        } else {
            m_serverProblems.insert(field, tr("The server refused the expiry: %1").arg(said));
        }
        m_ui->expiryChooser->dateEdit()->setFocus();
        return;
    case Field::Networks:
        m_serverProblems.insert(field, tr("The server refused the networks: %1").arg(said));
        m_ui->stagingCheck->setFocus();
        return;
    case Field::EdgeWorkerIds:
        m_serverProblems.insert(field, tr("The server refused the EdgeWorker IDs: %1").arg(said));
        m_ui->edgeWorkerIds->input()->setFocus();
        return;
    case Field::Namespaces:
        m_serverProblems.insert(field, tr("The server refused the namespaces: %1").arg(said));
        return;
    }
}

QLineEdit* CreateTokenDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QLabel* CreateTokenDialog::nameMessage() const
{
    return m_ui->nameMessage;
}

QCheckBox* CreateTokenDialog::stagingBox() const
{
    return m_ui->stagingCheck;
}

QCheckBox* CreateTokenDialog::productionBox() const
{
    return m_ui->productionCheck;
}

QLabel* CreateTokenDialog::networksMessage() const
{
    return m_ui->networksMessage;
}

ExpiryChooser* CreateTokenDialog::expiryChooser() const
{
    return m_ui->expiryChooser;
}

EdgeWorkerIdList* CreateTokenDialog::edgeWorkerIdList() const
{
    return m_ui->edgeWorkerIds;
}

NamespacePermissionGrid* CreateTokenDialog::namespaceGrid() const
{
    return m_ui->namespaceGrid;
}

QLineEdit* CreateTokenDialog::cpcodeField() const
{
    return m_ui->cpcodeEdit;
}

QLabel* CreateTokenDialog::summaryLabel() const
{
    return m_ui->summaryLabel;
}

QAbstractButton* CreateTokenDialog::requestToggle() const
{
    return m_ui->requestToggle;
}

QPlainTextEdit* CreateTokenDialog::requestPreview() const
{
    return m_ui->requestPreview;
}

QLabel* CreateTokenDialog::statusLabel() const
{
    return m_ui->statusLabel;
}

QLabel* CreateTokenDialog::renewLabel() const
{
    return m_ui->renewLabel;
}

QProgressBar* CreateTokenDialog::busyIndicator() const
{
    return m_ui->busyBar;
}

QCheckBox* CreateTokenDialog::exportAfterCheck() const
{
    return m_ui->exportAfterCheck;
}

QPushButton* CreateTokenDialog::createButton() const
{
    return m_createButton;
}

QPushButton* CreateTokenDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

} // namespace edgekv
