#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace repdesk {

// The few colours the dashboards add to the palette: good and bad news on a
// KPI change, errors, and quieter secondary text. Each is picked for the
// palette's own background (light or dark), as ChartTheme and ErrorBanner do,
// so nothing is hard-wired to a light theme.
class DashboardPalette
{
public:
    // +1 good news, -1 bad news, 0 neither (the palette's text colour).
    static QColor sentiment(int sentiment, const QPalette &palette);
    static QColor error(const QPalette &palette);
    // Titles, ages and captions: the text colour pulled towards the background.
    static QColor muted(const QPalette &palette);
    // Sets the widget's WindowText (and Text) colour, keeping the rest of its palette.
    static void setTextColor(QWidget *widget, const QColor &color);
};

} // namespace repdesk
