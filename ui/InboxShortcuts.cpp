#include "InboxShortcuts.h"

#include <QCoreApplication>

namespace repdesk {

QList<ShortcutInfo> InboxShortcuts::all()
{
    const auto t = [](const char *s) { return QCoreApplication::translate("InboxShortcuts", s); };
    return {
        {t("Up / Down, K / J"), t("Move to the previous / next conversation")},
        {t("Enter, O"), t("Open the selected conversation")},
        {t("R"), t("Reply to the selected conversation")},
        {t("Ctrl+F"), t("Search conversations by contact name or email")},
        {t("Esc (in search)"), t("Clear the search and return to the list")},
        {t("F5"), t("Refresh now")},
        {t("Ctrl+Shift+1 … 9"), t("Go to folder 1 … 9 (All, Unread, Inbox, …)")},
        {t("Ctrl+Shift+O"), t("Switch organization")},
        {t("Ctrl+,"), t("Settings")},
        {t("F1"), t("Keyboard shortcuts")},
        {t("Ctrl+Q"), t("Quit")},
    };
}

} // namespace repdesk
