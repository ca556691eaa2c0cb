#include "SendVerifier.h"

#include "InboxProvider.h"
#include "Message.h"
#include "ReplyText.h"
#include "walkPages.h"

namespace repdesk {

namespace {
QString digits(const QString &phone)
{
    QString out;
    for (const QChar c : phone)
        if (c.isDigit())
            out += c;
    return out;
}
} // namespace

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

SendVerifier::SendVerifier(InboxProvider *provider, const QString &organizationId,
                           const MessageDraftCreateRequest &message, const QString &replacedDraftId,
                           const QDateTime &attemptedAt, Callback done, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_org(organizationId)
    , m_message(message)
    , m_replacedDraftId(replacedDraftId)
    , m_since(attemptedAt.toUTC().addSecs(-clockSkewMarginSecs))
    , m_done(std::move(done))
{
    QMetaObject::invokeMethod(this, &SendVerifier::checkMessageDrafts, Qt::QueuedConnection);
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
        finish({Verdict::Unknown, {}, {}, ApiError(ApiError::Kind::Cancelled, QString())});
        return;
    }
    auto *call = m_provider->listResponseDrafts(m_org, m_conversationId);
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (m_finished)
            return;
        if (!call->succeeded()) {
            const ApiError &e = call->error();
            finish({e.kind() == ApiError::Kind::NotFound ? Verdict::ConversationGone : Verdict::Unknown, {}, {}, e});
            return;
        }
        const auto &page = call->result();
        // One pending draft per conversation: if it is queued, that is this send (or a
        // send that must not be doubled either way).
        for (const ResponseDraft &d : page.items) {
            if (d.isScheduled()) {
                finish({Verdict::Queued, d, {}, {}});
                return;
            }
        }
        if (!page.itemErrors.isEmpty()) {
            // An unreadable draft might be the queued one.
            finish({Verdict::Unknown, {}, {}, ApiError(ApiError::Kind::Decode, page.itemErrors.first())});
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
        finish({Verdict::Unknown, {}, {}, ApiError(ApiError::Kind::Cancelled, QString())});
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
            finish({Verdict::Delivered, {}, {}, {}});
            return;
        }
        if (error.isError()) {
            const bool gone = error.kind() == ApiError::Kind::NotFound;
            finish({gone ? Verdict::ConversationGone : Verdict::Unknown, {}, {}, error});
            return;
        }
        finish({m_doubtful ? Verdict::Unknown : Verdict::NotTaken, {}, {}, {}});
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
    if (ReplyText::matches(m_replyHtml, message.content)) {
        if (direction == MessageDirection::Sent && when.isValid())
            m_found = true;
        else
            m_doubtful = true;
        return;
    }
    // Our reply with a signature added, or a teammate's longer message that happens to
    // contain it: neither proves that ours went out, nor that it did not.
    if (ReplyText::contains(m_replyHtml, message.content))
        m_doubtful = true;
}

bool SendVerifier::sameMessage(const MessageDraftCreateRequest &request, const MessageDraft &draft)
{
    if (request.modality.compare(draft.modality, Qt::CaseInsensitive) != 0)
        return false;
    const bool text = request.modality.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0;
    if (text) {
        if (digits(request.toPhoneNumber) != digits(draft.recipientPhoneNumber))
            return false;
    } else if (request.toEmail.trimmed().compare(draft.recipientEmail.trimmed(), Qt::CaseInsensitive) != 0) {
        return false;
    }
    return request.subject.simplified() == draft.subject.simplified()
        && ReplyText::comparable(request.bodyHtml) == ReplyText::comparable(draft.bodyHtml);
}

void SendVerifier::checkMessageDrafts()
{
    InboxProvider *provider = m_provider;
    if (m_finished)
        return;
    if (!provider) {
        finish({Verdict::Unknown, {}, {}, ApiError(ApiError::Kind::Cancelled, QString())});
        return;
    }
    const QString org = m_org;
    // No date filter: created_at is the server's clock, and the filter's edges are its rules.
    PageWalk *walk = walkPages<MessageDraft>(
        [provider, org](const QString &cursor) {
            return provider->listMessageDrafts(org, ListQuery{messagePageSize, cursor, {}, {}});
        },
        [this](const Page<MessageDraft> &page) {
            if (m_finished)
                return;
            for (const MessageDraft &d : page.items)
                judge(d);
            if (!page.itemErrors.isEmpty())
                m_doubtful = true;
        },
        this);
    m_pending = walk;
    connect(walk, &PageWalk::finished, this, [this](const ApiError &error) {
        if (m_finished)
            return;
        if (m_foundDraft) {
            finish({m_foundDraft->isScheduled() ? Verdict::Queued : Verdict::Saved, {}, *m_foundDraft, {}});
            return;
        }
        if (error.isError()) {
            finish({Verdict::Unknown, {}, {}, error});
            return;
        }
        // A message that was sent already is no longer a draft: its absence proves nothing.
        finish({m_doubtful || m_message->autosendDraft ? Verdict::Unknown : Verdict::NotTaken, {}, {}, {}});
    });
}

void SendVerifier::judge(const MessageDraft &draft)
{
    if (!m_message || m_foundDraft || (!m_replacedDraftId.isEmpty() && draft.draftId == m_replacedDraftId))
        return;
    // A POST with autosend is queued the moment it is created; one without never is.
    if (draft.isScheduled() != m_message->autosendDraft || !sameMessage(*m_message, draft))
        return;
    if (!draft.createdAt.isValid()) {
        m_doubtful = true;
        return;
    }
    if (draft.createdAt >= m_since)
        m_foundDraft = draft;
}

} // namespace repdesk
