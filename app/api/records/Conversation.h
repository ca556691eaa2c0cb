#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace repdesk {

struct Conversation
{
    QString conversationId;
    QDateTime startAt;
    QDateTime lastActivityAt;
    QString folder;
    // nullopt: the server did not say, which the inbox must not show as unread.
    std::optional<bool> isRead;
    QString contactId;

    bool isUnread() const { return isRead.has_value() && !*isRead; }

    static Decoded<Conversation> fromJson(const QJsonValue &json);
};

} // namespace repdesk
