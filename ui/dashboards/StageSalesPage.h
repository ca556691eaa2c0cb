#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "DashboardSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace repdesk {

class EmptyStateWidget;
class SaleDetailPane;
class StageSalesTable;
class TableExportActions;

// The drill-down of one pipeline stage: the sales that make up its figure on
// the chart (the agent's own on an agent's dashboard) as a sortable table,
// and beside it the sale chosen with Enter: its products, totals and status
// history. Sales come from the organization's sales index on this computer;
// the caption says by which rule they were picked, and says plainly when
// they do not add up to the chart's figure.
class StageSalesPage : public QWidget
{
    Q_OBJECT
public:
    explicit StageSalesPage(QWidget *parent = nullptr);

    void setSession(DashboardSession *session);
    // The heading: the stage, and whose sales ("the organization" or an agent's name).
    void setStage(const QString &stage, const QString &owner);
    QString stage() const { return m_stage; }

    QTableView *table() const { return m_table; }
    StageSalesTable *sales() const { return m_sales; }
    SaleDetailPane *detail() const { return m_detail; }
    TableExportActions *exportActions() const { return m_export; }
    QString titleText() const;
    QString captionText() const;

    // Shows the sale of that (view) row in the detail pane.
    bool openSale(int row);
    // Shows a sale by id, selecting its row when the table lists it (it may not: it can
    // have been created before the range).
    bool showSale(const QString &saleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();

    QPointer<DashboardSession> m_session;
    QString m_stage;
    QString m_owner;
    QLabel *m_title;
    QLabel *m_caption;
    StageSalesTable *m_sales;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    TableExportActions *m_export;
    EmptyStateWidget *m_empty;
    SaleDetailPane *m_detail;
};

} // namespace repdesk
