#pragma once

#include <QString>

namespace repdesk {

// The channel of a message or draft. Records keep the raw string too, so a
// modality added server-side later still round-trips and can be displayed.
enum class Modality { Unknown, Email, Call, Text, LiveChat };

// Case-insensitive; anything unrecognised is Unknown.
Modality modalityFromString(const QString &text);
// The API spelling ("email", "call", "text", "live_chat"); empty for Unknown.
QString modalityToString(Modality modality);

} // namespace repdesk
