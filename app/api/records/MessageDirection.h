#pragma once

#include <QString>

namespace repdesk {

// Message::messageDirection keeps the raw string; this is its interpreted form.
enum class MessageDirection { Unknown, Sent, Received };

// Case-insensitive: "sent" (outbound) / "received" (inbound); else Unknown.
MessageDirection messageDirectionFromString(const QString &text);
QString messageDirectionToString(MessageDirection direction);

} // namespace repdesk
