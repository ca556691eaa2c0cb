#pragma once

#include <QObject>

class QPoint;
class QRect;
class QWidget;

namespace repdesk {

// Tooltips show text as typed. QToolTip renders anything Qt::mightBeRichText() takes for
// HTML, so a contact named "<b>Account suspended</b>" or "<img src=file:///…>" in a list's
// tooltip would be drawn bold, or load a local file. One filter on the application handles
// every tooltip event (a widget's own, an item view's ToolTipRole, a header's): text that
// looks like markup is shown escaped, everything else is left to Qt as before.
class PlainToolTips : public QObject
{
    Q_OBJECT
public:
    // Once per application; further calls do nothing.
    static void install();
    // What QToolTip::showText must be given to show `text` exactly as it is.
    static QString safe(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QObject *parent);
    static QString toolTipAt(QWidget *widget, const QPoint &pos, QRect *area);
};

} // namespace repdesk
