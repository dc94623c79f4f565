#include "mainwindow/TokenDetailsPanel.h"

#include "mainwindow/StatusStyle.h"
#include "tokens/TokenFormatter.h"
#include "ui_TokenDetailsPanel.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QStyle>

namespace edgekv {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString permissionWords(const QString& letters)
{
    QStringList words;
    if (letters.contains(QLatin1Char('r')))
        words << TokenDetailsPanel::tr("read");
    if (letters.contains(QLatin1Char('w')))
        words << TokenDetailsPanel::tr("write");
    if (letters.contains(QLatin1Char('d')))
        words << TokenDetailsPanel::tr("delete");
    return words.isEmpty() ? TokenDetailsPanel::tr("no access") : words.join(QStringLiteral(", "));
}

QString activationText(Token::ActivationStatus status)
{
    switch (status) {
    case Token::ActivationStatus::InProgress:
        return TokenDetailsPanel::tr("In progress");
    case Token::ActivationStatus::Complete:
        return TokenDetailsPanel::tr("Complete");
    case Token::ActivationStatus::Error:
        return TokenDetailsPanel::tr("Failed");
    case Token::ActivationStatus::Unknown:
        break;
    }
    return TokenDetailsPanel::tr("Not reported");
}

} // namespace

TokenDetailsPanel::TokenDetailsPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TokenDetailsPanel>())
{
    m_ui->setupUi(this);
    const QIcon copyIcon =
        QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/actions/copy.svg")));
    for (QToolButton* button : {m_ui->copyNameButton, m_ui->copyUuidButton, m_ui->copyValueButton}) {
        button->setIcon(copyIcon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    // Icon only: the value row must fit a narrow panel.
    m_ui->copyValueButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->valueEdit->setMinimumWidth(60);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    QFont statusFont = m_ui->statusLabel->font();
    statusFont.setBold(true);
    m_ui->statusLabel->setFont(statusFont);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->statusIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.9);
    m_ui->uuidValue->setFont(mono);

    connect(m_ui->copyNameButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_token.name, tr("Name")); });
    connect(m_ui->copyUuidButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_token.uuid, tr("UUID")); });
    connect(m_ui->copyValueButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_token.value, tr("Token value")); });
    connect(m_ui->revealButton, &QToolButton::toggled, this, &TokenDetailsPanel::setValueRevealed);
    connect(m_ui->refreshNowButton, &QPushButton::clicked, this,
            [this] { emit refreshNowRequested(m_token.name); });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] { emit revokeRequested(m_token.name); });
    connect(m_ui->renewButton, &QPushButton::clicked, this, [this] { emit renewRequested(m_token); });
    clear();
}

TokenDetailsPanel::~TokenDetailsPanel() = default;

void TokenDetailsPanel::showToken(const Token& token, const TokenStatus& status,
                                  TokenTableModel::DetailsState state, const QString& detailsError)
{
    const bool sameToken = m_hasToken && token.name == m_token.name && token.uuid == m_token.uuid;
    if (!sameToken) {
        setValueRevealed(false);
        m_ui->busyLabel->clear();
    }
    m_token = token;
    m_status = status;
    m_detailsState = state;
    m_hasToken = true;
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    updateHeader();

    using State = TokenTableModel::DetailsState;
    QString note;
    if (!token.hasDetails) {
        if (state == State::Pending)
            note = tr("Loading the namespaces, networks and EdgeWorker IDs\u2026");
        else if (state == State::Expired)
            note = tr("EdgeKV no longer reports the namespaces and networks of this expired token.");
        else
            note =
                detailsError.isEmpty() ? tr("The details of this token could not be loaded.") : detailsError;
    }
    m_ui->noteLabel->setText(note);
    m_ui->noteLabel->setVisible(!note.isEmpty());

    const bool enhanced = !token.isLegacy();
    const QString unknown = token.hasDetails          ? tr("Not reported")
                            : state == State::Pending ? QStringLiteral("\u2026")
                                                      : tr("Not available");
    setRow(m_ui->nameValue, token.name);
    setRow(m_ui->uuidValue, token.uuid.isEmpty() ? tr("Not reported") : token.uuid);
    m_ui->copyUuidButton->setEnabled(!token.uuid.isEmpty());
    setRow(m_ui->modelValue, enhanced ? tr("Enhanced (auto-refresh)") : tr("Legacy (expires)"));
    m_ui->modelValue->setToolTip(enhanced ? tr("Refreshed automatically; bundles reference it by its UUID.")
                                          : tr("A signed value that stops working on its expiry date."));
    if (token.expiresNever()) {
        setRow(m_ui->expiresValue, tr("Never"));
    } else if (token.expiry.isValid()) {
        setRow(m_ui->expiresValue,
               tr("%1 (%2)").arg(isoDate(token.expiry), TokenFormatter::relativeDays(status.daysLeft())));
    } else {
        setRow(m_ui->expiresValue, tr("Not reported"));
    }
    setRow(m_ui->issuedValue, token.issueDate.isValid() ? isoDate(token.issueDate) : tr("Not reported"));
    setRow(m_ui->latestRefreshValue,
           token.latestRefreshDate.isValid() ? isoDate(token.latestRefreshDate) : tr("Not yet"), enhanced);
    setRow(m_ui->nextRefreshValue,
           token.nextScheduledRefreshDate.isValid() ? isoDate(token.nextScheduledRefreshDate)
                                                    : tr("Not reported"),
           enhanced);
    setRow(m_ui->activationValue, activationText(token.activationStatus), enhanced);

    QStringList networks;
    if (token.allowOnStaging)
        networks << tr("Staging");
    if (token.allowOnProduction)
        networks << tr("Production");
    setRow(m_ui->networksValue, !token.hasDetails    ? unknown
                                : networks.isEmpty() ? tr("None")
                                                     : networks.join(tr(", ")));

    QStringList namespaces;
    for (auto it = token.namespacePermissions.cbegin(); it != token.namespacePermissions.cend(); ++it)
        namespaces << tr("%1: %2").arg(it.key(), permissionWords(it.value()));
    setRow(m_ui->namespacesValue, !token.hasDetails      ? unknown
                                  : namespaces.isEmpty() ? tr("None")
                                                         : namespaces.join(QLatin1Char('\n')));
    setRow(m_ui->edgeWorkersValue, !token.hasDetails ? unknown
                                   : token.restrictToEdgeWorkerIds.isEmpty()
                                       ? tr("All EdgeWorkers")
                                       : token.restrictToEdgeWorkerIds.join(tr(", ")));
    setRow(m_ui->cpcodeValue, token.cpcode.isEmpty() ? unknown : token.cpcode);

    const bool hasValue = !token.value.isEmpty();
    m_ui->valueEdit->setText(hasValue ? token.value : QString());
    m_ui->valueEdit->setPlaceholderText(token.hasDetails ? tr("Not reported") : tr("Not loaded"));
    m_ui->revealButton->setEnabled(hasValue);
    m_ui->copyValueButton->setEnabled(hasValue);
    setRow(m_ui->valueEdit, QString(), !enhanced);
    updateActions();
}

