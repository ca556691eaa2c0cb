#include "ThreadContextMenu.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QPointer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineView>

namespace repdesk {

void ThreadContextMenu::exec(QWebEngineView *view, const QPoint &pos)
{
    const QWebEngineContextMenuRequest *request = view->lastContextMenuRequest();
    const bool hasSelection = request && !request->selectedText().isEmpty();
    const QUrl link = request ? request->linkUrl() : QUrl();

    QMenu menu(view);
    QAction *copy = menu.addAction(QCoreApplication::translate("ThreadContextMenu", "&Copy"));
    copy->setEnabled(hasSelection);
    QAction *copyLink = nullptr;
    if (link.isValid())
        copyLink = menu.addAction(QCoreApplication::translate("ThreadContextMenu", "Copy &Link Address"));
    menu.addSeparator();
    QAction *selectAll = menu.addAction(QCoreApplication::translate("ThreadContextMenu", "Select &All"));

    // The menu runs a nested event loop during which the view may go away.
    const QPointer<QWebEngineView> guard(view);
    QAction *chosen = menu.exec(view->mapToGlobal(pos));
    if (!chosen || !guard || !view->page())
        return;
    if (chosen == copy)
        view->page()->triggerAction(QWebEnginePage::Copy);
    else if (chosen == copyLink)
        QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    else if (chosen == selectAll)
        view->page()->triggerAction(QWebEnginePage::SelectAll);
}

} // namespace repdesk
