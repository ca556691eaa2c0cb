#pragma once

#include "Agent.h"
#include "DateRange.h"
#include "Sale.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>

namespace repdesk {

class SalesIndex;

// The drill-down of one pipeline stage: the sales of the organization's
// SalesIndex whose current stage label is that stage's name (and, in an
// agent's scope, whose owner is that agent), created within the dashboard's
// range like the pipeline's counts. Read from the cache, never the network;
// it follows the index as it refreshes.
class StageSalesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SaleColumn,    // products (or "Sale"); Qt::UserRole: the same text
        OwnerColumn,   // agent name; Qt::UserRole: the same text
        TotalColumn,   // the sale's own currency; Qt::UserRole: double total (invalid when absent)
        ChangedColumn, // when it reached this stage; Qt::UserRole: QDateTime UTC
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SaleIdRole = Qt::UserRole + 1, // QString, any column
        OwnerIdRole,                   // QString
        TotalRole,                     // double; invalid when absent
        CurrencyRole,                  // QString ISO code of the sale; may be empty
        StageChangedAtRole,            // QDateTime UTC
        CreatedAtRole,                 // QDateTime UTC
    };
    Q_ENUM(Role)

    explicit StageSalesModel(QObject *parent = nullptr);

    void setSource(SalesIndex *sales);
    void setAgents(const QHash<QString, Agent> &agents);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // An empty stage shows nothing. `createdWithin` with invalid ends does not filter by date.
    void setFilter(const QString &stage, const QString &ownerId, const DateRange &createdWithin);
    QString stage() const { return m_stage; }
    QString ownerId() const { return m_owner; }
    void reload();

    const Sale *sale(int row) const;
    int rowOfSale(const QString &saleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool matches(const Sale &sale) const;
    QString ownerName(const QString &ownerId) const;

    QPointer<SalesIndex> m_sales;
    QHash<QString, Agent> m_agents;
    QString m_stage;
    QString m_owner;
    DateRange m_range;
    QList<Sale> m_rows;
    QLocale m_locale;
};

} // namespace repdesk