void TokenDetailsPanel::clear()
{
    m_hasToken = false;
    m_token = Token();
    m_status = TokenStatus();
    setValueRevealed(false);
    m_ui->valueEdit->clear();
    m_ui->busyLabel->clear();
    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
}

void TokenDetailsPanel::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_ui->busyLabel->setText(text);
    updateActions();
}

void TokenDetailsPanel::showMessage(const QString& text)
{
    m_ui->busyLabel->setText(text);
}

void TokenDetailsPanel::setRenewAvailable(bool available)
{
    m_renewAvailable = available;
    updateActions();
}

bool TokenDetailsPanel::isValueRevealed() const
{
    return m_ui->valueEdit->echoMode() == QLineEdit::Normal;
}

QString TokenDetailsPanel::fieldText(const QString& field) const
{
    if (field == QLatin1String("title"))
        return m_ui->titleLabel->text();
    if (field == QLatin1String("status"))
        return m_ui->statusLabel->text();
    if (field == QLatin1String("note"))
        return m_ui->noteLabel->text();
    if (field == QLatin1String("message"))
        return m_ui->busyLabel->text();
    if (field == QLatin1String("value"))
        return m_ui->valueEdit->displayText();
    if (const auto* label = findChild<QLabel*>(field + QStringLiteral("Value")))
        return label->text();
    return {};
}

bool TokenDetailsPanel::isFieldVisible(const QString& field) const
{
    QWidget* widget = field == QLatin1String("value") ? static_cast<QWidget*>(m_ui->valueEdit)
                                                      : findChild<QLabel*>(field + QStringLiteral("Value"));
    return widget && m_hasToken && widget->isVisibleTo(m_ui->detailsContents);
}

QWidget* TokenDetailsPanel::actionButton(const QString& name) const
{
    return findChild<QWidget*>(name + QStringLiteral("Button"));
}

void TokenDetailsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasToken)
        updateHeader();
}

void TokenDetailsPanel::setRow(QWidget* value, const QString& text, bool visible)
{
    if (auto* label = qobject_cast<QLabel*>(value))
        label->setText(text);
    int row = -1;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(value, &row, &role);
    if (row < 0) {
        // A value inside a row layout (with its copy button).
        for (int i = 0; i < m_ui->form->rowCount() && row < 0; ++i) {
            QLayoutItem* item = m_ui->form->itemAt(i, QFormLayout::FieldRole);
            if (item && item->layout() && item->layout()->indexOf(value) >= 0)
                row = i;
        }
    }
    if (row >= 0)
        m_ui->form->setRowVisible(row, visible);
}

void TokenDetailsPanel::updateHeader()
{
    const TokenStatus::Kind kind = m_status.kind();
    m_ui->statusIcon->setPixmap(StatusStyle::icon(kind).pixmap(32, 32));
    m_ui->titleLabel->setText(m_token.name);
    m_ui->statusLabel->setText(m_status.text());
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, StatusStyle::textColor(kind, this->palette()));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusHint->setText(m_status.toolTip());
    m_ui->statusHint->setVisible(!m_status.toolTip().isEmpty());
}

void TokenDetailsPanel::updateActions()
{
    const bool enhanced = m_hasToken && !m_token.isLegacy();
    m_ui->refreshNowButton->setVisible(enhanced);
    m_ui->refreshNowButton->setEnabled(!m_busy);
    m_ui->renewButton->setVisible(m_hasToken && m_token.isLegacy() && m_renewAvailable);
    m_ui->renewButton->setEnabled(!m_busy);
    m_ui->revokeButton->setEnabled(m_hasToken && !m_busy);
}

void TokenDetailsPanel::copyToClipboard(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("%1 copied to the clipboard.").arg(what));
}

void TokenDetailsPanel::setValueRevealed(bool revealed)
{
    m_ui->valueEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->revealButton->setText(revealed ? tr("Hide") : tr("Reveal"));
    if (m_ui->revealButton->isChecked() != revealed) {
        const QSignalBlocker blocker(m_ui->revealButton);
        m_ui->revealButton->setChecked(revealed);
    }
}

} // namespace edgekv
