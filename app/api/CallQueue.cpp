#include "CallQueue.h"

#include "ApiCall.h"

namespace repdesk {

CallQueue::CallQueue(int maxInFlight, QObject *parent) : QObject(parent), m_max(qMax(1, maxInFlight)) {}

CallQueue::~CallQueue()
{
    // Calls still in flight outlive the queue (they delete themselves when
    // they finish); nothing may call back into a queue that is gone.
    for (const QPointer<ApiCall> &call : std::as_const(m_running)) {
        if (call)
            call->disconnect(this);
    }
}

void CallQueue::setMaxInFlight(int maxInFlight)
{
    m_max = qMax(1, maxInFlight);
    pump();
}

CallQueue::Ticket CallQueue::enqueue(Factory factory, QObject *context)
{
    Entry entry;
    entry.ticket = m_nextTicket++;
    entry.factory = std::move(factory);
    entry.context = context;
    entry.hasContext = context != nullptr;
    const Ticket ticket = entry.ticket;
    m_waiting.append(std::move(entry));
    pump();
    // The entry was dropped, or its call was answered without the network.
    if (isIdle())
        Q_EMIT idle();
    return ticket;
}

bool CallQueue::isQueued(Ticket ticket) const
{
    for (const Entry &entry : m_waiting) {
        if (entry.ticket == ticket)
            return true;
    }
    return false;
}

bool CallQueue::cancel(Ticket ticket)
{
    for (int i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).ticket == ticket) {
            m_waiting.removeAt(i);
            if (isIdle())
                Q_EMIT idle();
            return true;
        }
    }
    const QPointer<ApiCall> call = m_running.value(ticket);
    if (!m_running.contains(ticket))
        return false;
    if (call)
        call->cancel(); // finished -> onFinished frees the slot
    else
        onFinished(ticket);
    return true;
}

void CallQueue::cancelAll()
{
    // Waiting entries first, so freed slots do not start them.
    const bool hadWaiting = !m_waiting.isEmpty();
    m_waiting.clear();
    const QList<Ticket> running = m_running.keys();
    for (Ticket ticket : running)
        cancel(ticket);
    if (hadWaiting && isIdle())
        Q_EMIT idle();
}

void CallQueue::pump()
{
    // A factory or a call that finishes synchronously re-enters through
    // onFinished(); the outer loop carries on instead of recursing.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_waiting.isEmpty() && m_running.size() < m_max) {
        Entry entry = m_waiting.takeFirst();
        if (entry.hasContext && !entry.context)
            continue;
        ApiCall *call = entry.factory ? entry.factory() : nullptr;
        if (!call)
            continue;
        const Ticket ticket = entry.ticket;
        ++m_started;
        if (call->isFinished()) {
            // Answered without the network (a provider that completes locally).
            Q_EMIT callStarted(ticket);
            Q_EMIT callFinished(ticket);
            continue;
        }
        m_running.insert(ticket, call);
        m_maxObserved = qMax(m_maxObserved, int(m_running.size()));
        connect(call, &ApiCall::finished, this, [this, ticket] { onFinished(ticket); });
        Q_EMIT callStarted(ticket);
    }
    m_pumping = false;
}

void CallQueue::onFinished(Ticket ticket)
{
    if (m_running.remove(ticket) == 0)
        return;
    Q_EMIT callFinished(ticket);
    pump();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace repdesk
