#pragma once

#include "ContactDirectory.h"

#include <QIdentityProxyModel>
#include <QPointer>
#include <QSet>

namespace repdesk {

// An agent's conversations as their list shows them: "contact — when", with
// the contact's name taken from the organization's ContactDirectory when the
// cache does not know it (the directory asks the server for the rows shown,
// once each), and set apart as its own run of text so a right-to-left name
// does not carry the time along with it. Footer rows (loading, Retry) and
// every other role are the source model's.
class AgentConversationRows : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit AgentConversationRows(QObject *parent = nullptr);

    void setContacts(ContactDirectory *contacts);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QString contactName(const QModelIndex &sourceIndex) const;
    void askLater(const QString &contactId) const;

    QPointer<ContactDirectory> m_contacts;
    mutable QSet<QString> m_wanted;
    mutable bool m_askPending = false;
};

} // namespace repdesk
