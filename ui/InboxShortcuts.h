#pragma once

#include "settings/ShortcutInfo.h"

#include <QList>

namespace repdesk {

// The single list of inbox shortcuts: Help > Keyboard shortcuts shows exactly
// what the window installs.
class InboxShortcuts
{
public:
    static QList<ShortcutInfo> all();
};

} // namespace repdesk
