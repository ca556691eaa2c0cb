#include "common/ContextMenuTrigger.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace repdesk {

ContextMenuTrigger::ContextMenuTrigger(QWidget *target, QMenu *menu) : QObject(target), m_target(target), m_menu(menu)
{
    target->installEventFilter(this);
}

void ContextMenuTrigger::setKeyboardAnchor(std::function<QPoint()> anchor)
{
    m_anchor = std::move(anchor);
}

void ContextMenuTrigger::open(const QPoint &globalPos)
{
    if (!m_menu || m_menu->isVisible())
        return;
    Q_EMIT aboutToOpen();
    m_menu->popup(globalPos);
}

void ContextMenuTrigger::openFromKeyboard()
{
    if (!m_target)
        return;
    QPoint local = m_target->rect().center();
    if (m_anchor) {
        local = m_anchor();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(m_target.data())) {
        const QRect cell = view->visualRect(view->currentIndex());
        if (cell.isValid())
            local = view->viewport()->mapTo(view, cell.center());
    }
    open(m_target->mapToGlobal(local));
}

bool ContextMenuTrigger::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (menuEvent->reason() == QContextMenuEvent::Keyboard)
            openFromKeyboard();
        else
            open(menuEvent->globalPos());
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Menu && mods == Qt::NoModifier)
            || (key->key() == Qt::Key_F10 && mods == Qt::ShiftModifier)) {
            openFromKeyboard();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace repdesk
