#pragma once

#include <QIdentityProxyModel>
#include <QList>
#include <QString>

namespace repdesk {

// Shows a one-column list model (a PagedListModel, or a filter over one) as a table: each
// column is one role of the list's rows, with its own header. Tables get sortable-looking
// headers, keyboard cell navigation and, above all, the dashboards' CSV export (TableExport
// reads columns), without a second model per list. Footer rows (loading / Retry) read their
// text in the first column and stay empty in the others.
class RoleColumnsProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString header;
        int displayRole = Qt::DisplayRole; // the text shown
        int rawRole = -1;                  // Qt::UserRole of the cell (CSV raw value); -1: none
    };

    explicit RoleColumnsProxy(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    const QList<Column> &columns() const { return m_columns; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setSourceModel(QAbstractItemModel *model) override;

private:
    QList<Column> m_columns;
    QMetaObject::Connection m_changed;
};

} // namespace repdesk
