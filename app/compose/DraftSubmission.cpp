#include "DraftSubmission.h"

#include "Call.h"
#include "InboxProvider.h"

namespace repdesk {

DraftSubmission::DraftSubmission(InboxProvider *provider, const QString &organizationId, QObject *parent)
    : QObject(parent), m_provider(provider), m_org(organizationId)
{
}

DraftSubmission::~DraftSubmission()
{
    // A request already sent still completes server-side; we only stop listening.
    if (m_call)
        m_call->disconnect(this);
}

void DraftSubmission::start(const MessageDraftCreateRequest &request, const QString &replacesDraftId)
{
    if (m_running)
        return;
    m_running = true;
    m_replaces = replacesDraftId;
    if (!m_provider) {
        failWithoutProvider();
        return;
    }
    auto *call = m_provider->createMessageDraft(m_org, request);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->succeeded()) {
            m_running = false;
            Q_EMIT failed(call->error());
            return;
        }
        const MessageDraftCreateResult created = call->result();
        if (m_replaces.isEmpty() || m_replaces == created.draftId) {
            m_running = false;
            Q_EMIT finished(created, QString(), ApiError());
            return;
        }
        deleteOld(created);
    });
}

void DraftSubmission::failWithoutProvider()
{
    // Queued, like every real outcome, so callers never see a signal from inside start().
    QMetaObject::invokeMethod(this, [this] {
        m_running = false;
        Q_EMIT failed(ApiError(ApiError::Kind::Network, tr("No account is connected.")));
    }, Qt::QueuedConnection);
}

void DraftSubmission::deleteOld(const MessageDraftCreateResult &created)
{
    if (!m_provider) {
        // The draft exists; only the clean-up could not be asked for. Same outcome as a failed DELETE.
        m_running = false;
        Q_EMIT finished(created, m_replaces, ApiError(ApiError::Kind::Network, tr("No account is connected.")));
        return;
    }
    auto *call = m_provider->deleteMessageDraft(m_org, m_replaces);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, created] {
        m_call = nullptr;
        m_running = false;
        // A 404 means the old draft is gone already (sent, or deleted elsewhere): that is what we wanted.
        const bool gone = call->succeeded() || call->error().kind() == ApiError::Kind::NotFound;
        Q_EMIT finished(created, m_replaces, gone ? ApiError() : call->error());
    });
}

QString DraftSubmission::errorText(const ApiError &error, bool sending, bool textMessage)
{
    const QString what = sending ? tr("The message was not sent.") : tr("The draft was not saved.");
    // HyperRep answers 400 when the organization cannot use the channel; the generic text would not say what to do.
    if (error.kind() == ApiError::Kind::Validation && error.detail().contains(QLatin1String("credentials"))) {
        const QString channel = textMessage ? tr("text messages") : tr("email");
        return tr("%1 This organization has no %2 credentials set up in HyperRep (%3). Your text is kept: "
                  "choose another channel, or ask an administrator to connect one.")
            .arg(what, channel, error.detail());
    }
    return tr("%1 %2 Your text is kept.").arg(what, error.message());
}

} // namespace repdesk
