#include "ConversationAnalytics.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ConversationAnalytics> ConversationAnalytics::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ConversationAnalytics a;
    a.responseRateStats = r.record<ResponseRateStats>("responseRateStats");
    a.responseTimeStats = r.record<ResponseTimeStats>("responseTimeStats");
    a.volumeStats = r.record<VolumeStats>("volumeStats");
    a.modalityStats = r.record<ModalityStats>("modalityStats");
    return r.result(std::move(a));
}

} // namespace repdesk
