#pragma once

#include <QColor>
#include <QPalette>

namespace repdesk {

// Colours of the compose and drafts widgets, derived from the palette so they
// stay readable in light and dark themes (the same approach as ErrorBanner).
class ComposeColors
{
public:
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);
    static bool isDark(const QPalette &palette);
    // Text of inline validation messages and failed rows.
    static QColor error(const QPalette &palette);
    // A palette whose Base is tinted towards the error colour, for a field with a problem.
    static QPalette invalidField(const QPalette &palette);
    // A palette whose WindowText is the error colour, for message labels.
    static QPalette errorText(const QPalette &palette);
};

} // namespace repdesk
