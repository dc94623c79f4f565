#include "common/UserPrompts.h"

#include <QPushButton>

namespace edgekv {

namespace {

struct PendingAnswers
{
    std::optional<QString> path;
    std::optional<QMessageBox::StandardButton> answer;
    QString lastQuestion;
};

PendingAnswers& pending()
{
    static PendingAnswers answers;
    return answers;
}

} // namespace

std::optional<QString> UserPrompts::takeNextPath()
{
    auto path = pending().path;
    pending().path.reset();
    return path;
}

QString UserPrompts::existingDirectory(QWidget* parent, const QString& caption, const QString& startDir)
{
    if (auto path = takeNextPath())
        return *path;
    return QFileDialog::getExistingDirectory(parent, caption, startDir, QFileDialog::ShowDirsOnly);
}

QString UserPrompts::openFileName(QWidget* parent, const QString& caption, const QString& startDir,
                                  const QString& filter)
{
    if (auto path = takeNextPath())
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, startDir, filter);
}

QString UserPrompts::saveFileName(QWidget* parent, const QString& caption, const QString& startDir,
                                  const QString& filter)
{
    if (auto path = takeNextPath())
        return *path;
    return QFileDialog::getSaveFileName(parent, caption, startDir, filter);
}

QMessageBox::StandardButton UserPrompts::question(QWidget* parent, const QString& title, const QString& text,
                                                  QMessageBox::StandardButtons buttons, bool destructive)
{
    pending().lastQuestion = text;
    if (auto answer = pending().answer) {
        pending().answer.reset();
        return *answer;
    }
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text, buttons, parent);
    const auto safe = buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::No;
    if (destructive && buttons.testFlag(safe))
        box.setDefaultButton(safe);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void UserPrompts::setNextPath(const QString& path)
{
    pending().path = path;
}

void UserPrompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    pending().answer = answer;
}

bool UserPrompts::hasPendingAnswers()
{
    return pending().path.has_value() || pending().answer.has_value();
}

void UserPrompts::clearPendingAnswers()
{
    pending().path.reset();
    pending().answer.reset();
}

QString UserPrompts::lastQuestionText()
{
    return pending().lastQuestion;
}

} // namespace edgekv
