#pragma once

#include "AuditLogSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace repdesk {

class AuditLogFilterBar;
class EmptyStateWidget;
class ErrorBanner;
class OrganizationSession;
class PagedTableModel;
class SaleDetailPane;

// The audit log workspace (Ctrl+6): the organization's changes newest first in a table (when,
// who, action, record, what changed), filtered by agent, record type, action and days; scrolling
// to the end loads the next page. The detail shows each change as "field: from → to" with JSON
// pretty-printed, and opens the record where Repdesk has a view for it: a conversation in the
// inbox, a sale in place (products and status history). It draws the organization's
// AuditLogSession (app/auditlog), started on the first showing; F5 reloads.
class AuditLogWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogWorkspace(QWidget *parent = nullptr);
    ~AuditLogWorkspace() override;

    void setOrganization(OrganizationSession *organization);
    AuditLogSession *session() const { return m_session; }
    void refresh();
    void focusDefault();

    QTableView *table() const { return m_table; }
    AuditLogFilterBar *filterBar() const { return m_filters; }
    QPlainTextEdit *detail() const { return m_detail; }
    QPushButton *openButton() const { return m_open; }
    ErrorBanner *banner() const { return m_banner; }
    // Opens the record of the selected entry (Enter on a row, or the button).
    void openSelected();

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    // A message draft's entry: the organization's message drafts (File > Message drafts), where a
    // pending draft is listed. The API names no conversation for a response draft's entry, so
    // those open nowhere; the detail says so.
    void openMessageDraftsRequested(const QString &draftId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const AuditLogFilter &filter);
    void showSelected();
    void updateState();
    int selectedRow() const;

    QPointer<OrganizationSession> m_organization;
    QPointer<AuditLogSession> m_session;
    ErrorBanner *m_banner;
    AuditLogFilterBar *m_filters;
    PagedTableModel *m_rows;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    EmptyStateWidget *m_empty;
    QLabel *m_status;
    QLabel *m_title;
    QPlainTextEdit *m_detail;
    QPushButton *m_open;
    SaleDetailPane *m_sale;
};

} // namespace repdesk
