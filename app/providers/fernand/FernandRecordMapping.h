#pragma once

#include <QString>

namespace repdesk {

struct Agent;
struct Contact;
struct Conversation;
struct FernandAgent;
struct FernandContact;
struct FernandConversation;
struct FernandStreamItem;
struct Message;

// Fernand's records as the inbox's. A conversation's status becomes its folder
// ("opened", "closed", "snoozed", "spam"), so the folder list filters by status;
// a stream item becomes a message whose modality says what it is: "email" for
// messages, "note" and "event" for the others (ThreadHtmlBuilder sets those apart).
struct FernandRecordMapping
{
    static Conversation conversation(const FernandConversation &c);
    static Message message(const FernandStreamItem &item, const QString &conversationId);
    static Contact contact(const FernandContact &c);
    static Agent agent(const FernandAgent &a);
    static QString folderFor(const QString &status) { return status.toLower(); }
    static QString statusFor(const QString &folder) { return folder.toUpper(); }
};

} // namespace repdesk
