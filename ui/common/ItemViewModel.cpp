#include "ItemViewModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QTableView>
#include <QTreeView>

namespace repdesk {

namespace {
// The view and the headers a table or tree makes for itself.
QList<QAbstractItemView *> viewAndHeaders(QAbstractItemView *view)
{
    QList<QAbstractItemView *> views{view};
    if (auto *table = qobject_cast<QTableView *>(view))
        views << table->horizontalHeader() << table->verticalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        views << tree->header();
    return views;
}
} // namespace

void ItemViewModel::set(QAbstractItemView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    const QList<QAbstractItemView *> views = viewAndHeaders(view);
    QSet<QItemSelectionModel *> inUse;
    for (QAbstractItemView *v : views)
        inUse.insert(v->selectionModel());
    for (QAbstractItemView *v : views) {
        for (QItemSelectionModel *owned : v->findChildren<QItemSelectionModel *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!inUse.contains(owned))
                delete owned; // also drops a deleteLater() Qt queued for it when its model went
        }
    }
}

int ItemViewModel::ownedSelectionModels(QAbstractItemView *view)
{
    int n = 0;
    for (QAbstractItemView *v : viewAndHeaders(view))
        n += int(v->findChildren<QItemSelectionModel *>(QString(), Qt::FindDirectChildrenOnly).size());
    return n;
}

} // namespace repdesk
