#include "EditorShortcuts.h"

#include <QKeyEvent>
#include <QWidget>

namespace repdesk {

EditorShortcuts::EditorShortcuts(QWidget *view, std::function<bool()> pageTakesKeys,
                                 std::function<void(const QString &)> trigger)
    : QObject(view), m_pageTakesKeys(std::move(pageTakesKeys)), m_trigger(std::move(trigger))
{
    // ShortcutOverride and unclaimed key presses of the page's widget propagate up to the view.
    view->installEventFilter(this);
}

QString EditorShortcuts::actionFor(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    if (mods == Qt::ControlModifier && key == Qt::Key_S)
        return QStringLiteral("save");
    if (mods == Qt::ControlModifier && (key == Qt::Key_Return || key == Qt::Key_Enter))
        return QStringLiteral("send");
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_T)
        return QStringLiteral("template");
    return {};
}

bool EditorShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QString action = actionFor(key);
    if (action.isEmpty())
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // Before the page is up nobody would handle the key: leave it to the host's shortcuts.
        if (!m_pageTakesKeys())
            return false;
        key->accept();
        return true;
    }
    m_trigger(action);
    return true;
}

} // namespace repdesk
