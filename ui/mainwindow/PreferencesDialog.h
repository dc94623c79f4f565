#pragma once

#include "mainwindow/AppPreferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace edgekv {

// Auto-refresh interval, the critical and warning thresholds, and desktop notifications on or off.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppPreferences& preferences, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // What the form shows, normalized (the warning threshold is never below the critical one).
    AppPreferences preferences() const;
    void setPreferences(const AppPreferences& preferences);

private:
    void updateNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace edgekv
