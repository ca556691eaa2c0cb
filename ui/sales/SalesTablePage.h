#pragma once

#include "SaleTableFilter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace repdesk {

class EmptyStateWidget;
class PagedTableModel;
class SaleFilterBar;
class SaleFilterProxy;
class SalesSession;

// The sales table (Ctrl+3, Table): the organization's sales in sortable columns (company, contact,
// owner, stage, total, products, created, last activity), the filters above (SaleFilterBar), a
// status line below with Retry when a page failed, an empty state when nothing matches. Enter (or
// a double click) asks for the sale's detail; the Menu key exports the table as CSV.
class SalesTablePage : public QWidget
{
    Q_OBJECT
public:
    explicit SalesTablePage(QWidget *parent = nullptr);
    ~SalesTablePage() override;

    void setSession(SalesSession *session);
    void focusDefault();

    QTableView *table() const { return m_table; }
    SaleFilterBar *filterBar() const { return m_filters; }
    SaleFilterProxy *proxy() const { return m_proxy; }
    QString statusText() const;

Q_SIGNALS:
    void openSaleRequested(const QString &saleId);

private:
    void applyFilter(const SaleTableFilter &filter);
    void updateChoices();
    void updateState();
    void openCurrent();

    QPointer<SalesSession> m_session;
    SaleFilterBar *m_filters;
    PagedTableModel *m_rows;
    SaleFilterProxy *m_proxy;
    QTableView *m_table;
    EmptyStateWidget *m_empty;
    QLabel *m_status;
    QPushButton *m_retry;
    bool m_sized = false;
};

} // namespace repdesk
