#pragma once

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace repdesk {

// The language Repdesk shows: the system's, unless Settings > General > Language
// chose one (SettingsKeys::language()). Read once at start, before any window:
// every string and every date or number formatted through QLocale() follows it,
// so a change applies at the next start (the Settings page says so).
class LanguageChoice
{
public:
    // The locale to use: the chosen language, or the system locale.
    static QLocale effectiveLocale();
    // The languages Repdesk ships, as (code, name in that language), after an
    // empty code for "System default".
    static QList<QPair<QString, QString>> choices();
};

} // namespace repdesk
