#include "AgentAnalytics.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<AgentAnalytics> AgentAnalytics::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    AgentAnalytics a;
    a.conversations = r.record<AgentConversationStats>("conversations");
    a.sales = r.record<SalesPipeline>("sales");
    return r.result(std::move(a));
}

} // namespace repdesk
