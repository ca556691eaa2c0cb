#pragma once

#include "Contact.h"
#include "InboxProvider.h"
#include "RequestThrottle.h"
#include "TransportConfig.h"

#include <QHash>

#include <memory>

namespace repdesk {

class FernandClient;
class Transport;

// InboxProvider over Fernand's routes, mapped onto the inbox's records
// (FernandRecordMapping), so the same models, sessions, thread view, journal
// and outbox serve it. Fernand has no organizations: the account is one inbox,
// listed as one organization (id "fernand") after GET /agents proved the key.
// It has no response-draft list, message drafts, sales, analytics, audit log or
// companies; it has conversation status, snooze, assignment, server-side
// filters and orderings, and drafts for a colleague. Send is
// POST /reply; Save creates a draft (POST /drafts) and deletes the one it
// replaces, since Fernand documents no draft update. Every request goes
// through Fernand's budget (RequestThrottle on the Transport).
class FernandProvider : public InboxProvider
{
    Q_OBJECT
public:
    // `limits` only differ in tests (a short window).
    explicit FernandProvider(Transport *transport, const RequestThrottle::Limits &limits = {},
                             QObject *parent = nullptr);

    // Fernand's header, its base URL and retries that outwait its reset.
    static TransportConfig transportConfig(const QUrl &server, const QByteArray &apiKey);
    static QUrl defaultServer() { return QUrl(QStringLiteral("https://api.getfernand.com")); }
    static QString organizationId() { return QStringLiteral("fernand"); }

    FernandClient *client() const { return m_client; }
    // Off for a key check (KeyVerifier): it needs the organizations call only.
    void setPrefetchContacts(bool on) { m_contactsPrefetched = !on; }
    RequestThrottle *throttle() const { return m_throttle; }

    QString providerId() const override;
    QString displayName() const override;
    Capabilities capabilities() const override;
    void shutdown() override;

    Call<Page<Organization>> *listOrganizations() override;
    Call<Page<Conversation>> *listConversations(const QString &org, const ListQuery &q) override;
    Call<Conversation> *getConversation(const QString &org, const QString &conversationId) override;
    Call<Page<Message>> *listMessages(const QString &org, const QString &conversationId, const ListQuery &q) override;
    Call<Contact> *getContact(const QString &org, const QString &contactId) override;
    Call<Page<Contact>> *listContacts(const QString &org, const ListQuery &q) override;
    Call<Page<Conversation>> *listContactConversations(const QString &org, const QString &contactId,
                                                        const ListQuery &q) override;
    Call<Company> *getCompany(const QString &org, const QString &companyId) override;
    Call<Page<Agent>> *listAgents(const QString &org, const ListQuery &q) override;
    Call<Page<Sale>> *listSales(const QString &org, const ListQuery &q) override;
    Call<Page<ResponseDraft>> *listResponseDrafts(const QString &org, const QString &conversationId) override;
    Call<ResponseDraftSaveResult> *saveResponseDraft(const QString &org, const QString &conversationId,
                                                     const ResponseDraftSaveRequest &body) override;
    EmptyCall *deleteResponseDraft(const QString &org, const QString &conversationId,
                                   const QString &responseId) override;
    Call<Page<MessageDraft>> *listMessageDrafts(const QString &org, const ListQuery &q) override;
    Call<MessageDraftCreateResult> *createMessageDraft(const QString &org,
                                                       const MessageDraftCreateRequest &body) override;
    EmptyCall *deleteMessageDraft(const QString &org, const QString &draftId) override;
    Call<Conversation> *updateConversation(const QString &org, const QString &conversationId,
                                           const ConversationUpdate &update) override;
    Call<AgentDraft> *createAgentDraft(const QString &org, const QString &conversationId,
                                       const AgentDraftRequest &body) override;
    EmptyCall *deleteAgentDraft(const QString &org, const QString &conversationId, const QString &draftId) override;

    // The page size of the conversation list: Fernand's largest, to stay inside the budget.
    static constexpr int conversationPageSize = 250;

private:
    Transport *m_transport;
    FernandClient *m_client;
    RequestThrottle *m_throttle;
    // One GET /contacts (99, the most it gives) right after the key is proved: names for
    // the list come from it instead of one GET per row, which 20 reads a minute cannot afford.
    void prefetchContacts();

    // The draft each conversation's last Save created, replaced by the next Save.
    QHash<QString, QString> m_savedDrafts;
    QHash<QString, Contact> m_knownContacts;
    // Each listed conversation's subject, for its messages' headings (shared with decoders).
    std::shared_ptr<QHash<QString, QString>> m_subjects = std::make_shared<QHash<QString, QString>>();
    bool m_contactsPrefetched = false;
};

} // namespace repdesk
