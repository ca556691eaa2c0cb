#pragma once

#include "Message.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace repdesk {

// Message -> the API's wire JSON, so Message::fromJson reads it back and a
// cached thread decodes exactly like a fetched one. Timestamps keep their
// milliseconds; form_request_body is written in the {name, value} array form
// that fromJson also accepts, because an object would lose order and repeated names.
class MessageCodec
{
public:
    static QJsonObject toJson(const Message &message);
    static QByteArray toBytes(const Message &message);
    // nullopt for a payload that no longer decodes (e.g. damaged by hand).
    static std::optional<Message> fromBytes(const QByteArray &bytes);

    // The moment that orders a thread: sent, else drafted; invalid when neither is known.
    static QDateTime orderingTime(const Message &message);
};

} // namespace repdesk
