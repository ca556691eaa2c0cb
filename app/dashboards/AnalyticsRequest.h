#pragma once

#include "DateRange.h"

#include <QString>

namespace repdesk {

// One analytics question: which route, about whom (an agent or a legacy
// solution; nobody for organization routes), for which [start, end).
// Every analytics route requires both dates; a request without them is never
// sent (AnalyticsFetcher refuses it).
struct AnalyticsRequest
{
    enum class Route {
        ResponseRate,       // GET .../analytics/conversations/response-rate   -> ResponseRateStats
        ResponseTime,       // GET .../analytics/conversations/response-time   -> ResponseTimeStats
        Volume,             // GET .../analytics/conversations/volume          -> VolumeStats
        Modality,           // GET .../analytics/conversations/modality        -> ModalityStats
        Conversations,      // GET .../analytics/conversations (all four)      -> ConversationAnalytics
        Sales,              // GET .../analytics/sales                         -> SalesPipeline
        AgentConversations, // GET .../agents/{id}/analytics/conversations     -> AgentConversationStats
        AgentSales,         // GET .../agents/{id}/analytics/sales             -> SalesPipeline
        AgentSummary,       // GET .../agents/{id}/analytics                   -> AgentAnalytics
        Solution,           // GET /api/v1/solutions/{id}/analytics            -> SolutionAnalytics
    };

    Route route = Route::Volume;
    QString subject; // the agent or solution id; empty for organization routes
    DateRange range;
    // Where this answer is kept as the last one its screen showed (scope,
    // range key and slot), so coming back paints it at once; empty: not kept.
    QString lastKey;

    bool hasBothDates() const { return range.start.isValid() && range.end.isValid(); }
    // Whether an answer for a range that is over can be kept for good. Not a
    // pipeline's: the docs do not say which sales a stage counts, and by the
    // sandbox's rule (created in the range, counted where they are now) a past
    // range's stages change whenever its sales move on. Keeping the first
    // answer would show figures the drill-down and the other sales routes no
    // longer agree with.
    bool isFinalOnceClosed() const
    {
        return route != Route::Sales && route != Route::AgentSales && route != Route::AgentSummary;
    }
    // The key of a closed range's answer, kept for good.
    QString closedKey() const
    {
        return QStringLiteral("closed/%1/%2/%3/%4")
            .arg(routeName(route), subject)
            .arg(range.start.toMSecsSinceEpoch())
            .arg(range.end.toMSecsSinceEpoch());
    }

    static QString routeName(Route route)
    {
        switch (route) {
        case Route::ResponseRate:
            return QStringLiteral("response-rate");
        case Route::ResponseTime:
            return QStringLiteral("response-time");
        case Route::Volume:
            return QStringLiteral("volume");
        case Route::Modality:
            return QStringLiteral("modality");
        case Route::Conversations:
            return QStringLiteral("conversations");
        case Route::Sales:
            return QStringLiteral("sales");
        case Route::AgentConversations:
            return QStringLiteral("agent-conversations");
        case Route::AgentSales:
            return QStringLiteral("agent-sales");
        case Route::AgentSummary:
            return QStringLiteral("agent");
        case Route::Solution:
            return QStringLiteral("solution");
        }
        return QString();
    }
};

} // namespace repdesk
