#pragma once

#include "tokens/TokenStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace edgekv {

// How a TokenStatus::Kind looks: an icon whose shape differs per kind (never colour alone) and a text
// colour that reads on the palette's base colour, light or dark.
class StatusStyle
{
public:
    // ":/icons/status/expired.svg", ...
    static QString iconPath(TokenStatus::Kind kind);
    static QIcon icon(TokenStatus::Kind kind);
    // The status text colour for kind on palette (its Base colour decides light or dark).
    static QColor textColor(TokenStatus::Kind kind, const QPalette& palette);
    // Text dimmed towards the background (expired rows, secondary text), still readable: background is
    // Base for views, Window for labels.
    static QColor dimmedColor(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);
    static bool isDark(const QPalette& palette);
    // The application icon.
    static QIcon appIcon();
};

} // namespace edgekv
