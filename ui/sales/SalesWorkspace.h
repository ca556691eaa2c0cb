#pragma once

#include "SalesSession.h"
#include "settings/ShortcutInfo.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTabWidget;

namespace repdesk {

class EmptyStateWidget;
class OrganizationSession;
class SaleDetailPane;
class SalesTablePage;
struct Sale;

// The sales workspace (Ctrl+3): the pipeline board, one column per stage in the order the
// organization's sales move through them (SalesBoardModel::stages()), a card per sale; read-only,
// since the API has no sale update. Keys: Up/Down within a column, Left/Right to the next column
// (the same row, or its last), Enter opens the sale beside the board (products, totals, status
// history with who and when) with its conversations one key away in the inbox. F5 walks the sales
// again. The Table tab (Alt+T; Alt+B back to the board) shows the same sales as a sortable,
// filtered table (SalesTablePage); Enter there opens the sale in the same pane. From the pane, the
// sale's contact opens in the directory (Ctrl+5).
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
    SalesTablePage *tablePage() const { return m_table; }
    bool isTableShown() const;
    void showTable(bool table);
    QPushButton *openContactButton() const { return m_openContact; }
    // Its keys, for Help > Keyboard shortcuts.
    static QList<ShortcutInfo> shortcuts();
    SaleDetailPane *detail() const { return m_detail; }
    QString openSaleId() const { return m_openSale; }
    void openSale(const QString &saleId);

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    void openContactRequested(const QString &contactId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildColumns();
    void updateHeaders();
    void moveAcross(int fromColumn, int step);
    void updateContactButton(const Sale *sale);

    QPointer<OrganizationSession> m_organization;
    QPointer<SalesSession> m_session;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QWidget *m_board;
    QHBoxLayout *m_columnsLayout;
    EmptyStateWidget *m_empty;
    SaleDetailPane *m_detail;
    QPushButton *m_openConversation;
    QPushButton *m_openContact;
    QTabWidget *m_tabs;
    SalesTablePage *m_table;
    QList<QListView *> m_views;
    QList<QLabel *> m_headers;
    QList<QSortFilterProxyModel *> m_filters;
    QStringList m_stages;
    QString m_openSale;
};

} // namespace repdesk
