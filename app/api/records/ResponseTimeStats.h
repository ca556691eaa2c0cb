#pragma once

#include "Decoded.h"

#include <QJsonValue>

#include <optional>

namespace repdesk {

// Analytics: responseTimeStats / .../conversations/response-time.
struct ResponseTimeStats
{
    // Seconds (an average, so not necessarily whole); nullopt when no responses.
    std::optional<double> responseTime;

    static Decoded<ResponseTimeStats> fromJson(const QJsonValue &json);
};

} // namespace repdesk
