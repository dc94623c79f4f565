#pragma once

class QWidget;

namespace edgekv {

// Shrinks window (a dialog, before it is shown) to fit the available area of its screen (the parent's,
// else the primary one), so a dialog designed for 1280x800 still fits whole on an 800x600 screen. It never
// goes below the window's minimum size.
void fitToScreen(QWidget* window);

} // namespace edgekv
