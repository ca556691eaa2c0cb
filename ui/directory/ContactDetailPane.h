#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace repdesk {

class ApiError;
class CopyableField;
class DirectorySession;
class DirectoryTable;
class EmptyStateWidget;
class ErrorBanner;
class PagedListView;

// The contact shown in the directory: its fields, its company (a button that opens it) and
// role, custom fields, its conversations (Enter opens one in the inbox) and its sales (Enter
// opens one). Reads everything from the DirectorySession; never calls the network.
class ContactDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetailPane(DirectorySession *session, QWidget *parent = nullptr);

    QString contactId() const { return m_contactId; }
    // Shows what the session knows of this contact (DirectorySession::contactOpened said it is there).
    void showContact(const QString &contactId);
    void showFailure(const QString &contactId, const ApiError &error);
    void clear();

    PagedListView *conversations() const { return m_conversations; }
    DirectoryTable *sales() const { return m_sales; }
    QPushButton *companyButton() const { return m_company; }
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void companyRequested(const QString &companyId);
    void conversationRequested(const QString &conversationId);
    void saleRequested(const QString &saleId);

private:
    void updateCompany();
    void updateSalesCaption();

    QPointer<DirectorySession> m_session;
    QString m_contactId;
    QString m_companyId;
    QStackedLayout *m_stack;
    EmptyStateWidget *m_placeholder;
    ErrorBanner *m_banner;
    QLabel *m_title;
    CopyableField *m_email;
    CopyableField *m_phone;
    CopyableField *m_role;
    CopyableField *m_created;
    QPushButton *m_company;
    QLabel *m_custom;
    QLabel *m_conversationsCaption;
    PagedListView *m_conversations;
    QLabel *m_salesCaption;
    DirectoryTable *m_sales;
};

} // namespace repdesk
