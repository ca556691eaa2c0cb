#pragma once

#include "Contact.h"
#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace repdesk {

class CompanyDirectory;
class ContactDirectory;
class InboxProvider;

// The organization's contacts (GET .../contacts), paged through PagedListModel in the server's
// order; a contact seen twice is kept once. Companies are named through the organization's
// CompanyDirectory (asked for the companies of each page as it arrives), and every page is
// handed to its ContactDirectory so the inbox and the dashboards name these contacts too.
class ContactListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        ContactIdRole = FirstItemRole, // QString, opaque
        NameRole,                      // QString: may be empty
        EmailRole,                     // QString: may be empty
        PhoneRole,                     // QString: may be empty
        CompanyIdRole,                 // QString: may be empty
        CompanyNameRole,               // QString: empty while unknown or without company
        CompanyRoleRole,               // QString: the contact's role at the company
        CreatedAtRole,                 // QDateTime UTC, invalid when the server did not say
        SearchTextRole,                // QString: what a search matches (name, email, phone, company)
    };
    Q_ENUM(Role)

    explicit ContactListModel(QObject *parent = nullptr);

    // Clears the rows; the next fetchMore() (or reload()) loads the first page.
    void setSource(InboxProvider *provider, const QString &organizationId);
    void setNameSources(ContactDirectory *contacts, CompanyDirectory *companies);
    void setPageSize(int limit) { m_pageSize = limit; }

    const Contact *contact(int row) const;
    int rowOf(const QString &contactId) const { return m_index.value(contactId, -1); }
    // A contact created here goes first (the server's order for it is unknown); returns its row.
    int prepend(const Contact &contact);
    // The contacts loaded so far that belong to `companyId`.
    QList<Contact> contactsOfCompany(const QString &companyId) const;

    // The contact's name, else email, else phone; "Unnamed contact" when it has none.
    static QString displayName(const Contact &contact);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QString companyName(const QString &companyId) const;
    void onCompaniesChanged(const QSet<QString> &companyIds);
    void reindex();

    QPointer<InboxProvider> m_provider;
    QPointer<ContactDirectory> m_contacts;
    QPointer<CompanyDirectory> m_companies;
    QString m_org;
    int m_pageSize = 100;
    QList<Contact> m_rows;
    QHash<QString, int> m_index;
};

} // namespace repdesk
