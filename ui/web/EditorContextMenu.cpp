#include "EditorContextMenu.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QPointer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineView>

namespace repdesk {

void EditorContextMenu::exec(QWebEngineView *view, const QPoint &pos)
{
    const QWebEngineContextMenuRequest *request = view->lastContextMenuRequest();
    if (!request)
        return;
    const auto flags = request->editFlags();
    const QUrl link = request->linkUrl();

    QMenu menu(view);
    using Request = QWebEngineContextMenuRequest;
    const auto add = [&](const char *text, Request::EditFlag flag, QWebEnginePage::WebAction action) {
        QAction *a = menu.addAction(QCoreApplication::translate("EditorContextMenu", text));
        a->setEnabled(flags.testFlag(flag));
        a->setData(int(action));
    };
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "&Undo"), Request::CanUndo, QWebEnginePage::Undo);
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "&Redo"), Request::CanRedo, QWebEnginePage::Redo);
    menu.addSeparator();
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "Cu&t"), Request::CanCut, QWebEnginePage::Cut);
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "&Copy"), Request::CanCopy, QWebEnginePage::Copy);
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "&Paste"), Request::CanPaste, QWebEnginePage::Paste);
    QAction *copyLink = nullptr;
    if (link.isValid())
        copyLink = menu.addAction(QCoreApplication::translate("EditorContextMenu", "Copy &Link Address"));
    menu.addSeparator();
    add(QT_TRANSLATE_NOOP("EditorContextMenu", "Select &All"), Request::CanSelectAll, QWebEnginePage::SelectAll);

    // The menu runs a nested event loop during which the view may go away.
    const QPointer<QWebEngineView> guard(view);
    QAction *chosen = menu.exec(view->mapToGlobal(pos));
    if (!chosen || !guard || !view->page())
        return;
    if (chosen == copyLink)
        QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    else
        view->page()->triggerAction(QWebEnginePage::WebAction(chosen->data().toInt()));
}

} // namespace repdesk
