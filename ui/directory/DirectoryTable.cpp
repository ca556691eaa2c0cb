#include "directory/DirectoryTable.h"

#include "PagedListModel.h"
#include "common/TableExportActions.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>

namespace repdesk {

DirectoryTable::DirectoryTable(const QString &exportTitle, QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultSectionSize(180);
    m_export = TableExportActions::attach(this, exportTitle);
    connect(this, &QAbstractItemView::activated, this, &DirectoryTable::activate);
    // A single click on the failed footer retries too: it is a button in all but looks.
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (PagedListModel::isErrorFooter(index))
            activate(index);
    });
}

void DirectoryTable::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount()) {
        clearSelection();
        return;
    }
    const QModelIndex index = model()->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index);
}

void DirectoryTable::keyPressEvent(QKeyEvent *event)
{
    // Enter acts on the row (QTableView would only move to the next one on some styles).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        activate(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void DirectoryTable::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // No row at all (the model was reset) says so too, so the workspace stops waiting for the old one.
    if (current.row() != previous.row() && (!current.isValid() || PagedListModel::isItemRow(current)))
        Q_EMIT currentItemChanged(current);
}

void DirectoryTable::activate(const QModelIndex &index)
{
    const auto kind = PagedListModel::rowKindOf(index);
    if (!kind)
        return;
    switch (*kind) {
    case PagedListModel::RowKind::ErrorFooter: {
        // The table shows the paged model through proxies: retry on the model itself.
        QAbstractItemModel *source = model();
        while (auto *proxy = qobject_cast<QAbstractProxyModel *>(source))
            source = proxy->sourceModel();
        if (auto *paged = qobject_cast<PagedListModel *>(source))
            paged->retry();
        break;
    }
    case PagedListModel::RowKind::LoadingFooter:
        break;
    case PagedListModel::RowKind::Item:
        Q_EMIT itemActivated(index);
        break;
    }
}

} // namespace repdesk
