#pragma once

#include "Sale.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <functional>

namespace repdesk {

// The sales of one contact or company, as the detail panes show them (stage, total in the sale's
// currency, products, owner, created), from the organization's SalesIndex. A table, so the
// dashboards' CSV export works on it; Qt::UserRole holds each cell's raw value.
class RecordSalesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StageColumn, TotalColumn, ProductsColumn, OwnerColumn, CreatedColumn, ColumnCount };
    static constexpr int SaleIdRole = Qt::UserRole + 100;

    explicit RecordSalesModel(QObject *parent = nullptr);

    void setSales(const QList<Sale> &sales);
    void setOwnerNames(std::function<QString(const QString &)> ownerName) { m_ownerName = std::move(ownerName); }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    const Sale *sale(int row) const;
    QString saleId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Sale> m_sales;
    std::function<QString(const QString &)> m_ownerName;
    QLocale m_locale;
};

} // namespace repdesk
