#pragma once

#include "Agent.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class InboxProvider;
class OrganizationSession;
struct Conversation;
struct ConversationUpdate;

// The workflow actions on one organization's conversations, for providers
// that have them (InboxProvider::ConversationStatus, Snooze, Assignment; today
// Fernand): close, reopen, mark as spam, snooze until a time, assign to an
// agent or to nobody. Widgets ask can*() to know which actions exist and call
// these methods; the answer updates the conversation's row (its folder is its
// status) and says what happened in a sentence. Nothing here knows a provider.
class ConversationWorkflow : public QObject
{
    Q_OBJECT
public:
    explicit ConversationWorkflow(OrganizationSession *organization, QObject *parent = nullptr);

    bool canChangeStatus() const;
    bool canSnooze() const;
    bool canAssign() const;
    bool hasAnyAction() const { return canChangeStatus() || canSnooze() || canAssign(); }

    // `status`: "opened", "closed" or "spam".
    void setStatus(const QString &conversationId, const QString &status);
    void snooze(const QString &conversationId, const QDateTime &until);
    // Empty `agentId`: nobody.
    void assign(const QString &conversationId, const QString &agentId);

    // The agents to assign to, asked once (loadAgents()); empty until they arrive.
    const QList<Agent> &agents() const { return m_agents; }
    void loadAgents();

    struct SnoozeChoice
    {
        QString label;
        QDateTime until;
    };
    // "In one hour", "Tomorrow morning" (9:00), "Next week" (Monday 9:00), local time.
    static QList<SnoozeChoice> snoozeChoices(const QDateTime &now);

Q_SIGNALS:
    void agentsChanged();
    // A sentence for the status bar.
    void done(const QString &message);
    void failed(const QString &message);

private:
    void apply(const QString &conversationId, const ConversationUpdate &update, const QString &doneText);
    InboxProvider *provider() const;

    QPointer<OrganizationSession> m_organization;
    QList<Agent> m_agents;
    bool m_agentsAsked = false;
};

} // namespace repdesk
