#include "mainwindow/StatusStyle.h"

#include <QHash>

namespace edgekv {

namespace {

struct Colors
{
    QRgb light; // on a light base: dark enough for 4.5:1 contrast on white
    QRgb dark;  // on a dark base
};

Colors colorsFor(TokenStatus::Kind kind)
{
    using Kind = TokenStatus::Kind;
    switch (kind) {
    case Kind::Expired:
        return {0xb71c1c, 0xff8a80};
    case Kind::ActivationError:
        return {0xb71c1c, 0xff8a80};
    case Kind::ExpiresToday:
        return {0xbf360c, 0xffab91};
    case Kind::ExpiresSoon:
        return {0xa84300, 0xffb74d};
    case Kind::ExpiresLater:
        return {0x7a5c00, 0xffd54f};
    case Kind::Activating:
        return {0x5e35b1, 0xc5b3f6};
    case Kind::Valid:
        return {0x1b5e20, 0xa5d6a7};
    case Kind::AutoRefresh:
        return {0x0d47a1, 0x90caf9};
    }
    return {0x000000, 0xffffff};
}

} // namespace

QString StatusStyle::iconPath(TokenStatus::Kind kind)
{
    using Kind = TokenStatus::Kind;
    const char* name = "valid";
    switch (kind) {
    case Kind::Expired:
        name = "expired";
        break;
    case Kind::ActivationError:
        name = "activation-error";
        break;
    case Kind::ExpiresToday:
        name = "expires-today";
        break;
    case Kind::ExpiresSoon:
        name = "critical";
        break;
    case Kind::ExpiresLater:
        name = "warning";
        break;
    case Kind::Activating:
        name = "activating";
        break;
    case Kind::Valid:
        name = "valid";
        break;
    case Kind::AutoRefresh:
        name = "auto-refresh";
        break;
    }
    return QStringLiteral(":/icons/status/%1.svg").arg(QLatin1String(name));
}

QIcon StatusStyle::icon(TokenStatus::Kind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), QIcon(iconPath(kind)));
    return *it;
}

bool StatusStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusStyle::textColor(TokenStatus::Kind kind, const QPalette& palette)
{
    const Colors colors = colorsFor(kind);
    return QColor(isDark(palette) ? colors.dark : colors.light);
}

QColor StatusStyle::dimmedColor(const QPalette& palette, QPalette::ColorRole background)
{
    // Nearly half way between text and background: visibly dimmed, still readable.
    const QColor text = palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    const QColor base = palette.color(background);
    return QColor((text.red() * 11 + base.red() * 9) / 20, (text.green() * 11 + base.green() * 9) / 20,
                  (text.blue() * 11 + base.blue() * 9) / 20);
}

QIcon StatusStyle::appIcon()
{
    return QIcon(QStringLiteral(":/icons/app/io.github.edgekv.TokenManager.svg"));
}

} // namespace edgekv
