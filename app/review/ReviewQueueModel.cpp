#include "ReviewQueueModel.h"

#include "ContactDirectory.h"
#include "RelativeTime.h"

#include <algorithm>

namespace repdesk {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractListModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ReviewQueueModel::setContacts(ContactDirectory *contacts)
{
    if (m_contacts)
        m_contacts->disconnect(this);
    m_contacts = contacts;
    if (contacts)
        connect(contacts, &ContactDirectory::contactsChanged, this, &ReviewQueueModel::onContactsChanged);
}

void ReviewQueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

bool ReviewQueueModel::lessThan(const ReviewItem &a, const ReviewItem &b) const
{
    if ((a.skipRank > 0) != (b.skipRank > 0))
        return a.skipRank == 0;
    if (a.skipRank != b.skipRank)
        return a.skipRank < b.skipRank;
    // Newest activity first; a row without a known activity goes after those with one.
    const qint64 ta = a.lastActivityAt.isValid() ? a.lastActivityAt.toMSecsSinceEpoch() : LLONG_MIN;
    const qint64 tb = b.lastActivityAt.isValid() ? b.lastActivityAt.toMSecsSinceEpoch() : LLONG_MIN;
    if (ta != tb)
        return ta > tb;
    return a.conversationId < b.conversationId;
}

int ReviewQueueModel::insertionRow(const ReviewItem &item) const
{
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), item,
                                     [this](const ReviewItem &a, const ReviewItem &b) { return lessThan(a, b); });
    return int(at - m_rows.cbegin());
}

void ReviewQueueModel::rebuildIndex(int from, int to)
{
    for (int i = qMax(0, from); i <= to && i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).conversationId, i);
}

void ReviewQueueModel::recount()
{
    const int pending = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const ReviewItem &i) { return i.state == ReviewItem::State::Pending; }));
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingCountChanged(pending);
}

void ReviewQueueModel::reset(QList<ReviewItem> items)
{
    beginResetModel();
    std::stable_sort(items.begin(), items.end(),
                     [this](const ReviewItem &a, const ReviewItem &b) { return lessThan(a, b); });
    m_rows = QVector<ReviewItem>(items.cbegin(), items.cend());
    m_index.clear();
    rebuildIndex(0, int(m_rows.size()) - 1);
    m_skips = 0;
    for (const ReviewItem &i : std::as_const(m_rows))
        m_skips = qMax(m_skips, i.skipRank);
    endResetModel();
    recount();
}

void ReviewQueueModel::upsert(const ReviewItem &item)
{
    if (item.conversationId.isEmpty())
        return;
    if (m_index.contains(item.conversationId)) {
        update(item.conversationId, [&item](ReviewItem &row) { row = item; });
        return;
    }
    const int row = insertionRow(item);
    beginInsertRows({}, row, row);
    m_rows.insert(row, item);
    rebuildIndex(row, int(m_rows.size()) - 1);
    endInsertRows();
    recount();
}

void ReviewQueueModel::place(int row)
{
    const ReviewItem &item = m_rows.at(row);
    const int n = int(m_rows.size()) - 1; // the other rows
    auto other = [this, row](int i) -> const ReviewItem & { return m_rows.at(i < row ? i : i + 1); };
    int lo = 0;
    int hi = n;
    while (lo < hi) { // the first other row that `item` sorts before
        const int mid = (lo + hi) / 2;
        if (lessThan(item, other(mid)))
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo == row)
        return;
    beginMoveRows({}, row, row, {}, lo < row ? lo : lo + 1);
    m_rows.move(row, lo);
    endMoveRows();
    rebuildIndex(qMin(row, lo), qMax(row, lo));
}

bool ReviewQueueModel::update(const QString &conversationId, const std::function<void(ReviewItem &)> &change)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return false;
    ReviewItem &item = m_rows[row];
    change(item);
    item.conversationId = conversationId; // the key never changes under the index
    Q_EMIT dataChanged(index(row), index(row));
    place(row);
    recount();
    return true;
}

bool ReviewQueueModel::remove(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_index.remove(conversationId);
    rebuildIndex(row, int(m_rows.size()) - 1);
    endRemoveRows();
    recount();
    return true;
}

bool ReviewQueueModel::moveToEnd(const QString &conversationId)
{
    const int rank = m_skips + 1;
    if (!update(conversationId, [rank](ReviewItem &i) { i.skipRank = rank; }))
        return false;
    m_skips = rank;
    return true;
}

const ReviewItem *ReviewQueueModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const ReviewItem *ReviewQueueModel::find(const QString &conversationId) const
{
    return item(rowOf(conversationId));
}

int ReviewQueueModel::rowOf(const QString &conversationId) const
{
    return m_index.value(conversationId, -1);
}

QStringList ReviewQueueModel::conversationIds() const
{
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const ReviewItem &i : m_rows)
        ids.append(i.conversationId);
    return ids;
}

QString ReviewQueueModel::neighbour(const QString &conversationId, int step) const
{
    const int n = int(m_rows.size());
    if (n == 0)
        return {};
    step = step < 0 ? -1 : 1;
    const int from = rowOf(conversationId);
    const int start = from >= 0 ? from : (step > 0 ? -1 : n);
    for (int k = 1; k <= n; ++k) {
        const int row = ((start + step * k) % n + n) % n;
        if (row == from)
            break;
        if (m_rows.at(row).isReviewable())
            return m_rows.at(row).conversationId;
    }
    return {};
}

