#pragma once

#include "Decoded.h"

#include <QJsonValue>

#include <optional>

namespace repdesk {

// Analytics (camelCase keys): responseRateStats / .../conversations/response-rate.
struct ResponseRateStats
{
    int numConversationsRespondedTo = 0;
    int numConversationsReceived = 0;
    // 0..1; nullopt when the server has no rate (e.g. nothing received).
    std::optional<double> responseRate;

    static Decoded<ResponseRateStats> fromJson(const QJsonValue &json);
};

} // namespace repdesk
