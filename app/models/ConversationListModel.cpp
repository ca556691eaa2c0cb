#include "ConversationListModel.h"

#include "Cache.h"
#include "Call.h"
#include "ContactDirectory.h"
#include "InboxProvider.h"
#include "Page.h"
#include "RelativeTime.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace repdesk {

namespace {
bool sameConversation(const Conversation &a, const Conversation &b)
{
    return a.conversationId == b.conversationId && a.startAt == b.startAt && a.lastActivityAt == b.lastActivityAt
        && a.folder == b.folder && a.isRead == b.isRead && a.contactId == b.contactId;
}

// Rows in ascending order -> [first, last] runs, so a full reconciliation
// reports a few ranges instead of one signal per row.
QList<QPair<int, int>> runsOf(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<QPair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && row <= runs.last().second + 1)
            runs.last().second = qMax(runs.last().second, row);
        else
            runs.append({row, row});
    }
    return runs;
}
} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : PagedListModel(parent) {}

void ConversationListModel::setSource(InboxProvider *provider, Cache *cache, ContactDirectory *contacts,
                                      const QString &organizationId)
{
    if (m_contacts)
        m_contacts->disconnect(this);
    m_provider = provider;
    m_cache = cache;
    m_contacts = contacts;
    m_org = organizationId;
    m_query = ListQuery();
    m_modalities.clear();
    if (m_contacts)
        connect(m_contacts, &ContactDirectory::contactsChanged, this, &ConversationListModel::onContactsChanged);
    resetPaging();
    replaceAll({});
}

void ConversationListModel::replaceAll(QVector<Conversation> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_fetched = QVector<bool>(m_rows.size(), false);
    m_keys.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_keys[i] = sortKey(m_rows.at(i));
    m_searchKeys.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_searchKeys[i] = makeSearchKey(m_rows.at(i));
    rebuildIndex();
    endResetModel();
}

void ConversationListModel::loadFromCache()
{
    if (!m_cache)
        return;
    m_modalities = m_cache->latestModalities();
    const QList<Conversation> cached = m_cache->conversations();
    // The cache returns rows in list order already (last activity desc, then id).
    QVector<Conversation> rows(cached.cbegin(), cached.cend());
    resetPaging();
    replaceAll(std::move(rows));
}

void ConversationListModel::setDateRange(const QDateTime &start, const QDateTime &end)
{
    if (start == m_query.startDate && end == m_query.endDate)
        return;
    m_query.startDate = start;
    m_query.endDate = end;
    if (!start.isValid() && !end.isValid() && m_query.conversations.isEmpty() && m_cache) {
        // Back to the unfiltered list: paint the cache again, then page from the top.
        loadFromCache();
        fetchMore({});
        return;
    }
    reload();
}

void ConversationListModel::setConversationQuery(const ConversationQuery &query)
{
    if (query == m_query.conversations)
        return;
    m_query.conversations = query;
    if (query.isEmpty() && !m_query.startDate.isValid() && !m_query.endDate.isValid() && m_cache) {
        // Back to the unfiltered list: paint the cache again, then page from the top.
        loadFromCache();
        fetchMore({});
        return;
    }
    reload();
}

void ConversationListModel::clearItems()
{
    m_nextServedKey = 0;
    m_rows.clear();
    m_keys.clear();
    m_searchKeys.clear();
    m_fetched.clear();
    m_index.clear();
}

void ConversationListModel::rebuildIndex(int from)
{
    if (from == 0)
        m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).conversationId, i);
}

QString ConversationListModel::makeSearchKey(const Conversation &c) const
{
    if (!m_contacts)
        return {};
    const Contact *contact = m_contacts->contact(c.contactId);
    if (!contact)
        return {};
    return (contact->name + QLatin1Char(' ') + contact->email).toCaseFolded();
}

