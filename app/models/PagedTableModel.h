#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace repdesk {

class PagedListModel;

// A table over a PagedListModel: each column shows one of its roles, so a QTableView (sortable,
// exportable through TableExport) can show any paged list without a second pager. Only item rows
// are rows here; the list's Loading/Error footer is the view's business (a status line with
// Retry), and canFetchMore()/fetchMore() go to the list, so scrolling to the end loads the next page.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString header;
        int displayRole = Qt::DisplayRole; // what the cell shows
        int sortRole = -1;                 // what Qt::UserRole answers (the raw value for sorting); -1: displayRole
    };

    explicit PagedTableModel(QObject *parent = nullptr);

    void setSource(PagedListModel *source, const QList<Column> &columns);
    PagedListModel *source() const { return m_source; }
    // Any role of the list row behind a table row.
    QVariant rowData(int row, int role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void followRows();

    QPointer<PagedListModel> m_source;
    QList<Column> m_columns;
    int m_rows = 0; // item rows as last announced to views
};

} // namespace repdesk
