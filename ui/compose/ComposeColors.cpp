#include "compose/ComposeColors.h"

namespace repdesk {

QColor ComposeColors::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(a.redF() * k + b.redF() * amountOfB, a.greenF() * k + b.greenF() * amountOfB,
                            a.blueF() * k + b.blueF() * amountOfB);
}

bool ComposeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ComposeColors::error(const QPalette &palette)
{
    // Both pass WCAG AA contrast on the Fusion light and the app's dark window colours.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QPalette ComposeColors::invalidField(const QPalette &palette)
{
    QPalette p = palette;
    p.setColor(QPalette::Base, mix(p.color(QPalette::Base), error(p), 0.18));
    return p;
}

QPalette ComposeColors::errorText(const QPalette &palette)
{
    QPalette p = palette;
    p.setColor(QPalette::WindowText, error(p));
    return p;
}

} // namespace repdesk
