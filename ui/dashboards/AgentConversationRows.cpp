#include "dashboards/AgentConversationRows.h"

#include "AgentConversationListModel.h"
#include "RelativeTime.h"

#include <QTimer>

namespace repdesk {

namespace {
// First-strong isolate ... pop directional isolate: the name is laid out on its own.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}
} // namespace

AgentConversationRows::AgentConversationRows(QObject *parent) : QIdentityProxyModel(parent) {}

void AgentConversationRows::setContacts(ContactDirectory *contacts)
{
    if (m_contacts)
        disconnect(m_contacts, nullptr, this, nullptr);
    m_contacts = contacts;
    if (contacts) {
        connect(contacts, &ContactDirectory::contactsChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::AccessibleTextRole});
        });
    }
}

QString AgentConversationRows::contactName(const QModelIndex &sourceIndex) const
{
    const QString cached = sourceIndex.data(AgentConversationListModel::ContactNameRole).toString();
    if (!cached.isEmpty() || !m_contacts)
        return cached;
    const QString id = sourceIndex.data(AgentConversationListModel::ContactIdRole).toString();
    if (id.isEmpty())
        return {};
    const QString known = m_contacts->displayName(id);
    if (known.isEmpty() && !m_contacts->isUnknown(id) && !m_contacts->isPending(id))
        askLater(id);
    return known;
}

void AgentConversationRows::askLater(const QString &contactId) const
{
    // Views ask for the rows they paint: the names of one paint go out as one request batch.
    m_wanted.insert(contactId);
    if (m_askPending)
        return;
    m_askPending = true;
    QTimer::singleShot(0, this, [this] {
        m_askPending = false;
        const QStringList ids(m_wanted.cbegin(), m_wanted.cend());
        m_wanted.clear();
        if (m_contacts && !ids.isEmpty())
            m_contacts->request(ids);
    });
}

QVariant AgentConversationRows::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    if (!PagedListModel::isItemRow(source))
        return QIdentityProxyModel::data(index, role);
    QString name = contactName(source);
    if (name.isEmpty()) {
        // Never the id: "Unknown contact" only once the server said so, else it is still being asked.
        const QString id = source.data(AgentConversationListModel::ContactIdRole).toString();
        name = id.isEmpty() ? tr("No contact")
            : !m_contacts || m_contacts->isUnknown(id) ? tr("Unknown contact")
                                                       : tr("Loading…");
    }
    const QDateTime when = source.data(AgentConversationListModel::LastActivityAtRole).toDateTime();
    //: An agent's conversation in a list: contact, then when it was last active
    return tr("%1 — %2").arg(isolated(name), RelativeTime::format(when));
}

} // namespace repdesk
