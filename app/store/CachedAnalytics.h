#pragma once

#include <QByteArray>
#include <QDateTime>

namespace repdesk {

// One analytics answer as the cache keeps it (AnalyticsTable): the body, when
// the server gave it, and whether it belongs to a closed range (kept for good)
// or is the last answer a screen showed (kept while recent).
struct CachedAnalytics
{
    QByteArray payload; // compact JSON of the route's body
    QDateTime fetchedAt;
    bool permanent = false;
};

} // namespace repdesk
