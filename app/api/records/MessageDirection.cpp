#include "MessageDirection.h"

namespace repdesk {

MessageDirection messageDirectionFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("sent"))
        return MessageDirection::Sent;
    if (t == QLatin1String("received"))
        return MessageDirection::Received;
    return MessageDirection::Unknown;
}

QString messageDirectionToString(MessageDirection direction)
{
    switch (direction) {
    case MessageDirection::Sent:
        return QStringLiteral("sent");
    case MessageDirection::Received:
        return QStringLiteral("received");
    case MessageDirection::Unknown:
        break;
    }
    return {};
}

} // namespace repdesk
