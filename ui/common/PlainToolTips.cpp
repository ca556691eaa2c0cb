#include "common/PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace repdesk {

PlainToolTips::PlainToolTips(QObject *parent) : QObject(parent) {}

void PlainToolTips::install()
{
    if (!qApp || qApp->findChild<PlainToolTips *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new PlainToolTips(qApp));
}

QString PlainToolTips::safe(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString PlainToolTips::toolTipAt(QWidget *widget, const QPoint &pos, QRect *area)
{
    auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
    if (view && view->viewport() == widget && view->model()) {
        if (auto *header = qobject_cast<QHeaderView *>(view)) {
            const int section = header->logicalIndexAt(pos);
            return section < 0 ? QString()
                               : header->model()->headerData(section, header->orientation(), Qt::ToolTipRole).toString();
        }
        const QModelIndex index = view->indexAt(pos);
        *area = view->visualRect(index);
        return index.data(Qt::ToolTipRole).toString();
    }
    return widget->toolTip();
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    auto *help = static_cast<QHelpEvent *>(event);
    QRect area;
    const QString tip = toolTipAt(widget, help->pos(), &area);
    // Empty: the widget passes the event on to its parent, as Qt does. Plain: Qt shows it as is.
    if (tip.isEmpty() || !Qt::mightBeRichText(tip))
        return false;
    QToolTip::showText(help->globalPos(), safe(tip), widget, area);
    return true;
}

} // namespace repdesk
