#pragma once

#include <QPoint>

class QWebEngineView;

namespace repdesk {

// The reply editor's context menu: editing actions only. WebEngine's own menu
// would offer view-source, save-page and link navigation. Paste goes through
// the page's paste handler like Ctrl+V, so it is sanitised too.
class EditorContextMenu
{
public:
    static void exec(QWebEngineView *view, const QPoint &pos);
};

} // namespace repdesk
