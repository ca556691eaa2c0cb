#pragma once

#include "settings/ShortcutInfo.h"

#include <QList>

#include <functional>

class QMenu;

namespace repdesk {

class FolderListModel;

// The single list of inbox shortcuts: Help > Keyboard shortcuts shows exactly
// what the window installs.
class InboxShortcuts
{
public:
    static QList<ShortcutInfo> all();
    // Ctrl+Shift+1..9 -> folder rows; the menu shows the folders' current names.
    // `folders` is asked each time the menu opens: the open organization's folders change with it.
    static void addFolderActions(QMenu *menu, std::function<FolderListModel *()> folders,
                                 std::function<void(int row)> select);
};

} // namespace repdesk
