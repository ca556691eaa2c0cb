#pragma once

#include "AgentConversationStats.h"
#include "Decoded.h"
#include "SalesPipeline.h"

#include <QJsonValue>

namespace repdesk {

// GET .../agents/{id}/analytics.
struct AgentAnalytics
{
    AgentConversationStats conversations;
    SalesPipeline sales;

    static Decoded<AgentAnalytics> fromJson(const QJsonValue &json);
};

} // namespace repdesk
