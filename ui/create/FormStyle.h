#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace edgekv::FormStyle {

// The colours of the create form's messages, derived from the palette so they read on light and dark themes.
inline bool isDark(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

// A problem the user has to fix (red).
inline void markProblem(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     isDark(label) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

// A hint or explanation (dimmed).
inline void markNote(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

// A message that is a problem or a hint, depending on problem.
inline void markMessage(QLabel* label, bool problem)
{
    label->setPalette(QPalette());
    if (problem)
        markProblem(label);
    else
        markNote(label);
}

} // namespace edgekv::FormStyle
