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
    static void addFolderActions(QMenu *menu, FolderListModel *folders, std::function<void(int row)> select);
};

} // namespace repdesk
