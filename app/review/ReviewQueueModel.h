#pragma once

#include "ReviewItem.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>

namespace repdesk {

class ContactDirectory;

// The review queue of one organization: one row per pending response draft,
// newest activity first, except drafts skipped for now, which follow in the
// order they were skipped. Rows are filled by ReviewDiscovery and changed by
// ReviewSession's actions; this model only keeps them sorted and tells views.
// Contact names come from the organization's ContactDirectory (never an id),
// with the draft's recipient as a fallback. ensureVisible() asks for what the
// rows a view shows still lack (names, and through previewsWanted() the last
// inbound message), plus a few rows ahead, so scrolling finds them ready.
class ReviewQueueModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // QString, opaque
        ContactNameRole,     // QString: name, else email/phone; "Unknown contact" when unknown; empty while fetched
        ContactPendingRole,  // bool: the name is being fetched
        LastInboundRole,     // QString: the last inbound message's first line; empty while unknown or when none
        PreviewRole,         // ReviewItem::Preview: is LastInboundRole known, loading, or not yet asked?
        LastActivityRole,    // QDateTime, UTC: the conversation's last activity (the sort key)
        AgeRole,             // QString: time since the last activity, "5 min", "3 h", "Tue"
        DraftCreatedAtRole,  // QDateTime, UTC: when the proposal was written (may be invalid)
        ModalityRole,        // QString: the latest message's modality ("email", "text", ...), where known
        StateRole,           // ReviewItem::State (Edited for a pending row whose text was changed here)
        StateTextRole,       // QString: the state for people ("To review", "Sending in 3 seconds…", the error)
        ErrorRole,           // QString: the error when StateRole is Error, else empty
        EditedRole,          // bool: the local text differs from the server's proposal
        ProposalHtmlRole,    // QString: the proposal's body_html, as the server last showed it
        ResponseIdRole,      // QString, opaque
        ScheduledSendAtRole, // QDateTime, UTC: set when the server queued the draft for sending
        SkippedRole,         // bool: moved to the end by "skip for now"
    };
    Q_ENUM(Role)
    // Rows ahead of the last visible one whose previews are asked too.
    static constexpr int kPrefetchRows = 5;

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setContacts(ContactDirectory *contacts);
    // The clock ages are measured against (tests pin it).
    void setClock(std::function<QDateTime()> clock);

    // Replaces every row (painting from the cache).
    void reset(QList<ReviewItem> items);
    // Adds a row, or replaces the row of the same conversation, keeping the order.
    void upsert(const ReviewItem &item);
    // Changes one row in place (and moves it if its sort key changed). False when there is no such row.
    bool update(const QString &conversationId, const std::function<void(ReviewItem &)> &change);
    bool remove(const QString &conversationId);
    // Skip for now: the row goes after every other row, in this session's order.
    bool moveToEnd(const QString &conversationId);

    int count() const { return int(m_rows.size()); }
    const ReviewItem *item(int row) const;
    const ReviewItem *find(const QString &conversationId) const;
    int rowOf(const QString &conversationId) const;
    QStringList conversationIds() const;
    // The nearest reviewable row after (step 1) or before (step -1) `conversationId`, in
    // the model's order, wrapping around; empty when there is none other. From an
    // empty or unknown id: the first (or last) reviewable row.
    QString neighbour(const QString &conversationId, int step) const;

    // "To review (N)": rows waiting for review (Pending, edited or not).
    int pendingCount() const { return m_pending; }

    // A view shows rows [first, last]: ask for their missing names and previews.
    void ensureVisible(int first, int last);
    // While held (the account's key is still on its way, and a request without it would be
    // refused), ensureVisible() asks for nothing; released, it asks for the rows last shown.
    void holdRequests(bool held);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(const ReviewItem &item);

Q_SIGNALS:
    void pendingCountChanged(int count);
    // Rows shown (or about to be) lack their last inbound message: fetch these conversations' threads.
    void previewsWanted(const QStringList &conversationIds);

private:
    bool lessThan(const ReviewItem &a, const ReviewItem &b) const;
    int insertionRow(const ReviewItem &item) const;
    void place(int row);
    void rebuildIndex(int from, int to);
    void recount();
    QString contactName(const ReviewItem &item, bool *pending) const;
    void onContactsChanged(const QSet<QString> &contactIds);

    QVector<ReviewItem> m_rows;
    QHash<QString, int> m_index;
    QPointer<ContactDirectory> m_contacts;
    std::function<QDateTime()> m_clock;
    int m_pending = 0;
    int m_skips = 0;
    bool m_held = false;
    int m_visibleFirst = -1; // the rows last shown, asked again when released
    int m_visibleLast = -1;
};

} // namespace repdesk
