#include "mainwindow/AppPreferences.h"

#include <QSettings>

namespace edgekv {

namespace {

const QString autoRefreshKey = QStringLiteral("preferences/autoRefreshMinutes");
const QString criticalKey = QStringLiteral("preferences/criticalDays");
const QString warningKey = QStringLiteral("preferences/warningDays");
const QString notificationsKey = QStringLiteral("preferences/notifications");

int readInt(const QSettings& settings, const QString& key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

AppPreferences AppPreferences::load(const QSettings& settings)
{
    AppPreferences preferences;
    preferences.autoRefreshMinutes = readInt(settings, autoRefreshKey, DefaultAutoRefreshMinutes);
    preferences.thresholds.criticalDays = readInt(settings, criticalKey, ExpiryThresholds().criticalDays);
    preferences.thresholds.warningDays = readInt(settings, warningKey, ExpiryThresholds().warningDays);
    preferences.notificationsEnabled = settings.value(notificationsKey, false).toBool();
    return preferences.normalized();
}

void AppPreferences::save(QSettings& settings) const
{
    const AppPreferences clean = normalized();
    settings.setValue(autoRefreshKey, clean.autoRefreshMinutes);
    settings.setValue(criticalKey, clean.thresholds.criticalDays);
    settings.setValue(warningKey, clean.thresholds.warningDays);
    settings.setValue(notificationsKey, clean.notificationsEnabled);
}

AppPreferences AppPreferences::normalized() const
{
    AppPreferences clean = *this;
    clean.autoRefreshMinutes = qBound(0, autoRefreshMinutes, MaxAutoRefreshMinutes);
    clean.thresholds.criticalDays = qBound(0, thresholds.criticalDays, MaxThresholdDays);
    clean.thresholds.warningDays =
        qBound(clean.thresholds.criticalDays, thresholds.warningDays, MaxThresholdDays);
    return clean;
}

bool AppPreferences::operator==(const AppPreferences& other) const
{
    return autoRefreshMinutes == other.autoRefreshMinutes && thresholds == other.thresholds &&
           notificationsEnabled == other.notificationsEnabled;
}

} // namespace edgekv
