#pragma once

#include "Decoded.h"

#include <QJsonValue>

#include <optional>

namespace repdesk {

// Present on every message, populated only for calls.
struct CallMetadata
{
    // Seconds; nullopt when unknown (not the same as a 0-second call).
    std::optional<int> duration;

    static Decoded<CallMetadata> fromJson(const QJsonValue &json);
};

} // namespace repdesk