QStringList ConversationListModel::merge(const QList<Conversation> &incoming)
{
    QStringList newlyUnread;
    QVector<Conversation> added;
    QVector<int> touched;
    added.reserve(incoming.size());
    for (const Conversation &c : incoming) {
        if (c.conversationId.isEmpty())
            continue;
        const bool unread = c.isRead.has_value() && !*c.isRead;
        auto it = m_index.constFind(c.conversationId);
        if (it != m_index.constEnd()) {
            Conversation &old = m_rows[*it];
            // A full reconciliation repeats most rows unchanged: nothing to repaint for those.
            if (m_fetched[*it] && sameConversation(old, c))
                continue;
            const bool wasUnread = old.isRead.has_value() && !*old.isRead;
            if (unread && (!wasUnread || c.lastActivityAt > old.lastActivityAt))
                newlyUnread << c.conversationId;
            old = c;
            if (!m_query.conversations.servedOrder())
                m_keys[*it] = sortKey(c);
            m_fetched[*it] = true;
            m_searchKeys[*it] = makeSearchKey(c);
            touched << *it;
        } else {
            if (unread)
                newlyUnread << c.conversationId;
            added << c;
        }
    }
    if (!added.isEmpty() && m_query.conversations.servedOrder()) {
        const int first = m_rows.size();
        beginInsertRows({}, first, first + added.size() - 1);
        for (Conversation &c : added) {
            m_index.insert(c.conversationId, m_rows.size());
            m_keys.append(--m_nextServedKey);
            m_fetched.append(true);
            m_searchKeys.append(makeSearchKey(c));
            m_rows.append(std::move(c));
        }
        endInsertRows();
        added.clear();
    }
    if (!added.isEmpty()) {
        // Sort the batch on precomputed keys: comparing QDateTimes 100k*log(100k) times is slow.
        QVector<QPair<qint64, int>> order(added.size());
        for (int i = 0; i < added.size(); ++i)
            order[i] = {sortKey(added[i]), i};
        std::stable_sort(order.begin(), order.end(), [&added](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first > b.first;
            return added[a.second].conversationId < added[b.second].conversationId;
        });
        const int first = m_rows.size();
        const int n = added.size();
        beginInsertRows({}, first, first + n - 1);
        m_rows.reserve(first + n);
        m_keys.reserve(first + n);
        m_fetched.reserve(first + n);
        m_searchKeys.reserve(first + n);
        m_index.reserve(first + n);
        for (const auto &o : std::as_const(order)) {
            Conversation &c = added[o.second];
            m_index.insert(c.conversationId, m_rows.size());
            m_keys.append(o.first);
            m_fetched.append(true);
            m_searchKeys.append(makeSearchKey(c));
            m_rows.append(std::move(c));
        }
        endInsertRows();
    }
    for (const auto &run : runsOf(touched))
        Q_EMIT dataChanged(index(run.first), index(run.second));

    if (!isSorted())
        resort();
    return newlyUnread;
}

void ConversationListModel::remove(const QStringList &conversationIds)
{
    QVector<int> rows;
    for (const QString &id : conversationIds) {
        const int row = rowOf(id);
        if (row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    // Row removals, last run first, never a reset: the other rows keep their
    // selection and current index.
    const QList<QPair<int, int>> runs = runsOf(rows);
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const int first = run->first;
        const int count = run->second - run->first + 1;
        beginRemoveRows({}, first, run->second);
        for (int row = first; row <= run->second; ++row)
            m_index.remove(m_rows.at(row).conversationId);
        m_rows.remove(first, count);
        m_keys.remove(first, count);
        m_fetched.remove(first, count);
        m_searchKeys.remove(first, count);
        rebuildIndex(first); // before listeners of rowsRemoved ask rowOf()
        endRemoveRows();
    }
}

qint64 ConversationListModel::sortKey(const Conversation &c)
{
    return c.lastActivityAt.isValid() ? c.lastActivityAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

bool ConversationListModel::isSorted() const
{
    for (int i = 1; i < m_rows.size(); ++i) {
        if (m_keys[i - 1] < m_keys[i])
            return false;
        if (m_keys[i - 1] == m_keys[i] && m_rows[i].conversationId < m_rows[i - 1].conversationId)
            return false;
    }
    return true;
}

void ConversationListModel::resort()
{
    // A layout change, not a reset, so selection and the current row survive.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        if (m_keys[a] != m_keys[b])
            return m_keys[a] > m_keys[b];
        return m_rows[a].conversationId < m_rows[b].conversationId;
    });
    QVector<int> newRowOf(order.size());
    QVector<Conversation> rows(order.size());
    QVector<QString> searchKeys(order.size());
    QVector<bool> fetched(order.size());
    QVector<qint64> keys(order.size());
    for (int newRow = 0; newRow < order.size(); ++newRow) {
        const int old = order[newRow];
        newRowOf[old] = newRow;
        rows[newRow] = std::move(m_rows[old]);
        searchKeys[newRow] = std::move(m_searchKeys[old]);
        fetched[newRow] = m_fetched[old];
        keys[newRow] = m_keys[old];
    }
    m_rows = std::move(rows);
    m_searchKeys = std::move(searchKeys);
    m_fetched = std::move(fetched);
    m_keys = std::move(keys);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &idx : persistent)
        to << (idx.row() < newRowOf.size() ? index(newRowOf[idx.row()]) : index(idx.row()));
    changePersistentIndexList(persistent, to);
    rebuildIndex();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConversationListModel::setModalities(const QHash<QString, QString> &modalities)
{
    m_modalities = modalities;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1), {ModalityRole});
}

