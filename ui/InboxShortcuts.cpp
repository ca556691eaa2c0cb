#include "InboxShortcuts.h"

#include "FolderListModel.h"

#include <QCoreApplication>
#include <QMenu>

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
        {t("Alt+A"), t("Account menu: switch, add, sign in again, sign out or remove an account")},
        {t("F1"), t("Keyboard shortcuts")},
        {t("Alt+H, C"), t("Help > Copy diagnostics: versions, settings without secrets, recent errors, for support")},
        {t("Ctrl+Q"), t("Quit")},
    };
}

void InboxShortcuts::addFolderActions(QMenu *menu, std::function<FolderListModel *()> folders,
                                      std::function<void(int)> select)
{
    static const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                     Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
    static const Qt::Key shifted[] = {Qt::Key_Exclam, Qt::Key_At, Qt::Key_NumberSign, Qt::Key_Dollar, Qt::Key_Percent,
                                      Qt::Key_AsciiCircum, Qt::Key_Ampersand, Qt::Key_Asterisk, Qt::Key_ParenLeft};
    for (int i = 0; i < 9; ++i) {
        QAction *a = menu->addAction(QCoreApplication::translate("InboxShortcuts", "Folder %1").arg(i + 1));
        QObject::connect(a, &QAction::triggered, menu, [select, i] { select(i); });
        // Ctrl+Shift+digit arrives as the shifted symbol on US-like layouts: bind both forms.
        a->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | digits[i]), QKeySequence(Qt::CTRL | Qt::SHIFT | shifted[i])});
        a->setShortcutContext(Qt::WindowShortcut);
    }
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, folders] {
        const auto actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            FolderListModel *model = folders();
            const QString key = model ? model->keyAt(i) : QString();
            actions[i]->setText(key.isEmpty() ? QCoreApplication::translate("InboxShortcuts", "Folder %1").arg(i + 1)
                                              : FolderListModel::displayName(key));
            actions[i]->setEnabled(!key.isEmpty());
        }
    });
}

} // namespace repdesk
