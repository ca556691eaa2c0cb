#include "AgentDrafts.h"

#include "AccountSession.h"
#include "InboxProvider.h"
#include "OrganizationSession.h"
#include "SettingsKeys.h"

#include <QSettings>

namespace repdesk {

AgentDrafts::AgentDrafts(OrganizationSession *organization, QObject *parent)
    : QObject(parent), m_organization(organization)
{
}

InboxProvider *AgentDrafts::provider() const
{
    return m_organization && m_organization->account() ? m_organization->account()->provider() : nullptr;
}

bool AgentDrafts::isAvailable() const
{
    return provider() && provider()->has(InboxProvider::AgentDrafts);
}

void AgentDrafts::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool AgentDrafts::create(const QString &conversationId, const AgentDraftRequest &request)
{
    if (m_busy || !isAvailable() || conversationId.isEmpty())
        return false;
    setBusy(true);
    auto *call = provider()->createAgentDraft(m_organization->organizationId(), conversationId, request);
    connect(call, &ApiCall::finished, this, [this, call, conversationId] {
        call->deleteLater();
        setBusy(false);
        if (call->succeeded()) {
            AgentDraft draft = call->result();
            if (draft.conversationId.isEmpty())
                draft.conversationId = conversationId;
            m_created[conversationId].append(draft);
            Q_EMIT created(draft);
            return;
        }
        const ApiError &e = call->error();
        using K = ApiError::Kind;
        switch (e.kind()) {
        case K::Network:
        case K::Timeout:
        case K::Server:
            Q_EMIT failed(Failure::Uncertain,
                          tr("The connection failed before the server answered, so the draft may or may not have "
                             "been created. The server has no list of drafts to check: look in the conversation "
                             "before creating it again."));
            return;
        case K::Decode:
            if (call->httpStatus() >= 200 && call->httpStatus() < 300) {
                Q_EMIT failed(Failure::Unreadable,
                              tr("The draft was created, but the server's answer could not be read, so it cannot "
                                 "be deleted from here."));
                return;
            }
            break;
        default:
            break;
        }
        Q_EMIT failed(Failure::Refused, e.message().isEmpty() ? tr("The draft was not created.") : e.message());
    });
    return true;
}

bool AgentDrafts::remove(const QString &conversationId, const QString &draftId)
{
    if (m_busy || !isAvailable() || conversationId.isEmpty() || draftId.isEmpty())
        return false;
    setBusy(true);
    auto *call = provider()->deleteAgentDraft(m_organization->organizationId(), conversationId, draftId);
    connect(call, &ApiCall::finished, this, [this, call, conversationId, draftId] {
        call->deleteLater();
        setBusy(false);
        // A 404 means it is gone already, which is what was asked.
        if (call->succeeded() || call->error().kind() == ApiError::Kind::NotFound) {
            QList<AgentDraft> &list = m_created[conversationId];
            list.erase(std::remove_if(list.begin(), list.end(), [&](const AgentDraft &d) { return d.id == draftId; }),
                       list.end());
            Q_EMIT removed(conversationId, draftId);
            return;
        }
        const ApiError &e = call->error();
        Q_EMIT failed(Failure::Refused, e.message().isEmpty() ? tr("The draft was not deleted.") : e.message());
    });
    return true;
}

QString AgentDrafts::settingsKey() const
{
    const QString storage = m_organization && m_organization->account()
        ? m_organization->account()->identity().storageId
        : QString();
    return SettingsKeys::agentDraftAuthor(storage);
}

QString AgentDrafts::lastAuthorId() const
{
    return QSettings().value(settingsKey()).toString();
}

void AgentDrafts::setLastAuthorId(const QString &agentId)
{
    QSettings().setValue(settingsKey(), agentId);
}

} // namespace repdesk
