#pragma once

// A scripted InboxProvider for model and session tests, in the spirit of
// Trojitá's fake socket: a test says what each route answers (a JSON body
// with a status, or a network failure, optionally after a delay), and reads
// back which calls were made. Answers go through the same decoding as real
// replies (ApiCall::completeLocally), so a malformed body is a decode error
// here too. Routes nobody scripted answer with a default: an empty page for
// lists, 404 for single records, 204 for deletes.

#include "InboxProvider.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QQueue>
#include <QStringList>

namespace repdesk::test {

class FakeInboxProvider : public InboxProvider
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        ApiError failure; // set: the call fails with it, as if no server answered
        int delayMs = 0;
    };

    explicit FakeInboxProvider(QObject *parent = nullptr);

    // Queues one answer for the next call of `route` (the method name, e.g. "listConversations").
    void script(const QString &route, const Answer &answer);
    // What `route` answers once its queue is empty.
    void setDefault(const QString &route, const Answer &answer);
    // Every call made so far, as "route arg1 arg2 ..." (org, ids, cursor).
    QStringList calls() const { return m_calls; }
    int callCount(const QString &route) const;
    void clearCalls() { m_calls.clear(); }
    void setCapabilities(Capabilities caps) { m_caps = caps; }

    static Answer json(const QJsonObject &body, int status = 200);
    static Answer page(const QJsonArray &items, const QString &nextCursor = {});
    static Answer status(int status, const QString &detail = {});
    static Answer network(const QString &why = QStringLiteral("Connection refused"));

    QString providerId() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake"); }
    Capabilities capabilities() const override { return m_caps; }

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

private:
    template<typename CallType>
    CallType *answer(const QString &route, const QStringList &args, const Answer &fallback);
    Answer next(const QString &route, const Answer &fallback);

    QHash<QString, QQueue<Answer>> m_scripts;
    QHash<QString, Answer> m_defaults;
    QStringList m_calls;
    Capabilities m_caps = Organizations | ResponseDrafts | MessageDrafts | Sales | Companies | DateFilters;
};

} // namespace repdesk::test
