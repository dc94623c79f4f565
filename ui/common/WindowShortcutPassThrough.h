#pragma once

#include <QObject>

class QWidget;

namespace edgekv {

// Lets the window's Ctrl+letter shortcuts through a text field. On X11 a line edit reads some of them as
// editing keys (Ctrl+E: end of line, Ctrl+K: delete to the end, ...), so Export (Ctrl+E) would do nothing
// while the search box has focus. Clipboard, undo and select-all keys (Ctrl+A, C, V, X, Y, Z) stay with
// the field, as do keys without Ctrl (Delete deletes text, it does not revoke).
class WindowShortcutPassThrough : public QObject
{
    Q_OBJECT

public:
    // Installs itself on field; the window's actions (and its menus') are looked up when a key is pressed.
    static void install(QWidget* field, QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowShortcutPassThrough(QWidget* field, QWidget* window);
    bool isWindowShortcut(const QKeySequence& sequence) const;

    QWidget* m_window;
};

} // namespace edgekv
