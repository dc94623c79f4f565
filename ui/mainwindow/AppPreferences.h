#pragma once

#include "tokens/TokenStatus.h"

class QSettings;

namespace edgekv {

// What the user sets in Preferences, kept in the settings file under "preferences/".
struct AppPreferences
{
    static constexpr int DefaultAutoRefreshMinutes = 15;
    static constexpr int MaxAutoRefreshMinutes = 24 * 60;
    static constexpr int MaxThresholdDays = 180; // legacy tokens live at most six months

    int autoRefreshMinutes = DefaultAutoRefreshMinutes; // 0: only on F5
    ExpiryThresholds thresholds;
    bool notificationsEnabled = false; // desktop notifications when a token crosses a threshold

    // Out-of-range values are clamped; a warning threshold below the critical one is raised to it.
    static AppPreferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    AppPreferences normalized() const;

    bool operator==(const AppPreferences& other) const;
    bool operator!=(const AppPreferences& other) const { return !(*this == other); }
};

} // namespace edgekv
