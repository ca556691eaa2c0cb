#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "ContactDirectory.h"
#include "StageSalesModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>

namespace repdesk {

struct Sale;

// The sales of one pipeline stage as the drill-down table shows them:
// company, primary contact, owner (names, never ids), total, created, and how
// long the sale has been in this stage, then its products. Rows and owners
// come from the session's StageSalesModel; contact names from the
// organization's ContactDirectory (which asks the server for the rows shown,
// once each); company names from the lookup the workspace gives (the cache),
// else "—", with the reason in the tooltip.
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
    void setContacts(ContactDirectory *contacts);
    void setCompanyLookup(std::function<QString(const QString &companyId)> lookup);
    // For tests: the moment "age in stage" is measured to.
    void setNow(const QDateTime &now) { m_now = now; }

    QString saleId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    void askContacts() const;
    QString company(const Sale &sale) const;
    QString contact(const Sale &sale) const;
    QDateTime now() const;

    QPointer<StageSalesModel> m_source;
    QPointer<ContactDirectory> m_contacts;
    std::function<QString(const QString &)> m_companyLookup;
    mutable QHash<QString, QString> m_companies; // id -> name ("" = not known); read once per reset
    QDateTime m_now;
};

} // namespace repdesk
