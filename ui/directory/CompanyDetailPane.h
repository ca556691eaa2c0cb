#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;

namespace repdesk {

class ApiError;
class CopyableField;
class DirectorySession;
class DirectoryTable;
class EmptyStateWidget;
class ErrorBanner;

// The company shown in the directory: domain, address, owning agent (a button that opens the
// agent), custom fields, the contacts this computer knows of at the company (Enter opens one)
// and its sales from the sales index (Enter opens one). Never calls the network.
class CompanyDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyDetailPane(DirectorySession *session, QWidget *parent = nullptr);

    QString companyId() const { return m_companyId; }
    void showCompany(const QString &companyId);
    void showFailure(const QString &companyId, const ApiError &error);
    void clear();

    QListWidget *contacts() const { return m_contacts; }
    DirectoryTable *sales() const { return m_sales; }
    QPushButton *ownerButton() const { return m_owner; }
    QString title() const;

Q_SIGNALS:
    void contactRequested(const QString &contactId);
    void agentRequested(const QString &agentId);
    void saleRequested(const QString &saleId);

private:
    void updateOwner();
    void updateContacts();
    void updateSalesCaption();

    QPointer<DirectorySession> m_session;
    QString m_companyId;
    QString m_agentId;
    QStackedLayout *m_stack;
    EmptyStateWidget *m_placeholder;
    ErrorBanner *m_banner;
    QLabel *m_title;
    CopyableField *m_domain;
    CopyableField *m_address;
    CopyableField *m_created;
    QPushButton *m_owner;
    QLabel *m_custom;
    QLabel *m_contactsCaption;
    QListWidget *m_contacts;
    QLabel *m_salesCaption;
    DirectoryTable *m_sales;
};

} // namespace repdesk
