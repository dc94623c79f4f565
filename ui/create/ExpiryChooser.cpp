#include "create/ExpiryChooser.h"

#include "create/FormStyle.h"
#include "tokens/TokenFormatter.h"
#include "ui_ExpiryChooser.h"
#include "validation/TokenFormRules.h"

#include <QButtonGroup>
#include <QDateTime>

namespace edgekv {

ExpiryChooser::ExpiryChooser(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ExpiryChooser>())
{
    m_ui->setupUi(this);
    auto* group = new QButtonGroup(this);
    group->addButton(m_ui->noExpiryRadio);
    group->addButton(m_ui->dateRadio);
    m_ui->noExpiryRadio->setToolTip(
        tr("Akamai's default since September 2024. The API does not say which kind of token an account "
           "issues, so the form assumes this one; an account that still needs an expiry date says so when "
           "you create the token."));
    m_ui->dateRadio->setToolTip(tr("Sends an expiry date, which creates a legacy token that stops working on "
                                   "that day. Only for accounts that still issue expiring tokens."));
    FormStyle::markProblem(m_ui->problemLabel);
    m_ui->problemLabel->hide();

    connect(m_ui->noExpiryRadio, &QRadioButton::toggled, this, [this] {
        updateExplanation();
        emit changed();
    });
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDefault) {
            m_dateChosen = true;
            // Picking a date means choosing to expire; the radio button follows (and emits changed()).
            if (!isExpiring()) {
                m_ui->dateRadio->setChecked(true);
                return;
            }
        }
        updateExplanation();
        if (isExpiring())
            emit changed();
    });
    const std::pair<QToolButton*, int> presets[] = {
        {m_ui->preset30Button, 30}, {m_ui->preset90Button, 90}, {m_ui->preset180Button, 180}};
    for (const auto& [button, days] : presets) {
        button->setToolTip(tr("Expires %1 days from today (UTC).").arg(days));
        connect(button, &QToolButton::clicked, this, [this, days = days] { applyPreset(days); });
    }
    setToday(QDateTime::currentDateTimeUtc().date());
}

ExpiryChooser::~ExpiryChooser() = default;

void ExpiryChooser::setToday(const QDate& todayUtc)
{
    m_today = todayUtc;
    // A date the user chose is kept (within the new range); otherwise the date offered is 90 days ahead.
    m_settingDefault = true;
    m_ui->dateEdit->setDateRange(TokenFormRules::earliestExpiry(todayUtc),
                                 TokenFormRules::latestExpiry(todayUtc));
    if (!m_dateChosen)
        m_ui->dateEdit->setDate(todayUtc.addDays(DefaultDays));
    m_settingDefault = false;
    updateExplanation();
}

QDate ExpiryChooser::expiry() const
{
    return isExpiring() ? m_ui->dateEdit->date() : QDate();
}

bool ExpiryChooser::isExpiring() const
{
    return m_ui->dateRadio->isChecked();
}

void ExpiryChooser::setNoExpiry()
{
    m_ui->noExpiryRadio->setChecked(true);
}

void ExpiryChooser::setExpiry(const QDate& date)
{
    m_ui->dateEdit->setDate(date); // QDateEdit clamps to its range
    m_dateChosen = true;
    m_ui->dateRadio->setChecked(true);
    updateExplanation();
}

void ExpiryChooser::setLatestExpiry()
{
    setExpiry(TokenFormRules::latestExpiry(m_today));
}

void ExpiryChooser::applyPreset(int days)
{
    setExpiry(m_today.addDays(days));
}

void ExpiryChooser::setProblem(const QString& message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

QRadioButton* ExpiryChooser::noExpiryButton() const
{
    return m_ui->noExpiryRadio;
}

QRadioButton* ExpiryChooser::dateButton() const
{
    return m_ui->dateRadio;
}

QDateEdit* ExpiryChooser::dateEdit() const
{
    return m_ui->dateEdit;
}

QAbstractButton* ExpiryChooser::presetButton(int days) const
{
    switch (days) {
    case 30:
        return m_ui->preset30Button;
    case 90:
        return m_ui->preset90Button;
    case 180:
        return m_ui->preset180Button;
    default:
        return nullptr;
    }
}

QLabel* ExpiryChooser::explanationLabel() const
{
    return m_ui->explanationLabel;
}

void ExpiryChooser::updateExplanation()
{
    if (!isExpiring()) {
        m_ui->explanationLabel->setText(tr(
            "An <b>enhanced token</b>: Akamai refreshes it automatically and it never expires. The bundle's "
            "edgekv_tokens.js gets a reference to it that never needs replacing; the bundle needs edgekv.js "
            "0.6.2 or later. Akamai issues these since September 2024; an account that still needs an expiry "
            "date says so when you create, and the form then asks for one."));
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    m_ui->explanationLabel->setText(
        tr("A <b>legacy token</b>, for accounts that still issue expiring tokens: edgekv_tokens.js gets its "
           "JWT value, which stops working on %1 (%2). EdgeWorkers then get 401 errors from EdgeKV "
           "until the bundle carries a new token.")
            .arg(date.toString(Qt::ISODate), TokenFormatter::relativeDays(int(m_today.daysTo(date)))));
}

} // namespace edgekv
