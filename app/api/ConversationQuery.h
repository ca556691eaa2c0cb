#pragma once

#include <QString>

namespace repdesk {

// Server-side filters and ordering of a conversation list, for providers with
// InboxProvider::ConversationQueries (Fernand's `query` and `order`). Empty
// means the plain list by activity, which is what the cache holds.
struct ConversationQuery
{
    enum class Assignee { Anyone, Unassigned, Agent };
    // Newest: by last activity, the list's own order. The others are the server's.
    enum class Order { Newest, Priority, Oldest, Longest };

    QString status;     // "opened", "closed", "snoozed", "spam"; empty: any
    Assignee assignee = Assignee::Anyone;
    QString agentEmail; // with Assignee::Agent
    QString tag;
    QString keywords;
    Order order = Order::Newest;

    bool filters() const
    {
        return !status.isEmpty() || assignee != Assignee::Anyone || !tag.isEmpty() || !keywords.trimmed().isEmpty();
    }
    bool isEmpty() const { return !filters() && order == Order::Newest; }
    // Rows come in the server's order, not by activity.
    bool servedOrder() const { return order != Order::Newest; }

    friend bool operator==(const ConversationQuery &a, const ConversationQuery &b)
    {
        return a.status == b.status && a.assignee == b.assignee && a.agentEmail == b.agentEmail && a.tag == b.tag
            && a.keywords.simplified() == b.keywords.simplified() && a.order == b.order;
    }
    friend bool operator!=(const ConversationQuery &a, const ConversationQuery &b) { return !(a == b); }
};

} // namespace repdesk
