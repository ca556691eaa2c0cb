#pragma once

#include "Contact.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace repdesk {

class Cache;
class InboxProvider;

// Names for contact ids. Starts from the cache; ids it does not know are
// fetched on demand, each at most once at a time, and only when a view asks
// (for its visible rows), so a 100k-row list never triggers 100k requests.
class ContactDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ContactDirectory(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId);
    void loadFromCache();

    const Contact *contact(const QString &contactId) const;
    bool isUnknown(const QString &contactId) const { return m_unknown.contains(contactId); }
    bool isPending(const QString &contactId) const { return m_pending.contains(contactId); }
    // A display name: the name, else the email, else the phone; empty while unknown.
    QString displayName(const QString &contactId) const;

    void request(const QStringList &contactIds);
    void insert(const QList<Contact> &contacts);
    int requestsIssued() const { return m_requestsIssued; }

Q_SIGNALS:
    void contactsChanged(const QSet<QString> &contactIds);
    // A lookup ended without an answer (offline, timeout, server error); a later request asks again.
    void lookupFailed(const QString &contactId);

private:
    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    QString m_org;
    QHash<QString, Contact> m_contacts;
    QSet<QString> m_pending;
    QSet<QString> m_unknown; // 404: do not ask again this session
    int m_requestsIssued = 0;
    quint64 m_generation = 0;
};

} // namespace repdesk
