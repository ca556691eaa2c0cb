#pragma once

#include "Call.h"
#include "FernandPage.h"

#include <QObject>

namespace repdesk {

class RequestThrottle;
class Transport;
struct FernandAgent;
struct FernandContact;
struct FernandConversation;
struct FernandConversationQuery;
struct FernandConversationUpdate;
struct FernandDraft;
struct FernandDraftRequest;
struct FernandReplyRequest;
struct FernandStreamItem;

// One typed call per Fernand route (NOTES.md, fernand-create-draft.txt), over
// the account's Transport with the `X-Api-Key` header and Fernand's request
// budget (RequestThrottle: 20 GET and 5 writes a minute, queued in order).
class FernandClient : public QObject
{
    Q_OBJECT
public:
    explicit FernandClient(Transport *transport, QObject *parent = nullptr);
    Transport *transport() const { return m_transport; }

    Call<FernandPage<FernandConversation>> *listConversations(const FernandConversationQuery &q);
    Call<FernandConversation> *getConversation(const QString &id);
    Call<FernandConversation> *updateConversation(const QString &id, const FernandConversationUpdate &body);
    Call<FernandPage<FernandStreamItem>> *listMessages(const QString &conversationId, const QString &before = {});
    Call<FernandStreamItem> *reply(const QString &conversationId, const FernandReplyRequest &body);
    Call<FernandDraft> *createDraft(const QString &conversationId, const FernandDraftRequest &body);
    EmptyCall *deleteDraft(const QString &conversationId, const QString &draftId);
    Call<FernandPage<FernandContact>> *listContacts(const QString &query = {}, int limit = 0);
    Call<FernandContact> *getContact(const QString &id);
    Call<FernandPage<FernandAgent>> *listAgents();

private:
    Transport *m_transport;
};

} // namespace repdesk
