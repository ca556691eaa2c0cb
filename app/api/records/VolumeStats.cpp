#include "VolumeStats.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<VolumeStats> VolumeStats::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    VolumeStats s;
    s.numMessagesReceived = r.integer("numMessagesReceived");
    s.numMessagesSent = r.integer("numMessagesSent");
    s.totalConversations = r.integer("totalConversations");
    return r.result(std::move(s));
}

} // namespace repdesk
