#pragma once

#include <QColor>

class QPalette;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace repdesk {

// Colours a Qt Charts QChart from the widget palette, the way ErrorBanner tints itself: every
// surface and text colour is the palette's own or a mix of two of its colours, so charts follow
// light and dark themes (and high-contrast palettes) instead of Qt Charts' fixed themes.
// Series colours come from two hand-checked sets (Okabe-Ito based, colour-blind safe), one
// for light and one for dark backgrounds.
class ChartTheme
{
public:
    static QColor background(const QPalette &palette);
    static QColor textColor(const QPalette &palette);
    static QColor gridColor(const QPalette &palette);
    static QColor seriesColor(int index, const QPalette &palette);
    // The keyboard-highlighted point or bar: the text colour, which contrasts with every series.
    static QColor highlightColor(const QPalette &palette);

    // Background, plot area, title, legend, axes, grid, and each series' colours.
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace repdesk
