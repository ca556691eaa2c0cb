#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace repdesk {

class ApiCall;

// Starts calls with at most N in flight, in the order they were queued, so a
// screen that needs dozens of figures (a dashboard's buckets, a leaderboard's
// rows, a review queue's items) asks for them politely and in a useful order
// instead of flooding the account's transport. A queued entry is a factory:
// the call is only created when a slot frees up, so cancelling a waiting entry
// costs nothing and sends nothing. The factory connects its own slot to the
// call's `finished`; the queue only watches it to free the slot.
class CallQueue : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64; // 0 is never a ticket
    using Factory = std::function<ApiCall *()>;

    explicit CallQueue(int maxInFlight = 4, QObject *parent = nullptr);
    ~CallQueue() override;

    // At least 1. Raising it starts waiting entries at once.
    void setMaxInFlight(int maxInFlight);
    int maxInFlight() const { return m_max; }

    // Queues a factory; it runs when fewer than maxInFlight() calls are in
    // flight and every earlier entry has started. A factory returning nullptr
    // (nothing to ask) frees its slot at once. When `context` is given and is
    // destroyed before its turn, the entry is dropped.
    Ticket enqueue(Factory factory, QObject *context = nullptr);
    // A waiting entry is dropped (its factory never runs); a call in flight is
    // cancelled (its `finished` still arrives, with ApiError::Kind::Cancelled).
    // False when the ticket is unknown or already finished.
    bool cancel(Ticket ticket);
    void cancelAll();

    bool isQueued(Ticket ticket) const;
    bool isInFlight(Ticket ticket) const { return m_running.contains(ticket); }
    int inFlightCount() const { return int(m_running.size()); }
    int pendingCount() const { return int(m_waiting.size()); }
    bool isIdle() const { return m_running.isEmpty() && m_waiting.isEmpty(); }

    // For tests and benchmarks: the most calls ever in flight at once, and how many were started.
    int maxObservedInFlight() const { return m_maxObserved; }
    void resetMaxObserved() { m_maxObserved = int(m_running.size()); }
    quint64 startedCount() const { return m_started; }

Q_SIGNALS:
    void callStarted(repdesk::CallQueue::Ticket ticket);
    void callFinished(repdesk::CallQueue::Ticket ticket);
    // Nothing in flight and nothing waiting.
    void idle();

private:
    struct Entry
    {
        Ticket ticket = 0;
        Factory factory;
        QPointer<QObject> context;
        bool hasContext = false;
    };

    void pump();
    void onFinished(Ticket ticket);

    int m_max;
    Ticket m_nextTicket = 1;
    QList<Entry> m_waiting;
    QHash<Ticket, QPointer<ApiCall>> m_running;
    int m_maxObserved = 0;
    quint64 m_started = 0;
    bool m_pumping = false;
};

} // namespace repdesk
