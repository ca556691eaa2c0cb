#pragma once

#include "settings/ShortcutInfo.h"

#include <QList>

namespace repdesk {

// The single list of the dashboards' keys: Help > Keyboard shortcuts shows
// exactly what the dashboards workspace handles (its own keys, and those of
// the chart panels and tables it is made of).
class DashboardShortcuts
{
public:
    static QList<ShortcutInfo> all();
};

} // namespace repdesk
