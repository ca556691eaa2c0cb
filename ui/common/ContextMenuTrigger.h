#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QPoint;
class QWidget;

namespace repdesk {

// Pops a context menu over a widget from the mouse, the Menu key or Shift+F10. Context menu
// events and unhandled keys of the widget's children propagate up to it, so one trigger covers
// a whole panel. On X11 the Menu key arrives twice (a key press and a context menu event), so
// a menu that is already open is not opened again. popup(), not exec(): the caller's event
// loop keeps running, which is also what lets tests see the menu.
class ContextMenuTrigger : public QObject
{
    Q_OBJECT
public:
    // `menu` is not owned. For an item view, the keyboard anchor is its current cell.
    ContextMenuTrigger(QWidget *target, QMenu *menu);

    // Where a keyboard-opened menu appears, in the target's coordinates (default: its centre,
    // or an item view's current cell).
    void setKeyboardAnchor(std::function<QPoint()> anchor);

    // Opens the menu at a global position unless it is already open; emits aboutToOpen first.
    void open(const QPoint &globalPos);
    void openFromKeyboard();

Q_SIGNALS:
    void aboutToOpen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_target;
    QPointer<QMenu> m_menu;
    std::function<QPoint()> m_anchor;
};

} // namespace repdesk
