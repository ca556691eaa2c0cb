#include "Agent.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<Agent> Agent::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Agent a;
    a.agentId = r.string("agent_id");
    a.name = r.string("name");
    a.email = r.string("email");
    return r.result(std::move(a));
}

} // namespace repdesk
