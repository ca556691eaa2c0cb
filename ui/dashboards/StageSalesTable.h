#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "StageSalesModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace repdesk {

struct Sale;

// The sales of one pipeline stage as the drill-down table shows them:
// company, primary contact, owner (names, never ids), total, created, and how
// long the sale has been in this stage, then its products. Rows and names come
// from the session's StageSalesModel, which names companies and contacts
// through the organization's directories as they arrive ("Loading…", "Unknown
// company" and the like until then); this only lays them out.
class StageSalesTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, ContactColumn, OwnerColumn, TotalColumn, CreatedColumn, AgeColumn, ProductsColumn,
                  ColumnCount };
    Q_ENUM(Column)
    // Qt::UserRole: the raw value (for sorting); SaleIdRole on every column.
    static constexpr int SaleIdRole = Qt::UserRole + 1;

    explicit StageSalesTable(QObject *parent = nullptr);

    void setSource(StageSalesModel *sales);
    StageSalesModel *source() const { return m_source; }
    // For tests: the moment "age in stage" is measured to.
    void setNow(const QDateTime &now) { m_now = now; }

    QString saleId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    QDateTime now() const;
    // The source's cell for a column this table takes as it is.
    QVariant sourceData(int row, StageSalesModel::Column column, int role) const;

    QPointer<StageSalesModel> m_source;
    QDateTime m_now;
};

} // namespace repdesk
