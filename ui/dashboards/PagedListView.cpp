#include "dashboards/PagedListView.h"

#include "PagedListModel.h"

#include <QAbstractProxyModel>

namespace repdesk {

PagedListView::PagedListView(QWidget *parent) : QListView(parent)
{
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    connect(this, &QAbstractItemView::activated, this, &PagedListView::activate);
    // A single click on the failed footer retries too: it is a button in all but looks.
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (PagedListModel::isErrorFooter(index))
            activate(index);
    });
}

void PagedListView::activate(const QModelIndex &index)
{
    // The list may show the paged model through proxies (names, ordering): retry on the model itself.
    QAbstractItemModel *source = model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    auto *paged = qobject_cast<PagedListModel *>(source);
    const auto kind = PagedListModel::rowKindOf(index);
    if (!paged || !kind)
        return;
    switch (*kind) {
    case PagedListModel::RowKind::ErrorFooter:
        paged->retry();
        break;
    case PagedListModel::RowKind::LoadingFooter:
        break;
    case PagedListModel::RowKind::Item:
        Q_EMIT itemActivated(index.row());
        break;
    }
}

} // namespace repdesk
