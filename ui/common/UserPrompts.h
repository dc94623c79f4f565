#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

#include <optional>

namespace edgekv {

// Every file chooser and yes/no question of the GUI goes through here, so widget tests can
// click through dialogs that would otherwise block on a native chooser (KeePassXC's test hooks).
// A queued answer is used once, by the next prompt of that kind.
class UserPrompts
{
public:
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& startDir);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& startDir,
                                const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& startDir,
                                const QString& filter);
    // A modal question; `destructive` puts the focus on the safe answer (No/Cancel).
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                bool destructive = false);

    // Test hooks. An empty path means "the user cancelled the chooser".
    static void setNextPath(const QString& path);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasPendingAnswers();
    static void clearPendingAnswers();
    // The text of the last question asked (to check what the user was told).
    static QString lastQuestionText();

private:
    static std::optional<QString> takeNextPath();
};

} // namespace edgekv