void ConversationListModel::setModality(const QString &conversationId, const QString &modality)
{
    m_modalities.insert(conversationId, modality);
    const int row = rowOf(conversationId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ModalityRole});
}

const Conversation *ConversationListModel::conversation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    return m_index.value(conversationId, -1);
}

void ConversationListModel::ensureContacts(int firstRow, int lastRow)
{
    if (!m_contacts)
        return;
    QStringList missing;
    for (int row = qMax(0, firstRow); row <= lastRow && row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).contactId;
        if (!id.isEmpty() && !m_contacts->contact(id) && !missing.contains(id))
            missing << id;
    }
    if (!missing.isEmpty())
        m_contacts->request(missing);
}

void ConversationListModel::onContactsChanged(const QSet<QString> &ids)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows.at(row).contactId))
            continue;
        m_searchKeys[row] = makeSearchKey(m_rows.at(row));
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {Qt::DisplayRole, ContactNameRole, ContactEmailRole,
                                                       ContactStateRole, Qt::AccessibleTextRole});
}

QVariant ConversationListModel::itemData(int row, int role) const
{
    const Conversation &c = m_rows.at(row);
    const bool unread = c.isRead.has_value() && !*c.isRead;
    switch (role) {
    case ConversationIdRole:
        return c.conversationId;
    case ContactIdRole:
        return c.contactId;
    case ContactNameRole:
        return m_contacts ? m_contacts->displayName(c.contactId) : QString();
    case ContactEmailRole: {
        const Contact *contact = m_contacts ? m_contacts->contact(c.contactId) : nullptr;
        return contact ? contact->email : QString();
    }
    case ContactStateRole:
        if (m_contacts && m_contacts->contact(c.contactId))
            return QVariant::fromValue(ContactState::Known);
        if (c.contactId.isEmpty() || !m_contacts || m_contacts->isUnknown(c.contactId))
            return QVariant::fromValue(ContactState::Unknown);
        return QVariant::fromValue(ContactState::Loading);
    case FolderRole:
        return c.folder;
    case IsUnreadRole:
        return unread;
    case LastActivityRole:
        return c.lastActivityAt;
    case StartAtRole:
        return c.startAt;
    case ModalityRole:
        return m_modalities.value(c.conversationId);
    case OriginRole:
        return QVariant::fromValue(m_fetched.value(row) ? Origin::Fetched : Origin::Cached);
    case Qt::DisplayRole: {
        const QString name = m_contacts ? m_contacts->displayName(c.contactId) : QString();
        if (!name.isEmpty())
            return name;
        return itemData(row, ContactStateRole).value<ContactState>() == ContactState::Loading
            ? tr("Loading contact…")
            : tr("Unknown contact");
    }
    case Qt::ToolTipRole:
        return RelativeTime::full(c.lastActivityAt);
    case Qt::AccessibleTextRole: {
        QStringList parts;
        if (unread)
            parts << tr("Unread");
        parts << itemData(row, Qt::DisplayRole).toString();
        if (!c.folder.isEmpty())
            parts << tr("folder %1").arg(c.folder);
        const QString modality = m_modalities.value(c.conversationId);
        if (!modality.isEmpty())
            parts << modality;
        parts << RelativeTime::format(c.lastActivityAt);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ContactIdRole, "contactId");
    names.insert(ContactNameRole, "contactName");
    names.insert(ContactEmailRole, "contactEmail");
    names.insert(ContactStateRole, "contactState");
    names.insert(FolderRole, "folder");
    names.insert(IsUnreadRole, "unread");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(StartAtRole, "startAt");
    names.insert(ModalityRole, "modality");
    names.insert(OriginRole, "origin");
    return names;
}

ApiCall *ConversationListModel::requestPage(const QString &cursor)
{
    if (!m_provider || m_org.isEmpty())
        return nullptr;
    ListQuery q = m_query.withCursor(cursor);
    q.limit = m_pageSize;
    return m_provider->listConversations(m_org, q);
}

void ConversationListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    auto *typed = static_cast<Call<Page<Conversation>> *>(call);
    const Page<Conversation> &page = typed->result();
    merge(page.items);
    if (m_cache)
        m_cache->upsertConversations(page.items);
    *nextCursor = page.nextCursor;
    *hasMore = page.hasMore;
}

} // namespace repdesk
