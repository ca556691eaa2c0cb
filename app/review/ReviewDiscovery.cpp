#include "ReviewDiscovery.h"

#include "Cache.h"
#include "CallQueue.h"
#include "ConversationListModel.h"
#include "DraftCheck.h"
#include "DraftJournal.h"
#include "InboxProvider.h"
#include "InboxSync.h"
#include "ReviewQueueModel.h"
#include "ReviewText.h"
#include "SettingsKeys.h"

#include <algorithm>

namespace repdesk {

ReviewDiscovery::ReviewDiscovery(QObject *parent)
    : QObject(parent),
      m_queue(new CallQueue(kMaxInFlight, this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_windowDays(SettingsKeys::defaultReviewWindowDays)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ReviewDiscovery::discover);
    connect(m_queue, &CallQueue::idle, this, &ReviewDiscovery::onIdle);
}

ReviewDiscovery::~ReviewDiscovery()
{
    // Checks that answered are kept even when the round did not finish.
    flushSaves();
}

void ReviewDiscovery::setSource(InboxProvider *provider, Cache *cache, DraftJournal *journal,
                                const QString &organizationId, ReviewQueueModel *model)
{
    stop();
    m_provider = provider;
    m_cache = cache;
    m_journal = journal;
    m_org = organizationId;
    m_model = model;
    m_known.clear();
    m_candidates.clear();
    m_loaded = false;
}

void ReviewDiscovery::watch(ConversationListModel *conversations, InboxSync *sync)
{
    if (m_list)
        m_list->disconnect(this);
    m_list = conversations;
    if (conversations) {
        auto later = [this] { scheduleDiscover(); };
        connect(conversations, &QAbstractItemModel::rowsInserted, this, later);
        connect(conversations, &QAbstractItemModel::dataChanged, this, later);
        connect(conversations, &QAbstractItemModel::layoutChanged, this, later);
        connect(conversations, &QAbstractItemModel::modelReset, this, later);
        // Rows removed one by one are conversations gone from the server (InboxSync's walk).
        connect(conversations, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    QStringList gone;
                    for (int row = first; row <= last; ++row)
                        if (const Conversation *c = m_list->conversation(row))
                            gone.append(c->conversationId);
                    removeRows(gone);
                });
    }
    if (sync)
        connect(sync, &InboxSync::finished, this, [this] { scheduleDiscover(0); });
}

void ReviewDiscovery::setWindowDays(int days)
{
    m_windowDays = qMax(1, days);
}

void ReviewDiscovery::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime ReviewDiscovery::windowStart() const
{
    return m_clock().addDays(-m_windowDays);
}

