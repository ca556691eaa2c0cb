#pragma once

#include "Decoded.h"

#include <QJsonValue>

namespace repdesk {

// Analytics: volumeStats / .../conversations/volume.
struct VolumeStats
{
    int numMessagesReceived = 0;
    int numMessagesSent = 0;
    int totalConversations = 0;

    static Decoded<VolumeStats> fromJson(const QJsonValue &json);
};

} // namespace repdesk
