#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace repdesk {

// The one theme helper: every colour the widgets add to the palette is derived here from the
// palette's own colours, so it follows light, dark and high-contrast themes instead of being
// hard-wired to a light one. Fixed colours (error red, good-news green) come in a light and a dark
// variant, each checked for 4.5:1 contrast (WCAG AA) on the Fusion light and the app's dark window
// colour. Charts (ChartTheme), the banner (ErrorBanner), the dashboards, compose, review, the inbox
// icons and the sign-in dialog all ask here. The thread view's page colours (ui/web/ThreadPalette)
// are computed inside the WebEngine plugin, which links Qt only, from the colours this side hands it.
class ThemeColors
{
public:
    // A dark theme: the window colour is dark.
    static bool isDark(const QPalette &palette);
    // The widget's palette; false for no widget.
    static bool isDark(const QWidget *widget);
    // `a` moved `amountOfB` (0 to 1) of the way towards `b`, channel by channel.
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);

    // Text of errors: inline validation messages, failed rows and tiles, totals that disagree.
    static QColor errorText(const QPalette &palette);
    // Good news and bad news on a change (+1, -1); 0 is the palette's own text colour.
    static QColor sentiment(int sentiment, const QPalette &palette);
    // Titles, ages and captions: the text colour pulled towards the background (not
    // PlaceholderText, which some styles make too faint for anything but hints).
    static QColor muted(const QPalette &palette);
    // Secondary text of a list row, painted over whatever is under it (the base, the selection):
    // the row's own text colour at 65% opacity, so it reads on both.
    static QColor faded(const QColor &rowText);
    // Accents of a banner's stripe and tint (not text): an error and a warning.
    static QColor errorAccent(const QPalette &palette);
    static QColor warningAccent(const QPalette &palette);

    // The palette with WindowText and Text set to `color`.
    static QPalette withTextColor(const QPalette &palette, const QColor &color);
    // Sets the widget's WindowText and Text colour, keeping the rest of its palette.
    static void setTextColor(QWidget *widget, const QColor &color);
    // A palette whose Base is tinted towards the error colour, for a field with a problem.
    static QPalette invalidField(const QPalette &palette);

    // Repdesk's dark palette (Settings > General > Appearance), for platforms whose Qt offers
    // none: Qt 6.4 on Linux takes a dark palette only from a desktop's platform theme.
    static QPalette darkPalette();
};

} // namespace repdesk
