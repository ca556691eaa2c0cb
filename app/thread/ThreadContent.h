#pragma once

#include "Agent.h"
#include "Contact.h"
#include "Conversation.h"
#include "Message.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

// Everything ThreadHtmlBuilder needs to render one conversation. Plain data so
// the model can assemble it from the cache without the builder knowing where
// records come from.
struct ThreadContent
{
    Conversation conversation;
    // nullopt while the contact is still loading or unknown: names fall back to a label.
    std::optional<Contact> contact;
    // By agent id; agents missing here render as "Unknown agent", never as a raw id.
    QHash<QString, Agent> agents;
    // Oldest first.
    QList<Message> messages;
    // Older messages folded away before `messages` (ThreadFold): counted in the header, not shown.
    int earlierMessages = 0;
    bool allowRemoteImages = false;
};

} // namespace repdesk
