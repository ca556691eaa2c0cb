#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// One recipient of a Fernand conversation (`recipients` of a Conversation).
struct FernandRecipient
{
    QString id;
    QString contactId;
    QString kind; // the docs do not list the values
    QString conversationId;

    static Decoded<FernandRecipient> fromJson(const QJsonValue &json);
};

} // namespace repdesk
