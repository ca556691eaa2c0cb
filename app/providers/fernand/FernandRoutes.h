#pragma once

#include "RequestSpec.h"

#include <QString>

namespace repdesk {

struct FernandConversationQuery;
struct FernandConversationUpdate;
struct FernandDraftRequest;
struct FernandReplyRequest;

// The request of each Fernand route, in one place, so FernandClient (Fernand's
// own records) and FernandProvider (Repdesk's records) send the very same
// requests. Paths are relative to the account's server URL, which carries the
// "/v3" prefix when the server wants one (FernandServer).
struct FernandRoutes
{
    static RequestSpec listConversations(const FernandConversationQuery &q);
    static RequestSpec getConversation(const QString &id);
    static RequestSpec updateConversation(const QString &id, const FernandConversationUpdate &body);
    // `before`: the oldest stream item already shown (its id). The docs name the
    // parameter but not what it takes; an item id is this client's reading.
    static RequestSpec listMessages(const QString &conversationId, const QString &before = {});
    static RequestSpec reply(const QString &conversationId, const FernandReplyRequest &body);
    static RequestSpec createDraft(const QString &conversationId, const FernandDraftRequest &body);
    static RequestSpec deleteDraft(const QString &conversationId, const QString &draftId);
    static RequestSpec listContacts(const QString &query = {}, int limit = 0); // limit 1..99
    static RequestSpec getContact(const QString &id);
    static RequestSpec listAgents();
};

} // namespace repdesk
