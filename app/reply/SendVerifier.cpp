#include "SendVerifier.h"

#include "InboxProvider.h"
#include "Message.h"
#include "ReplyText.h"
#include "walkPages.h"

namespace repdesk {

SendVerifier::SendVerifier(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                           const QString &replyHtml, const QDateTime &attemptedAt, Callback done, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_org(organizationId)
    , m_conversationId(conversationId)
    , m_replyHtml(replyHtml)
    , m_since(attemptedAt.toUTC().addSecs(-clockSkewMarginSecs))
    , m_done(std::move(done))
{
    // Deferred, so that `done` never runs inside the constructor.
    QMetaObject::invokeMethod(this, &SendVerifier::checkDrafts, Qt::QueuedConnection);
}

SendVerifier::~SendVerifier()
{
    m_finished = true; // a cancel below reports back synchronously: ignore it
    if (auto *call = qobject_cast<ApiCall *>(m_pending.data()))
        call->cancel();
    else if (auto *walk = qobject_cast<PageWalk *>(m_pending.data()))
        walk->cancel();
}

void SendVerifier::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pending = nullptr;
    if (m_done)
        m_done(result);
}

void SendVerifier::checkDrafts()
{
    if (m_finished)
        return;
    if (!m_provider) {
        finish({Verdict::Unknown, {}, ApiError(ApiError::Kind::Cancelled, QString())});
        return;
    }
    auto *call = m_provider->listResponseDrafts(m_org, m_conversationId);
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (m_finished)
            return;
        if (!call->succeeded()) {
            const ApiError &e = call->error();
            finish({e.kind() == ApiError::Kind::NotFound ? Verdict::ConversationGone : Verdict::Unknown, {}, e});
            return;
        }
        const auto &page = call->result();
        // One pending draft per conversation: if it is queued, that is this send (or a
        // send that must not be doubled either way).
        for (const ResponseDraft &d : page.items) {
            if (d.isScheduled()) {
                finish({Verdict::Queued, d, {}});
                return;
            }
        }
        if (!page.itemErrors.isEmpty()) {
            // An unreadable draft might be the queued one.
            finish({Verdict::Unknown, {}, ApiError(ApiError::Kind::Decode, page.itemErrors.first())});
            return;
        }
        // With no queued draft the reply was either never taken or already promoted
        // into a message; a saved (unqueued) draft does not rule out the second.
        checkMessages();
    });
}

void SendVerifier::checkMessages()
{
    InboxProvider *provider = m_provider;
    if (!provider) {
        finish({Verdict::Unknown, {}, ApiError(ApiError::Kind::Cancelled, QString())});
        return;
    }
    const QString org = m_org;
    const QString conv = m_conversationId;
    PageWalk *walk = walkPages<Message>(
        [provider, org, conv](const QString &cursor) {
            return provider->listMessages(org, conv, ListQuery{messagePageSize, cursor, {}, {}});
        },
        [this](const Page<Message> &page) {
            if (m_finished)
                return;
            for (const Message &m : page.items)
                judge(m);
            if (!page.itemErrors.isEmpty())
                m_doubtful = true;
        },
        this);
    m_pending = walk;
    connect(walk, &PageWalk::finished, this, [this](const ApiError &error) {
        if (m_finished)
            return;
        if (m_found) {
            finish({Verdict::Delivered, {}, {}});
            return;
        }
        if (error.isError()) {
            const bool gone = error.kind() == ApiError::Kind::NotFound;
            finish({gone ? Verdict::ConversationGone : Verdict::Unknown, {}, error});
            return;
        }
        finish({m_doubtful ? Verdict::Unknown : Verdict::NotTaken, {}, {}});
    });
}

void SendVerifier::judge(const Message &message)
{
    const MessageDirection direction = message.direction();
    // A reply never goes out as a call, and inbound messages are not ours.
    if (direction == MessageDirection::Received || message.modalityKind() == Modality::Call)
        return;
    const QDateTime when = message.sentAt.isValid() ? message.sentAt : message.draftedAt;
    if (when.isValid() && when < m_since)
        return;
    // A new message that may be ours but cannot be compared: its text was not captured,
    // or its date or direction is missing. Not proof either way.
    const bool comparable = !ReplyText::comparable(message.content).isEmpty();
    if (!comparable) {
        if (direction == MessageDirection::Sent && when.isValid())
            m_doubtful = true;
        return;
    }
    if (!ReplyText::matches(m_replyHtml, message.content))
        return;
    if (direction == MessageDirection::Sent && when.isValid())
        m_found = true;
    else
        m_doubtful = true;
}

} // namespace repdesk
