#pragma once

#include <QLayout>
#include <QWidget>

namespace edgekv {

// Grows window (never shrinks it) until its layout fits at the current width. Word-wrapped labels that
// appear later (field messages, a banner, a status line) would otherwise squeeze the fields: a top-level
// layout sets the window's minimum size without taking height-for-width into account.
inline void growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    int needed = layout->totalMinimumSize().height();
    if (layout->hasHeightForWidth())
        needed = qMax(needed, layout->totalHeightForWidth(window->width()));
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace edgekv
