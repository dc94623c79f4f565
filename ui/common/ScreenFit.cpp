#include "common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace edgekv {

void fitToScreen(QWidget* window)
{
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // Leave room for the window frame and title bar the window manager adds.
    const QSize available = screen->availableGeometry().size() - QSize(16, 48);
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    window->resize(window->size().boundedTo(available).expandedTo(minimum));
}

} // namespace edgekv
