#pragma once

#include "Decoded.h"
#include "ModalityStats.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "VolumeStats.h"

#include <QJsonValue>

namespace repdesk {

// GET .../analytics/conversations: the four sub-routes' bodies together.
struct ConversationAnalytics
{
    ResponseRateStats responseRateStats;
    ResponseTimeStats responseTimeStats;
    VolumeStats volumeStats;
    ModalityStats modalityStats;

    static Decoded<ConversationAnalytics> fromJson(const QJsonValue &json);
};

} // namespace repdesk
