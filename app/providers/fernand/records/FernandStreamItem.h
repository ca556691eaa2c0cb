#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace repdesk {

// One entry of GET /conversations/{id}/messages: the stream mixes messages,
// internal notes and events (ids prefixed "m-", "n-", "e-").
struct FernandStreamItem
{
    enum class Kind { Message, Note, Event, Unknown };

    QString id;
    QString type; // raw, as sent; the docs do not list its values
    QDateTime timestamp;
    QString way;  // raw; the docs do not list its values (read as in/out by isOutbound())
    QString status;
    QString agentId;
    QString contactId;
    QString message; // HTML
    QJsonArray attachments;
    std::optional<bool> isRead;
    std::optional<bool> isAutomated;

    // From the id's prefix, else from `type`.
    Kind kind() const;
    // "out"/"outbound"/"outgoing"/"sent" (any case) is outbound; anything else, or nothing, is not.
    bool isOutbound() const;

    static Decoded<FernandStreamItem> fromJson(const QJsonValue &json);
};

} // namespace repdesk
