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

QColor ThemeColors::faded(const QColor &rowText)
{
    QColor c = rowText;
    c.setAlphaF(0.65f);
    return c;
}

QColor ThemeColors::errorAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

QColor ThemeColors::warningAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
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

QPalette ThemeColors::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x21), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x48));
    return p;
}

} // namespace repdesk
