#pragma once

#include "ConversationQuery.h"
#include "RequestSpec.h"

#include <QDateTime>
#include <QString>

namespace repdesk {

// The parameters every paginated list route takes.
struct ListQuery
{
    int limit = 0;          // 0: the server's default
    QString cursor;
    QDateTime startDate;    // inclusive
    QDateTime endDate;      // exclusive
    // Conversation lists only, and only where the provider has ConversationQueries:
    // HyperRep's routes take none of it, so applyTo() leaves it out.
    ConversationQuery conversations = {};

    void applyTo(RequestSpec &spec) const
    {
        spec.addQuery(QStringLiteral("limit"), limit);
        spec.addQuery(QStringLiteral("cursor"), cursor);
        spec.addQuery(QStringLiteral("start_date"), startDate);
        spec.addQuery(QStringLiteral("end_date"), endDate);
    }
    ListQuery withCursor(const QString &c) const
    {
        ListQuery q = *this;
        q.cursor = c;
        return q;
    }
};

} // namespace repdesk
