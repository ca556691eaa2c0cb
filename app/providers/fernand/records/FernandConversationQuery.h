#pragma once

#include "RequestSpec.h"

#include <QString>
#include <QStringList>

namespace repdesk {

// GET /conversations parameters: limit (3..250, default 25), cursor, `query`
// (space-separated terms: status:opened, assigned:EMAIL, unassigned:true,
// tag:X, keywords) and order (priority, oldest, newest, longest).
struct FernandConversationQuery
{
    enum class Order { Default, Priority, Oldest, Newest, Longest };

    int limit = 0; // 0: the server's default; else clamped to 3..250
    QString cursor;
    QString status;        // "opened", "closed", "snoozed", "spam"; empty: any
    QString assignedEmail; // assigned:EMAIL
    bool unassigned = false;
    QString tag;
    QString keywords;
    Order order = Order::Default;

    QString queryText() const;
    static QString orderName(Order order);
    void applyTo(RequestSpec &spec) const;
};

} // namespace repdesk
