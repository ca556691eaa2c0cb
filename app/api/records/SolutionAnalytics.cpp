#include "SolutionAnalytics.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<SolutionAnalytics> SolutionAnalytics::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    SolutionAnalytics a;

    JsonReader rate = r.child("responseRateStats");
    a.numChatsSent = rate.integer("numChatsSent");
    a.numPendingChats = rate.integer("numPendingChats");
    a.responseRate = rate.optDouble("responseRate");

    JsonReader time = r.child("responseTimeStats");
    a.responseTime = time.optDouble("responseTime");
    a.responseTimeBusinessHours = time.optDouble("responseTimeBusinessHours");
    a.numResponses = time.integer("numResponses");
    a.numResponsesBusinessHours = time.integer("numResponsesBusinessHours");

    JsonReader sales = r.child("salesStats");
    a.averageSpeedToSale = sales.optDouble("averageSpeedToSale");
    a.numSalesCounted = sales.integer("numSalesCounted");

    JsonReader value = r.child("valueStats");
    a.salesValue = value.number("salesValue");
    a.quoteValue = value.number("quoteValue");

    JsonReader funnel = r.child("salesFunnelStats");
    JsonReader source = funnel.child("source");
    a.sessionsDirectEmail = source.integer("sessionsDirectEmail");
    a.sessionsIndirectEmail = source.integer("sessionsIndirectEmail");
    a.sessionsFormRequest = source.integer("sessionsFormRequest");
    JsonReader response = funnel.child("response");
    a.sessionsLeadResponded = response.integer("sessionsLeadResponded");
    a.sessionsGhosted = response.integer("sessionsGhosted");
    a.sessionsResponseSent = response.integer("sessionsResponseSent");
    a.sessionsPendingOutreach = response.integer("sessionsPendingOutreach");
    a.sessionsQuoted = funnel.child("outcome").integer("sessionsQuoted");
    a.sessionsSale = funnel.child("sale").integer("sessionsSale");

    JsonReader autonomy = r.child("autonomyRateStats");
    a.chatsSentWithChanges = autonomy.integer("chatsSentWithChanges");
    a.chatsSentWithoutChanges = autonomy.integer("chatsSentWithoutChanges");
    a.autonomyRate = autonomy.optDouble("autonomyRate");

    a.numLeads = r.integer("numLeads");
    a.leadsHandled = r.integer("leadsHandled");
    a.salesRate = r.optDouble("salesRate");
    a.quoteRate = r.optDouble("quoteRate");
    a.ghostRate = r.optDouble("ghostRate");
    a.leadResponseScore = r.optDouble("leadResponseScore");
    return r.result(std::move(a));
}

} // namespace repdesk
