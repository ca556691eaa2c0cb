#pragma once

#include "SalesSession.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;

namespace repdesk {

class EmptyStateWidget;
class OrganizationSession;
class SaleDetailPane;

// The sales workspace (Ctrl+3): the pipeline board, one column per stage in the order the
// organization's sales move through them (SalesBoardModel::stages()), a card per sale; read-only,
// since the API has no sale update. Keys: Up/Down within a column, Left/Right to the next column
// (the same row, or its last), Enter opens the sale beside the board (products, totals, status
// history with who and when) with its conversations one key away in the inbox. F5 walks the sales
// again.
class SalesWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit SalesWorkspace(QWidget *parent = nullptr);
    ~SalesWorkspace() override;

    void setOrganization(OrganizationSession *organization);
    SalesSession *session() const { return m_session; }
    void refresh();
    void focusDefault();

    // The column views, left to right (for tests and the keyboard).
    QList<QListView *> columns() const { return m_views; }
    SaleDetailPane *detail() const { return m_detail; }
    QString openSaleId() const { return m_openSale; }
    void openSale(const QString &saleId);

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildColumns();
    void updateHeaders();
    void moveAcross(int fromColumn, int step);

    QPointer<OrganizationSession> m_organization;
    QPointer<SalesSession> m_session;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QWidget *m_board;
    QHBoxLayout *m_columnsLayout;
    EmptyStateWidget *m_empty;
    SaleDetailPane *m_detail;
    QPushButton *m_openConversation;
    QList<QListView *> m_views;
    QList<QLabel *> m_headers;
    QList<QSortFilterProxyModel *> m_filters;
    QStringList m_stages;
    QString m_openSale;
};

} // namespace repdesk
