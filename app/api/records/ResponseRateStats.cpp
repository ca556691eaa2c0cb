#include "ResponseRateStats.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ResponseRateStats> ResponseRateStats::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ResponseRateStats s;
    s.numConversationsRespondedTo = r.integer("numConversationsRespondedTo");
    s.numConversationsReceived = r.integer("numConversationsReceived");
    s.responseRate = r.optDouble("responseRate");
    return r.result(std::move(s));
}

} // namespace repdesk
