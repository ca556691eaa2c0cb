#include "ReviewChanges.h"

#include "InboxProvider.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReviewDiscovery.h"
#include "ReviewPreviews.h"
#include "ReviewQueueModel.h"

namespace repdesk {

ReviewChanges::ReviewChanges(InboxProvider *provider, const QString &organizationId, ReviewQueueModel *model,
                             ReviewDiscovery *discovery, ReviewPreviews *previews, OrganizationSession *organization,
                             QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_org(organizationId),
      m_model(model),
      m_discovery(discovery),
      m_previews(previews),
      m_organization(organization)
{
}

void ReviewChanges::check(const QString &conversationId, const QString &localHtml, bool edited)
{
    const ReviewItem *row = m_model ? m_model->find(conversationId) : nullptr;
    if (!row || !m_provider)
        return;
    const quint64 gen = ++m_generation;
    m_checking = true;
    DraftCheck::run(m_provider, m_org, conversationId, row->draft.bodyHtml, localHtml, row->draft.createdAt, this,
                    [this, conversationId, edited, gen](const DraftCheck::Result &r) {
                        if (gen != m_generation)
                            return;
                        m_checking = false;
                        onChecked(conversationId, edited, r);
                    });
}

void ReviewChanges::cancel()
{
    ++m_generation;
    m_checking = false;
}

void ReviewChanges::onChecked(const QString &conversationId, bool edited, const DraftCheck::Result &result)
{
    using O = DraftCheck::Outcome;
    switch (result.outcome) {
    case O::Unchanged:
    case O::Failed:
        return;
    case O::Overwritten: {
        const ResponseDraft server = *result.server;
        m_model->update(conversationId, [&server](ReviewItem &i) { i.draft = server; });
        m_discovery->markChecked(conversationId, server);
        Q_EMIT overwritten(conversationId, !edited);
        Q_EMIT notice(conversationId,
                      edited ? tr("This draft was changed on the server while you were editing it. Your text is "
                                  "kept; the changes are now shown against the new version.")
                             : DraftCheck::notice(O::Overwritten));
        return;
    }
    case O::Queued:
        m_model->update(conversationId, [&result](ReviewItem &i) {
            if (result.server)
                i.draft = *result.server;
            i.state = ReviewItem::State::Sending;
            i.stateMessage = tr("Queued for sending");
        });
        m_discovery->markChecked(conversationId, result.server);
        Q_EMIT notice(conversationId, DraftCheck::notice(O::Queued));
        Q_EMIT queued(conversationId);
        return;
    case O::Promoted:
    case O::Removed:
    case O::ConversationGone:
        m_discovery->markChecked(conversationId, std::nullopt);
        leave(conversationId, DraftCheck::notice(result.outcome));
        return;
    }
}

void ReviewChanges::leave(const QString &conversationId, const QString &message)
{
    if (!message.isEmpty())
        Q_EMIT notice(conversationId, message);
    Q_EMIT leaving(conversationId);
    if (m_model)
        m_model->remove(conversationId);
    // Its thread now holds the sent message: fetched again for the cache, and for the inbox if open there.
    if (m_previews)
        m_previews->refresh(conversationId);
    if (m_organization && m_organization->openConversationId() == conversationId)
        m_organization->thread()->reload();
}

} // namespace repdesk
