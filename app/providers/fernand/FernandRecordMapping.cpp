#include "FernandRecordMapping.h"

#include "Agent.h"
#include "Contact.h"
#include "Conversation.h"
#include "FernandAgent.h"
#include "FernandContact.h"
#include "FernandConversation.h"
#include "FernandStreamItem.h"
#include "Message.h"

namespace repdesk {

Conversation FernandRecordMapping::conversation(const FernandConversation &c)
{
    Conversation out;
    out.conversationId = c.id;
    out.lastActivityAt = c.lastUpdate;
    out.folder = folderFor(c.status);
    out.contactId = c.contactId;
    // Fernand's conversations carry no read state (only stream items do): left unknown, never "unread".
    return out;
}

Message FernandRecordMapping::message(const FernandStreamItem &item, const QString &conversationId)
{
    Message m;
    m.messageId = item.id;
    m.conversationId = conversationId;
    m.agentId = item.agentId;
    switch (item.kind()) {
    case FernandStreamItem::Kind::Note: m.modality = QStringLiteral("note"); break;
    case FernandStreamItem::Kind::Event: m.modality = QStringLiteral("event"); break;
    case FernandStreamItem::Kind::Message:
    case FernandStreamItem::Kind::Unknown: m.modality = QStringLiteral("email"); break;
    }
    if (item.kind() == FernandStreamItem::Kind::Message || item.kind() == FernandStreamItem::Kind::Unknown)
        m.messageDirection = item.isOutbound() ? QStringLiteral("sent") : QStringLiteral("received");
    else
        m.messageDirection = QStringLiteral("sent"); // written by the team, never by the contact
    m.content = item.message;
    m.sentAt = item.timestamp;
    return m;
}

Contact FernandRecordMapping::contact(const FernandContact &c)
{
    Contact out;
    out.contactId = c.id;
    out.name = c.name;
    out.email = c.email;
    if (!c.company.isEmpty())
        out.customFields.insert(QStringLiteral("company"), c.company); // Fernand has no company records
    return out;
}

Agent FernandRecordMapping::agent(const FernandAgent &a)
{
    Agent out;
    out.agentId = a.id;
    out.name = a.name;
    out.email = a.email;
    return out;
}

} // namespace repdesk
