#include "common/ThemeColors.h"

#include <QWidget>

namespace repdesk {

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool ThemeColors::isDark(const QWidget *widget)
{
    return widget && isDark(widget->palette());
}

QColor ThemeColors::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(a.redF() * k + b.redF() * amountOfB, a.greenF() * k + b.greenF() * amountOfB,
                            a.blueF() * k + b.blueF() * amountOfB);
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor ThemeColors::sentiment(int sentiment, const QPalette &palette)
{
    if (sentiment > 0)
        return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    if (sentiment < 0)
        return errorText(palette);
    return palette.color(QPalette::WindowText);
}

QColor ThemeColors::muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3);
}

QPalette ThemeColors::withTextColor(const QPalette &palette, const QColor &color)
{
    QPalette p = palette;
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    return p;
}

void ThemeColors::setTextColor(QWidget *widget, const QColor &color)
{
    widget->setPalette(withTextColor(widget->palette(), color));
}

QPalette ThemeColors::invalidField(const QPalette &palette)
{
    QPalette p = palette;
    p.setColor(QPalette::Base, mix(p.color(QPalette::Base), errorText(p), 0.18));
    return p;
}

} // namespace repdesk
