#pragma once

#include "AgentDraft.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class InboxProvider;
class OrganizationSession;

// Drafts left in a conversation for a colleague (InboxProvider::AgentDrafts;
// Fernand): content, a title, who wrote it and whom it is for. Create is a
// POST that makes a record, so it goes once: after a dropped connection or a
// 5xx nobody knows whether the server made it, and Fernand has no draft list
// to ask, so the answer says so and nothing is sent again unless the person
// asks for it knowing that. Drafts created here are remembered for this run
// (that is what can be deleted: Fernand lists none). The author last chosen is
// remembered per account, since no route says whose key this is.
class AgentDrafts : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Refused,   // the server said no (4xx) or the request was invalid: nothing was created
        Uncertain, // the connection or the server failed after sending: it may exist
        Unreadable // created, but the answer could not be read: it cannot be deleted from here
    };
    Q_ENUM(Failure)

    explicit AgentDrafts(OrganizationSession *organization, QObject *parent = nullptr);

    bool isAvailable() const;
    bool isBusy() const { return m_busy; }
    // Returns false (and sends nothing) while another create or delete is on its way.
    bool create(const QString &conversationId, const AgentDraftRequest &request);
    bool remove(const QString &conversationId, const QString &draftId);
    // The drafts created this run in one conversation, oldest first.
    QList<AgentDraft> drafts(const QString &conversationId) const { return m_created.value(conversationId); }

    QString lastAuthorId() const;
    void setLastAuthorId(const QString &agentId);

Q_SIGNALS:
    void created(const repdesk::AgentDraft &draft);
    void removed(const QString &conversationId, const QString &draftId);
    void failed(repdesk::AgentDrafts::Failure failure, const QString &message);
    void busyChanged(bool busy);

private:
    InboxProvider *provider() const;
    void setBusy(bool busy);
    QString settingsKey() const;

    QPointer<OrganizationSession> m_organization;
    QHash<QString, QList<AgentDraft>> m_created;
    bool m_busy = false;
};

} // namespace repdesk
