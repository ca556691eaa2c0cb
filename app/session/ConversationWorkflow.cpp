#include "ConversationWorkflow.h"

#include "AccountSession.h"
#include "Conversation.h"
#include "ConversationListModel.h"
#include "ConversationUpdate.h"
#include "InboxProvider.h"
#include "OrganizationSession.h"

#include <QLocale>

namespace repdesk {

ConversationWorkflow::ConversationWorkflow(OrganizationSession *organization, QObject *parent)
    : QObject(parent), m_organization(organization)
{
}

InboxProvider *ConversationWorkflow::provider() const
{
    return m_organization && m_organization->account() ? m_organization->account()->provider() : nullptr;
}

bool ConversationWorkflow::canChangeStatus() const
{
    return provider() && provider()->has(InboxProvider::ConversationStatus);
}

bool ConversationWorkflow::canSnooze() const
{
    return provider() && provider()->has(InboxProvider::Snooze);
}

bool ConversationWorkflow::canAssign() const
{
    return provider() && provider()->has(InboxProvider::Assignment);
}

void ConversationWorkflow::setStatus(const QString &conversationId, const QString &status)
{
    if (!canChangeStatus() || conversationId.isEmpty())
        return;
    ConversationUpdate update;
    update.status = status;
    const QString text = status == QLatin1String("closed") ? tr("Conversation closed.")
        : status == QLatin1String("spam")                  ? tr("Conversation marked as spam.")
                                                           : tr("Conversation reopened.");
    apply(conversationId, update, text);
}

void ConversationWorkflow::snooze(const QString &conversationId, const QDateTime &until)
{
    if (!canSnooze() || conversationId.isEmpty() || !until.isValid())
        return;
    ConversationUpdate update;
    update.snoozeUntil = until.toUTC();
    apply(conversationId, update,
          tr("Conversation snoozed until %1.").arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
}

void ConversationWorkflow::assign(const QString &conversationId, const QString &agentId)
{
    if (!canAssign() || conversationId.isEmpty())
        return;
    ConversationUpdate update;
    update.assigneeId = agentId;
    QString name;
    for (const Agent &a : std::as_const(m_agents))
        if (a.agentId == agentId)
            name = a.name.isEmpty() ? a.email : a.name;
    apply(conversationId, update,
          agentId.isEmpty() ? tr("Conversation unassigned.") : tr("Conversation assigned to %1.").arg(name));
}

void ConversationWorkflow::apply(const QString &conversationId, const ConversationUpdate &update, const QString &doneText)
{
    InboxProvider *p = provider();
    auto *call = p->updateConversation(m_organization->organizationId(), conversationId, update);
    QPointer<OrganizationSession> organization = m_organization;
    connect(call, &ApiCall::finished, this, [this, call, organization, doneText] {
        if (!call->succeeded()) {
            if (call->error().kind() != ApiError::Kind::Cancelled)
                Q_EMIT failed(tr("The conversation was not changed: %1").arg(call->error().message()));
            return;
        }
        if (organization && call->hasResult() && !call->result().conversationId.isEmpty())
            organization->conversations()->merge({call->result()}); // its folder is its new status
        Q_EMIT done(doneText);
    });
}

void ConversationWorkflow::loadAgents()
{
    if (m_agentsAsked || !canAssign())
        return;
    m_agentsAsked = true;
    auto *call = provider()->listAgents(m_organization->organizationId(), ListQuery{});
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            m_agentsAsked = false; // ask again next time the menu opens
            return;
        }
        m_agents = call->result().items;
        Q_EMIT agentsChanged();
    });
}

QList<ConversationWorkflow::SnoozeChoice> ConversationWorkflow::snoozeChoices(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime tomorrow(local.date().addDays(1), QTime(9, 0));
    const QDateTime monday(local.date().addDays(8 - local.date().dayOfWeek()), QTime(9, 0));
    return {{tr("In one hour"), local.addSecs(3600)}, {tr("Tomorrow morning"), tomorrow}, {tr("Next week"), monday}};
}

} // namespace repdesk
