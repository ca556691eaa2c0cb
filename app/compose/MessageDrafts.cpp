#include "MessageDrafts.h"

#include "Call.h"
#include "DraftSubmission.h"
#include "InboxProvider.h"
#include "MessageDraftCreateResult.h"
#include "MessageDraftListModel.h"

namespace repdesk {

MessageDrafts::MessageDrafts(QObject *parent) : QObject(parent), m_model(new MessageDraftListModel(this)) {}

MessageDrafts::~MessageDrafts() = default;

void MessageDrafts::setSource(InboxProvider *provider, const QString &organizationId)
{
    disconnect(m_providerGone);
    m_provider = provider;
    m_org = organizationId;
    m_model->setSource(provider, organizationId);
    // The model keeps a plain pointer to the provider: let go of it before it dangles (account closed).
    if (provider)
        m_providerGone = connect(provider, &QObject::destroyed, this, [this] { setSource(nullptr, QString()); });
}

bool MessageDrafts::isCurrent(const InboxProvider *provider, const QString &organizationId) const
{
    return provider && provider == m_provider.data() && organizationId == m_org;
}

DraftSubmission *MessageDrafts::newSubmission(QObject *parent)
{
    auto *submission = new DraftSubmission(m_provider, m_org, parent);
    const QPointer<InboxProvider> provider = m_provider;
    const QString org = m_org;
    connect(submission, &DraftSubmission::finished, this,
            [this, provider, org](const MessageDraftCreateResult &result) {
                if (!isCurrent(provider, org))
                    return;
                // A new row's place depends on its folder and the server's created_at, and an
                // edit removed another row: reload rather than guess. Only a list someone
                // has loaded is reloaded; an untouched one costs no request.
                if (m_model->fetchState() != PagedListModel::FetchState::Idle || m_model->itemRowCount() > 0)
                    m_model->reload();
                Q_EMIT draftSaved(result.draftId);
            });
    return submission;
}

void MessageDrafts::deleteDraft(const QString &draftId)
{
    if (!isAttached()) {
        // Queued like a real answer, so a caller's state is settled before it hears back.
        QMetaObject::invokeMethod(this, [this, draftId] {
            Q_EMIT deleteFailed(draftId, ApiError(ApiError::Kind::Network, tr("No account is connected.")));
        }, Qt::QueuedConnection);
        return;
    }
    const QPointer<InboxProvider> provider = m_provider;
    const QString org = m_org;
    auto *call = m_provider->deleteMessageDraft(org, draftId);
    connect(call, &ApiCall::finished, this, [this, call, provider, org, draftId] {
        if (!isCurrent(provider, org))
            return; // switched meanwhile: the list no longer shows that organization
        // 404: already gone (sent, or deleted elsewhere), which is what the user wanted.
        if (call->succeeded() || call->error().kind() == ApiError::Kind::NotFound) {
            m_model->removeDraft(draftId);
            Q_EMIT draftDeleted(draftId);
            return;
        }
        Q_EMIT deleteFailed(draftId, call->error());
    });
}

} // namespace repdesk
