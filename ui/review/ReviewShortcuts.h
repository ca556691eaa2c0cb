#pragma once

#include "settings/ShortcutInfo.h"

#include <QList>

namespace repdesk {

// The single list of the review workspace's keys: Help > Keyboard shortcuts
// shows exactly what ReviewWorkspace and ReviewQueueView handle.
class ReviewShortcuts
{
public:
    static QList<ShortcutInfo> all();
};

} // namespace repdesk
