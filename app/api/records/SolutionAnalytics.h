#pragma once

#include "Decoded.h"

#include <QJsonValue>

#include <optional>

namespace repdesk {

// Legacy v1 GET /api/v1/solutions/{id}/analytics. The nested groups are
// flattened: no two groups share a key, and v1 is read-only legacy data that
// does not warrant a struct per group. Counts null/missing -> 0; rates,
// averages and scores null/missing -> nullopt.
struct SolutionAnalytics
{
    // responseRateStats
    int numChatsSent = 0;
    int numPendingChats = 0;
    std::optional<double> responseRate;
    // responseTimeStats (seconds)
    std::optional<double> responseTime;
    std::optional<double> responseTimeBusinessHours;
    int numResponses = 0;
    int numResponsesBusinessHours = 0;
    // salesStats
    std::optional<double> averageSpeedToSale;
    int numSalesCounted = 0;
    // valueStats (plain JSON numbers in v1, unlike v2's decimal strings)
    double salesValue = 0;
    double quoteValue = 0;
    // salesFunnelStats.source
    int sessionsDirectEmail = 0;
    int sessionsIndirectEmail = 0;
    int sessionsFormRequest = 0;
    // salesFunnelStats.response
    int sessionsLeadResponded = 0;
    int sessionsGhosted = 0;
    int sessionsResponseSent = 0;
    int sessionsPendingOutreach = 0;
    // salesFunnelStats.outcome / .sale
    int sessionsQuoted = 0;
    int sessionsSale = 0;
    // autonomyRateStats
    int chatsSentWithChanges = 0;
    int chatsSentWithoutChanges = 0;
    std::optional<double> autonomyRate;
    // top level
    int numLeads = 0;
    int leadsHandled = 0;
    std::optional<double> salesRate;
    std::optional<double> quoteRate;
    std::optional<double> ghostRate;
    std::optional<double> leadResponseScore;

    static Decoded<SolutionAnalytics> fromJson(const QJsonValue &json);
};

} // namespace repdesk
