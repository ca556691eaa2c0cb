#include "common/KeyboardSort.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace repdesk {

QKeySequence KeyboardSort::key()
{
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S);
}

void KeyboardSort::install(QTableView *table)
{
    auto *action = new QAction(QCoreApplication::translate("KeyboardSort", "Sort by this column"), table);
    action->setShortcut(key());
    // Only while the table has the focus: the key means nothing elsewhere.
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, table, [table] {
        if (!table->isSortingEnabled())
            return;
        const int column = table->currentIndex().isValid() ? table->currentIndex().column() : 0;
        const QHeaderView *header = table->horizontalHeader();
        const bool same = header->sortIndicatorSection() == column;
        const Qt::SortOrder order = same && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                               : Qt::AscendingOrder;
        table->sortByColumn(column, order);
        if (table->currentIndex().isValid())
            table->scrollTo(table->currentIndex());
    });
    table->addAction(action);
}

} // namespace repdesk
