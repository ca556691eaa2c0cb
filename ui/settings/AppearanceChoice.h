#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace repdesk {

// Light or dark: the system's palette, unless Settings > General > Appearance chose one
// (SettingsKeys::appearance()). Applied at start, before any window, and again as soon as the
// setting changes: every widget, chart and web view follows the application's palette
// (ThemeColors, WebPalette), so no restart is needed. Qt 6.4 on Linux gives a dark palette only
// through a desktop's platform theme; this is how anyone else gets one.
class AppearanceChoice
{
public:
    // (code, name): "" for the system's, "light", "dark".
    static QList<QPair<QString, QString>> choices();
    // The code saved in the settings ("" when absent or unknown).
    static QString chosen();
    // Sets the application's palette for `code`. The system's is the palette the application
    // had before the first call, so going back to it after "dark" needs no restart either; it is
    // never set while nothing else was.
    static void apply(const QString &code);
};

} // namespace repdesk
