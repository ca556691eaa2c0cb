#include "AgentConversationStats.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<AgentConversationStats> AgentConversationStats::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    AgentConversationStats s;
    s.conversationsRespondedTo = r.integer("conversationsRespondedTo");
    s.messagesSent = r.integer("messagesSent");
    return r.result(std::move(s));
}

} // namespace repdesk
