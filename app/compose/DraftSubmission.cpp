#include "DraftSubmission.h"

#include "Call.h"
#include "InboxProvider.h"
#include "MessageDraft.h"
#include "TransportConfig.h"

namespace repdesk {

namespace {
// The second check after a lost answer, once the settle time has passed.
constexpr int kRecheckMs = 1000;
} // namespace

DraftSubmission::DraftSubmission(InboxProvider *provider, const QString &organizationId, QObject *parent)
    : QObject(parent), m_provider(provider), m_org(organizationId), m_settleMs(TransportConfig().transferTimeoutMs)
{
}

DraftSubmission::~DraftSubmission()
{
    delete m_verifier; // cancels its requests
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
    m_reported = replacesDraftId;
    m_toDelete = replacesDraftId.isEmpty() ? QStringList() : QStringList{replacesDraftId};
    if (!m_provider) {
        failWithoutProvider();
        return;
    }
    if (m_doubt) {
        verifyEarlier(request);
        return;
    }
    post(request);
}

void DraftSubmission::post(const MessageDraftCreateRequest &request)
{
    const QDateTime attemptedAt = QDateTime::currentDateTimeUtc();
    auto *call = m_provider->createMessageDraft(m_org, request);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, request, attemptedAt] {
        m_call = nullptr;
        if (!call->succeeded()) {
            const ApiError e = call->error();
            // The server may have created it (or sent it): the next start() asks first.
            if (RepostRule::mayHaveBeenProcessed(e)) {
                m_doubt = Doubt{request, m_replaces, attemptedAt};
                m_rule.begin(e, QDateTime::currentDateTimeUtc(), m_settleMs);
            } else {
                m_doubt.reset();
            }
            fail(e);
            return;
        }
        m_doubt.reset();
        onCreated(call->result());
    });
}

void DraftSubmission::verifyEarlier(const MessageDraftCreateRequest &request)
{
    Q_EMIT progress(tr("Checking whether the server got the earlier attempt…"));
    const Doubt &doubt = *m_doubt;
    m_verifier = new SendVerifier(m_provider, m_org, doubt.request, doubt.replaces, doubt.attemptedAt,
                                  [this, request](const SendVerifier::Result &r) { onVerified(r, request); }, this);
}

void DraftSubmission::onVerified(const SendVerifier::Result &result, const MessageDraftCreateRequest &request)
{
    m_verifier->deleteLater();
    m_verifier = nullptr;
    const Doubt earlier = *m_doubt;
    switch (result.verdict) {
    case SendVerifier::Verdict::Queued:
    case SendVerifier::Verdict::Saved: {
        // It arrived: carry on as if the POST had answered.
        m_doubt.reset();
        const MessageDraft &found = result.messageDraft;
        MessageDraftCreateResult created;
        created.draftId = found.draftId;
        created.scheduledToSend = found.isScheduled();
        created.scheduledSendAt = found.scheduledSendAt;
        created.folder = found.folder;
        if (sameRequest(request, earlier.request)) {
            onCreated(created);
            return;
        }
        if (!found.isScheduled()) {
            // Edited since: the earlier version is a draft now, and this one replaces it too.
            m_toDelete << found.draftId;
            if (m_reported.isEmpty())
                m_reported = found.draftId;
            post(request);
            return;
        }
        fail(ApiError(ApiError::Kind::Validation,
                      tr("An earlier version of this message is already being sent; this version was not sent. "
                         "Send once more to send it as well.")));
        return;
    }
    case SendVerifier::Verdict::NotTaken: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_rule.notTaken(now)) {
            // The server may still be working on it: nothing listed yet proves nothing.
            const int until = m_rule.msUntilConclusive(now);
            const int wait = until > 0 ? until : kRecheckMs;
            Q_EMIT progress(tr("The server may still be working on the earlier attempt; checking again in %n "
                               "second(s)…",
                               nullptr, (wait + 999) / 1000));
            QTimer::singleShot(wait, this, [this, request] {
                if (m_doubt && m_provider)
                    verifyEarlier(request);
                else if (m_doubt)
                    failWithoutProvider();
            });
            return;
        }
        m_doubt.reset();
        post(request);
        return;
    }
    case SendVerifier::Verdict::Delivered:
    case SendVerifier::Verdict::ConversationGone:
    case SendVerifier::Verdict::Unknown:
        break;
    }
    m_running = false;
    const bool checkAgain = result.error.isError();
    QString message;
    if (checkAgain)
        message = tr("Repdesk could not find out from the server whether the earlier attempt arrived: %1 "
                     "Nothing was sent again; your text is kept.")
                      .arg(result.error.message());
    else if (earlier.request.autosendDraft)
        message = tr("Repdesk cannot tell whether the earlier attempt was sent: it is not among the drafts, and a "
                     "message that went out is no longer a draft. Check the recipient's conversation before "
                     "sending this one.");
    else
        message = tr("Repdesk cannot tell whether the earlier attempt was saved: a draft that may be it could not "
                     "be read. Look in Drafts before saving this one.");
    Q_EMIT unconfirmed(message, checkAgain);
}

void DraftSubmission::onCreated(const MessageDraftCreateResult &created)
{
    m_toDelete.removeAll(created.draftId);
    if (m_reported == created.draftId)
        m_reported.clear();
    deleteNext(created, ApiError());
}

void DraftSubmission::deleteNext(const MessageDraftCreateResult &created, const ApiError &firstError)
{
    if (m_toDelete.isEmpty()) {
        m_running = false;
        Q_EMIT finished(created, m_reported, firstError);
        return;
    }
    if (!m_provider) {
        // The draft exists; only the clean-up could not be asked for. Same outcome as a failed DELETE.
        m_running = false;
        Q_EMIT finished(created, m_reported, ApiError(ApiError::Kind::Network, tr("No account is connected.")));
        return;
    }
    auto *call = m_provider->deleteMessageDraft(m_org, m_toDelete.takeFirst());
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, created, firstError] {
        m_call = nullptr;
        // A 404 means the old draft is gone already (sent, or deleted elsewhere): that is what we wanted.
        const bool gone = call->succeeded() || call->error().kind() == ApiError::Kind::NotFound;
        deleteNext(created, firstError.isError() || gone ? firstError : call->error());
    });
}

void DraftSubmission::fail(const ApiError &error)
{
    m_running = false;
    Q_EMIT failed(error);
}

void DraftSubmission::failWithoutProvider()
{
    // Queued, like every real outcome, so callers never see a signal from inside start().
    QMetaObject::invokeMethod(this, [this] {
        fail(ApiError(ApiError::Kind::Network, tr("No account is connected.")));
    }, Qt::QueuedConnection);
}

bool DraftSubmission::sameRequest(const MessageDraftCreateRequest &a, const MessageDraftCreateRequest &b)
{
    return a.toJson() == b.toJson();
}

QString DraftSubmission::errorText(const ApiError &error, bool sending, bool textMessage, bool inDoubt)
{
    // After a lost answer nobody knows yet whether it went through: saying "not sent"
    // would invite a second copy.
    if (inDoubt) {
        const QString what = sending ? tr("The message may or may not have been sent.")
                                     : tr("The draft may or may not have been saved.");
        const QString retry = sending ? tr("Retry first asks the server, so it is not sent twice.")
                                      : tr("Retry first asks the server, so it is not saved twice.");
        return tr("%1 %2 Your text is kept. %3").arg(what, error.message(), retry);
    }
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