void ReviewQueueModel::holdRequests(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (!held && m_visibleFirst >= 0)
        ensureVisible(m_visibleFirst, m_visibleLast);
}

void ReviewQueueModel::ensureVisible(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
    if (m_rows.isEmpty() || m_held)
        return;
    first = qBound(0, first, int(m_rows.size()) - 1);
    last = qBound(first, last, int(m_rows.size()) - 1);
    QStringList contacts;
    QStringList previews;
    for (int row = first; row <= qMin(last + kPrefetchRows, int(m_rows.size()) - 1); ++row) {
        const ReviewItem &i = m_rows.at(row);
        if (i.preview == ReviewItem::Preview::Unknown)
            previews.append(i.conversationId);
        // Only ids the directory has not answered yet, and only where the draft names nobody.
        const bool draftNames = !i.draft.recipientName.trimmed().isEmpty() || !i.draft.recipientEmail.trimmed().isEmpty()
            || !i.draft.recipientPhoneNumber.trimmed().isEmpty();
        if (m_contacts && row <= last && !i.contactId.isEmpty() && !draftNames && !m_contacts->contact(i.contactId)
            && !m_contacts->isUnknown(i.contactId) && !m_contacts->isPending(i.contactId))
            contacts.append(i.contactId);
    }
    if (!contacts.isEmpty())
        m_contacts->request(contacts);
    if (!previews.isEmpty())
        Q_EMIT previewsWanted(previews);
}

QString ReviewQueueModel::contactName(const ReviewItem &item, bool *pending) const
{
    *pending = false;
    if (m_contacts && !item.contactId.isEmpty()) {
        const QString name = m_contacts->displayName(item.contactId);
        if (!name.isEmpty())
            return name;
    }
    // The draft's recipient is the conversation's contact, as the server named it.
    for (const QString &name : {item.draft.recipientName, item.draft.recipientEmail, item.draft.recipientPhoneNumber})
        if (!name.trimmed().isEmpty())
            return name.trimmed();
    if (m_contacts && !item.contactId.isEmpty() && m_contacts->isPending(item.contactId)) {
        *pending = true;
        return {};
    }
    return tr("Unknown contact");
}

void ReviewQueueModel::onContactsChanged(const QSet<QString> &contactIds)
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (contactIds.contains(m_rows.at(row).contactId))
            Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, ContactNameRole, ContactPendingRole});
}

QString ReviewQueueModel::stateText(const ReviewItem &item)
{
    switch (item.state) {
    case ReviewItem::State::Pending:
    case ReviewItem::State::Edited:
        return item.edited ? tr("Edited") : tr("To review");
    case ReviewItem::State::Sending:
        return item.stateMessage.isEmpty() ? tr("Sending") : item.stateMessage;
    case ReviewItem::State::Sent:
        return item.stateMessage.isEmpty() ? tr("Sent") : item.stateMessage;
    case ReviewItem::State::Discarded:
        return item.stateMessage.isEmpty() ? tr("Discarded") : item.stateMessage;
    case ReviewItem::State::Error:
        return item.stateMessage.isEmpty() ? tr("Error") : item.stateMessage;
    }
    return {};
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &i = m_rows.at(index.row());
    bool pending = false;
    switch (role) {
    case Qt::DisplayRole:
    case ContactNameRole:
        return contactName(i, &pending);
    case Qt::ToolTipRole:
        return i.lastActivityAt.isValid() ? RelativeTime::full(i.lastActivityAt) : QString();
    case ConversationIdRole: return i.conversationId;
    case ContactPendingRole:
        contactName(i, &pending);
        return pending;
    case LastInboundRole: return i.lastInbound;
    case PreviewRole: return QVariant::fromValue(i.preview);
    case LastActivityRole: return i.lastActivityAt;
    case AgeRole:
        return i.lastActivityAt.isValid() ? RelativeTime::format(i.lastActivityAt.toLocalTime(), m_clock().toLocalTime())
                                          : QString();
    case DraftCreatedAtRole: return i.draft.createdAt;
    case ModalityRole: return i.modality;
    case StateRole:
        return QVariant::fromValue(i.state == ReviewItem::State::Pending && i.edited ? ReviewItem::State::Edited
                                                                                     : i.state);
    case StateTextRole: return stateText(i);
    case ErrorRole: return i.state == ReviewItem::State::Error ? i.stateMessage : QString();
    case EditedRole: return i.edited;
    case ProposalHtmlRole: return i.draft.bodyHtml;
    case ResponseIdRole: return i.draft.responseId;
    case ScheduledSendAtRole: return i.draft.scheduledSendAt;
    case SkippedRole: return i.skipRank > 0;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"}, {ContactNameRole, "contactName"},
                  {ContactPendingRole, "contactPending"}, {LastInboundRole, "lastInbound"}, {PreviewRole, "preview"},
                  {LastActivityRole, "lastActivity"}, {AgeRole, "age"}, {DraftCreatedAtRole, "draftCreatedAt"},
                  {ModalityRole, "modality"}, {StateRole, "state"}, {StateTextRole, "stateText"},
                  {ErrorRole, "error"}, {EditedRole, "edited"}, {ProposalHtmlRole, "proposalHtml"},
                  {ResponseIdRole, "responseId"}, {ScheduledSendAtRole, "scheduledSendAt"}, {SkippedRole, "skipped"}});
    return names;
}

} // namespace repdesk
