#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace repdesk {

// What AnalyticsFetcher hands back for one AnalyticsRequest: the route's body
// in its wire shape (camelCase, decodable by the record's fromJson), when the
// server gave it, and where it came from.
struct AnalyticsAnswer
{
    QJsonObject body;
    QDateTime fetchedAt; // UTC: when the server answered, even when read back from disk
    ApiError error;      // set: the request failed and `body` is empty
    bool fromDisk = false;   // read from the cache, not asked this time
    bool permanent = false;  // a closed range's answer, kept for good
    bool asksAgain = false;  // a failure its dashboard asks again by itself, later (RetryLater)

    bool ok() const { return !error.isError(); }

    template<typename T>
    std::optional<T> decode() const
    {
        if (!ok())
            return std::nullopt;
        auto decoded = T::fromJson(body);
        if (!decoded.ok())
            return std::nullopt;
        return decoded.takeValue();
    }
};

} // namespace repdesk