std::optional<ReviewCheck> ReviewDiscovery::known(const QString &conversationId) const
{
    const auto it = m_known.constFind(conversationId);
    return it == m_known.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<Conversation> ReviewDiscovery::conversation(const QString &conversationId) const
{
    const auto it = m_candidates.constFind(conversationId);
    return it == m_candidates.constEnd() ? std::nullopt : std::optional(*it);
}

bool ReviewDiscovery::editedLocally(const QString &conversationId, const QString &proposalHtml) const
{
    if (!m_journal)
        return false;
    // The text the reply controller would show: the journal's when the server lacks it
    // (or a Send of it is in doubt), else the server's own.
    const std::optional<JournalEntry> entry = m_journal->entry(m_org, conversationId);
    return entry && (!entry->savedToServer || entry->sendAttemptedAt.isValid())
        && ReviewText::differs(proposalHtml, entry->html);
}

ReviewItem ReviewDiscovery::itemFor(const Conversation &conversation, const ResponseDraft &draft) const
{
    ReviewItem item;
    item.conversationId = conversation.conversationId;
    item.contactId = conversation.contactId;
    item.lastActivityAt = conversation.lastActivityAt.isValid() ? conversation.lastActivityAt : conversation.startAt;
    item.modality = m_modalities.value(conversation.conversationId);
    item.draft = draft;
    item.state = draft.isScheduled() ? ReviewItem::State::Sending : ReviewItem::State::Pending;
    item.stateMessage = draft.isScheduled() ? tr("Queued for sending") : QString();
    item.edited = editedLocally(conversation.conversationId, draft.bodyHtml);
    return item;
}

QList<Conversation> ReviewDiscovery::candidates()
{
    const QDateTime since = windowStart();
    QHash<QString, Conversation> byId;
    if (m_cache) {
        for (Conversation &c : m_cache->conversationsActiveSince(since))
            byId.insert(c.conversationId, std::move(c));
    }
    // Rows the list merged that the cache does not have yet (or has older): the list wins.
    if (m_list) {
        for (int row = 0; row < m_list->itemRowCount(); ++row) {
            const Conversation *c = m_list->conversation(row);
            if (!c || c->conversationId.isEmpty())
                continue;
            const QDateTime at = c->lastActivityAt.isValid() ? c->lastActivityAt : c->startAt;
            if (!at.isValid() || at < since)
                continue;
            const auto it = byId.constFind(c->conversationId);
            if (it == byId.constEnd() || activityKey(it->lastActivityAt) < activityKey(c->lastActivityAt))
                byId.insert(c->conversationId, *c);
        }
    }
    QList<Conversation> out = byId.values();
    std::sort(out.begin(), out.end(), [](const Conversation &a, const Conversation &b) {
        const qint64 ka = activityKey(a.lastActivityAt.isValid() ? a.lastActivityAt : a.startAt);
        const qint64 kb = activityKey(b.lastActivityAt.isValid() ? b.lastActivityAt : b.startAt);
        return ka != kb ? ka > kb : a.conversationId < b.conversationId;
    });
    return out;
}

void ReviewDiscovery::loadFromCache()
{
    m_loaded = true;
    if (!m_cache || !m_model)
        return;
    m_known = m_cache->reviewChecks();
    m_modalities = m_cache->latestModalities();
    QList<ReviewItem> items;
    m_candidates.clear();
    for (const Conversation &c : candidates()) {
        m_candidates.insert(c.conversationId, c);
        const auto it = m_known.constFind(c.conversationId);
        // A draft checked at an older activity is still the best guess until it is listed again.
        if (it != m_known.constEnd() && it->draft)
            items.append(itemFor(c, *it->draft));
    }
    m_model->reset(items);
}

void ReviewDiscovery::discover()
{
    m_debounce.stop();
    if (!m_loaded)
        loadFromCache();
    if (!m_provider || !m_model)
        return;
    m_lastError = ApiError();
    if (m_cache) {
        m_cache->pruneReviewChecks(windowStart());
        m_modalities = m_cache->latestModalities();
    }
    const QList<Conversation> list = candidates();
    m_candidates.clear();
    for (const Conversation &c : list)
        m_candidates.insert(c.conversationId, c);

    // Rows of conversations that left the window (or the cache) leave the queue.
    QStringList outside;
    for (const QString &id : m_model->conversationIds())
        if (!m_candidates.contains(id))
            outside.append(id);
    for (const QString &id : std::as_const(outside))
        if (!isHeld(id))
            m_model->remove(id);

    for (const Conversation &c : list) {
        const auto it = m_known.constFind(c.conversationId);
        if (it != m_known.constEnd() && activityKey(it->checkedActivityAt) == activityKey(c.lastActivityAt)) {
            // Nothing happened there since: no request. The row may still be missing
            // (the conversation came back into the window), so the check is applied.
            if (!isHeld(c.conversationId))
                apply(c.conversationId, it->draft);
            continue;
        }
        if (m_inFlight.value(c.conversationId, LLONG_MAX) == activityKey(c.lastActivityAt))
            continue;
        enqueue(c);
    }
    if (!m_running)
        Q_EMIT finished(m_lastError);
}

void ReviewDiscovery::scheduleDiscover(int delayMs)
{
    if (!m_provider)
        return;
    m_debounce.start(qMax(0, delayMs));
}

void ReviewDiscovery::stop()
{
    m_debounce.stop();
    m_inFlight.clear();
    m_queue->cancelAll();
    flushSaves();
    m_running = false;
}

void ReviewDiscovery::enqueue(const Conversation &conversation)
{
    const QString id = conversation.conversationId;
    const qint64 key = activityKey(conversation.lastActivityAt);
    m_inFlight.insert(id, key);
    m_queue->enqueue(
        [this, id, key]() -> ApiCall * {
            if (!m_provider)
                return nullptr;
            auto *call = DraftCheck::request(m_provider, m_org, id);
            connect(call, &ApiCall::finished, this, [this, id, key, call] { onListed(id, key, call); });
            return call;
        },
        this);
    if (!m_running) {
        m_running = true;
        Q_EMIT started();
    }
}

void ReviewDiscovery::onListed(const QString &conversationId, qint64 key, ApiCall *apiCall)
{
    auto *call = static_cast<Call<Page<ResponseDraft>> *>(apiCall);
    if (m_inFlight.value(conversationId, LLONG_MAX) != key)
        return; // stopped, or superseded by a newer activity's check
    m_inFlight.remove(conversationId);
    if (call->succeeded()) {
        const auto &items = call->result().items;
        ReviewCheck check;
        check.conversationId = conversationId;
        check.checkedActivityAt = key == LLONG_MIN ? QDateTime() : QDateTime::fromMSecsSinceEpoch(key, Qt::UTC);
        check.checkedAt = QDateTime::currentDateTimeUtc();
        if (!items.isEmpty())
            check.draft = items.first();
        record(check);
        Q_EMIT checked(conversationId, check.draft);
        if (!isHeld(conversationId))
            apply(conversationId, check.draft);
        // Its activity moved on while it was being listed: once more.
        const auto latest = m_candidates.constFind(conversationId);
        if (latest != m_candidates.constEnd() && activityKey(latest->lastActivityAt) != key)
            enqueue(*latest);
        return;
    }
    const ApiError error = call->error();
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_lastError = error;
    if (error.kind() == ApiError::Kind::NotFound) {
        m_known.remove(conversationId);
        m_candidates.remove(conversationId);
        removeRows({conversationId});
        Q_EMIT conversationGone(conversationId);
        return;
    }
    if (error.isTransient()) {
        // Offline or overloaded: every other check would fail the same way. The next sync retries.
        m_inFlight.clear();
        m_queue->cancelAll();
    }
}

void ReviewDiscovery::markChecked(const QString &conversationId, const std::optional<ResponseDraft> &draft)
{
    const auto c = m_candidates.constFind(conversationId);
    const auto k = m_known.constFind(conversationId);
    if (c == m_candidates.constEnd() && k == m_known.constEnd())
        return;
    ReviewCheck check;
    check.conversationId = conversationId;
    check.checkedActivityAt = c != m_candidates.constEnd() ? c->lastActivityAt : k->checkedActivityAt;
    check.checkedAt = QDateTime::currentDateTimeUtc();
    check.draft = draft;
    record(check);
    flushSaves();
}

void ReviewDiscovery::record(const ReviewCheck &check)
{
    m_known.insert(check.conversationId, check);
    m_unsaved.append(check);
    if (m_unsaved.size() >= kSaveBatch)
        flushSaves();
}

void ReviewDiscovery::flushSaves()
{
    if (m_unsaved.isEmpty())
        return;
    if (m_cache)
        m_cache->saveReviewChecks(m_unsaved);
    m_unsaved.clear();
}

void ReviewDiscovery::apply(const QString &conversationId, const std::optional<ResponseDraft> &draft)
{
    if (!m_model)
        return;
    const ReviewItem *row = m_model->find(conversationId);
    if (!draft) {
        // What this session sent or discarded stays listed as such; anything else has left the queue.
        if (row && row->state != ReviewItem::State::Sent && row->state != ReviewItem::State::Discarded)
            m_model->remove(conversationId);
        return;
    }
    const auto c = m_candidates.constFind(conversationId);
    if (c == m_candidates.constEnd())
        return;
    const ReviewItem fresh = itemFor(*c, *draft);
    if (!row) {
        m_model->upsert(fresh);
        return;
    }
    const bool done = row->state == ReviewItem::State::Sent || row->state == ReviewItem::State::Discarded;
    const bool newProposal = row->draft.responseId != draft->responseId || row->draft.bodyHtml != draft->bodyHtml
        || row->draft.scheduledSendAt != draft->scheduledSendAt;
    m_model->update(conversationId, [&](ReviewItem &i) {
        i.contactId = fresh.contactId;
        i.lastActivityAt = fresh.lastActivityAt;
        if (!fresh.modality.isEmpty())
            i.modality = fresh.modality;
        if (done && !newProposal)
            return; // the same draft this session already dealt with
        i.draft = fresh.draft;
        i.state = fresh.state;
        i.stateMessage = fresh.stateMessage;
        i.edited = fresh.edited;
    });
}

void ReviewDiscovery::removeRows(const QStringList &conversationIds)
{
    if (conversationIds.isEmpty())
        return;
    for (const QString &id : conversationIds) {
        m_known.remove(id);
        m_candidates.remove(id);
        if (m_model && !isHeld(id))
            m_model->remove(id);
    }
    if (m_cache)
        m_cache->removeReviewChecks(conversationIds);
}

void ReviewDiscovery::onIdle()
{
    flushSaves();
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_lastError);
}

} // namespace repdesk
