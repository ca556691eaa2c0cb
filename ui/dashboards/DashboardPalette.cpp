#include "dashboards/DashboardPalette.h"

#include "common/ChartTheme.h"

#include <QPalette>
#include <QWidget>

namespace repdesk {

QColor DashboardPalette::sentiment(int sentiment, const QPalette &palette)
{
    const bool dark = ChartTheme::isDark(palette);
    // Contrast of at least 4.5:1 on the window colour of common light and dark themes.
    if (sentiment > 0)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    if (sentiment < 0)
        return error(palette);
    return palette.color(QPalette::WindowText);
}

QColor DashboardPalette::error(const QPalette &palette)
{
    return ChartTheme::isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QColor DashboardPalette::muted(const QPalette &palette)
{
    // 30% of the way to the background keeps secondary text readable (not PlaceholderText,
    // which some styles make too faint for anything but hints).
    return ChartTheme::mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3);
}

void DashboardPalette::setTextColor(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

} // namespace repdesk
