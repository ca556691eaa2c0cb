#include "ContactDirectory.h"

#include "Cache.h"
#include "InboxProvider.h"

namespace repdesk {

ContactDirectory::ContactDirectory(QObject *parent) : QObject(parent) {}

void ContactDirectory::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId)
{
    ++m_generation;
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
    m_contacts.clear();
    m_pending.clear();
    m_unknown.clear();
}

void ContactDirectory::loadFromCache()
{
    if (m_cache)
        m_contacts = m_cache->allContacts();
}

const Contact *ContactDirectory::contact(const QString &contactId) const
{
    auto it = m_contacts.constFind(contactId);
    return it == m_contacts.constEnd() ? nullptr : &it.value();
}

QString ContactDirectory::displayName(const QString &contactId) const
{
    const Contact *c = contact(contactId);
    if (!c)
        return {};
    if (!c->name.trimmed().isEmpty())
        return c->name;
    if (!c->email.isEmpty())
        return c->email;
    return c->phoneNumber;
}

void ContactDirectory::insert(const QList<Contact> &contacts)
{
    QSet<QString> changed;
    for (const Contact &c : contacts) {
        m_contacts.insert(c.contactId, c);
        changed.insert(c.contactId);
    }
    if (m_cache)
        m_cache->upsertContacts(contacts);
    if (!changed.isEmpty())
        Q_EMIT contactsChanged(changed);
}

void ContactDirectory::request(const QStringList &contactIds)
{
    if (!m_provider)
        return;
    for (const QString &id : contactIds) {
        if (id.isEmpty() || m_contacts.contains(id) || m_pending.contains(id) || m_unknown.contains(id))
            continue;
        m_pending.insert(id);
        ++m_requestsIssued;
        auto *call = m_provider->getContact(m_org, id);
        const quint64 gen = m_generation;
        connect(call, &ApiCall::finished, this, [this, call, id, gen] {
            if (gen != m_generation)
                return;
            m_pending.remove(id);
            if (call->succeeded()) {
                insert({call->result()});
            } else if (call->error().kind() == ApiError::Kind::NotFound
                       || call->error().kind() == ApiError::Kind::Decode) {
                m_unknown.insert(id);
                Q_EMIT contactsChanged({id});
            } else {
                // Network errors: forget the attempt; the next paint asks again.
                Q_EMIT lookupFailed(id);
            }
        });
    }
}

} // namespace repdesk
