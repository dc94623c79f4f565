#include "common/WindowShortcutPassThrough.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace edgekv {

void WindowShortcutPassThrough::install(QWidget* field, QWidget* window)
{
    field->installEventFilter(new WindowShortcutPassThrough(field, window));
}

WindowShortcutPassThrough::WindowShortcutPassThrough(QWidget* field, QWidget* window)
    : QObject(field), m_window(window)
{}

bool WindowShortcutPassThrough::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool ctrlLetter =
        (modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) &&
        key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z;
    static const QList<int> editingLetters{Qt::Key_A, Qt::Key_C, Qt::Key_V, Qt::Key_X, Qt::Key_Y, Qt::Key_Z};
    if (!ctrlLetter || editingLetters.contains(key->key()) ||
        !isWindowShortcut(QKeySequence(key->keyCombination())))
        return QObject::eventFilter(watched, event);
    // Not accepting the override hands the key to the shortcut map, which triggers the action.
    event->ignore();
    return true;
}

bool WindowShortcutPassThrough::isWindowShortcut(const QKeySequence& sequence) const
{
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        // Only a shortcut that will fire: one of the whole window, on an action that is in a menu or a
        // widget.
        const bool windowWide = action->shortcutContext() == Qt::WindowShortcut ||
                                action->shortcutContext() == Qt::ApplicationShortcut;
        if (action->isEnabled() && windowWide && !action->associatedObjects().isEmpty() &&
            action->shortcuts().contains(sequence))
            return true;
    }
    return false;
}

} // namespace edgekv
