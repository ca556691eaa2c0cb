#include "InboxShortcuts.h"

#include "FolderListModel.h"

#include <QCoreApplication>
#include <QMenu>

namespace repdesk {

QList<ShortcutInfo> InboxShortcuts::all()
{
    // Literals wrapped in QT_TRANSLATE_NOOP so lupdate sees them through the lambda.
    const auto t = [](const char *s) { return QCoreApplication::translate("InboxShortcuts", s); };
    return {
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Up / Down, K / J")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Move to the previous / next conversation"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Enter, O")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Open the selected conversation"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "R")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Reply to the selected conversation"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+F")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Search conversations by contact name or email"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Esc (in search)")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Clear the search and return to the list"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+Shift+F")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Server filters: status, assignee, tag, words and order (Fernand)"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "F5")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Refresh now"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+Alt+S")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "In a table: sort by the column of the current cell; again: reverse the order"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+Shift+1 … 9")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Go to folder 1 … 9 (All, Unread, Inbox, …)"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+Shift+O")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Switch organization"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+,")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Settings"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Alt+A")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Account menu: switch, add, sign in again, sign out or remove an account"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "F1")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Keyboard shortcuts"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Alt+H, C")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Help > Copy diagnostics: versions, settings without secrets, recent errors, for support"))},
        {t(QT_TRANSLATE_NOOP("InboxShortcuts", "Ctrl+Q")), t(QT_TRANSLATE_NOOP("InboxShortcuts", "Quit"))},
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
