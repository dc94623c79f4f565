#include "mainwindow/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include <QPushButton>
#include <QSystemTrayIcon>

namespace edgekv {

PreferencesDialog::PreferencesDialog(const AppPreferences& preferences, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->autoRefreshSpin->setMaximum(AppPreferences::MaxAutoRefreshMinutes);
    m_ui->criticalSpin->setMaximum(AppPreferences::MaxThresholdDays);
    m_ui->warningSpin->setMaximum(AppPreferences::MaxThresholdDays);
    // The warning threshold follows the critical one up, so the two never contradict each other.
    connect(m_ui->criticalSpin, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_ui->warningSpin->value() < days)
            m_ui->warningSpin->setValue(days);
    });
    connect(m_ui->warningSpin, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_ui->criticalSpin->value() > days)
            m_ui->criticalSpin->setValue(days);
    });
    connect(m_ui->notificationsCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateNote);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(AppPreferences()); });
    setPreferences(preferences);
}

PreferencesDialog::~PreferencesDialog() = default;

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences preferences;
    preferences.autoRefreshMinutes = m_ui->autoRefreshSpin->value();
    preferences.thresholds.criticalDays = m_ui->criticalSpin->value();
    preferences.thresholds.warningDays = m_ui->warningSpin->value();
    preferences.notificationsEnabled = m_ui->notificationsCheck->isChecked();
    return preferences.normalized();
}

void PreferencesDialog::setPreferences(const AppPreferences& preferences)
{
    const AppPreferences clean = preferences.normalized();
    m_ui->autoRefreshSpin->setValue(clean.autoRefreshMinutes);
    m_ui->criticalSpin->setValue(clean.thresholds.criticalDays);
    m_ui->warningSpin->setValue(clean.thresholds.warningDays);
    m_ui->notificationsCheck->setChecked(clean.notificationsEnabled);
    updateNote();
}

void PreferencesDialog::updateNote()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_ui->notificationNote->setText(tr(
            "This desktop has no system tray, so notifications cannot be shown; the summary line above the "
            "table still counts what needs attention."));
    } else {
        m_ui->notificationNote->setText(
            tr("Each token is reported once per state, e.g. once when it enters the warning window and once "
               "more when it expires."));
    }
}

} // namespace edgekv
