#pragma once

#include <QPoint>

class QWebEngineView;

namespace repdesk {

// The thread view's context menu: Copy, Copy link address, Select all. The
// stock WebEngine menu would offer navigation, "Open in new window", "Save
// page" and "Inspect", none of which may exist in a view that never navigates.
class ThreadContextMenu
{
public:
    static void exec(QWebEngineView *view, const QPoint &pos);
};

} // namespace repdesk
