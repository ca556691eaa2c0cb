#pragma once

#include <QDateTime>

namespace repdesk {

class JsonReader;

// Fernand's timestamps: ISO 8601 strings on the documented routes. The stream's
// `timestamp` has no documented format, so a number is read as unix seconds
// (or milliseconds when it is too large to be seconds) rather than refused.
struct FernandTime
{
    static QDateTime read(JsonReader &reader, const char *key);
};

} // namespace repdesk
