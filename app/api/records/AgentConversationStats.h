#pragma once

#include "Decoded.h"

#include <QJsonValue>

namespace repdesk {

// GET .../agents/{id}/analytics/conversations and the "conversations" half of agent analytics.
struct AgentConversationStats
{
    int conversationsRespondedTo = 0;
    int messagesSent = 0;

    static Decoded<AgentConversationStats> fromJson(const QJsonValue &json);
};

} // namespace repdesk
