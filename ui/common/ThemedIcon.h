#pragma once

#include <QIcon>
#include <QStyle>

class QAbstractButton;
class QToolButton;
class QWidget;

namespace repdesk {

// Freedesktop theme icons with a fallback: the style's built-in pixmap when
// one fits, else text. Offscreen, Windows and macOS have no icon theme, so
// every icon-only button must stay usable without one.
class ThemedIcon
{
public:
    // The theme icon, else the style's standard pixmap.
    static QIcon get(const QString &themeName, QStyle::StandardPixmap fallback, const QWidget *widget);
    // The theme icon or a null icon.
    static QIcon get(const QString &themeName);

    // Icon-only when the icon exists, text-only otherwise; the text always
    // serves as tooltip.
    static void apply(QToolButton *button, const QIcon &icon, const QString &text);
};

} // namespace repdesk
