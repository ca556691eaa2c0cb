#include "ReplySender.h"

#include "ConversationCheck.h"
#include "InboxProvider.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveResult.h"

#include <QLocale>

#include <utility>

namespace repdesk {

ReplySender::ReplySender(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                         const ResponseDraftSaveRequest &request, QObject *parent)
    : QObject(parent), m_provider(provider), m_org(organizationId), m_conversationId(conversationId), m_request(request)
{
    m_request.autosendDraft = true;
    m_request.addNotification = false; // exclusive with autosend
    m_statusText = tr("Sending…");
    m_timer.setSingleShot(true);
    // The check after a timeout is due at the settle time, and a coarse timer may fire up to 5%
    // early: that check then proved nothing and a third one followed (seen under load in CI).
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const Next next = std::exchange(m_next, Next::Nothing);
        if (next == Next::Verify)
            verify();
        else if (next == Next::WatchDelivery)
            watchDelivery();
    });
}

ReplySender::~ReplySender()
{
    delete m_verifier;
    if (m_call) {
        m_call->disconnect(this); // its cancellation must not call back into a sender being destroyed
        m_call->cancel();
    }
}

void ReplySender::setTiming(int baseDelayMs, int settleMs)
{
    m_baseDelayMs = qMax(1, baseDelayMs);
    m_settleMs = qMax(0, settleMs);
}

void ReplySender::setPhase(Phase phase, const QString &message)
{
    m_phase = phase;
    m_statusText = message;
}

int ReplySender::backoffMs(int step) const
{
    // base, 2x, 4x, ... capped at 60x: with the default 1 s base delay a
    // server that stays unreachable is asked once a minute.
    const qint64 ms = qint64(m_baseDelayMs) << qBound(0, step, 6);
    return int(qMin<qint64>(ms, qint64(m_baseDelayMs) * 60));
}

void ReplySender::after(int ms, Next next)
{
    m_next = next;
    m_timer.start(ms);
}

void ReplySender::start()
{
    m_mayPost = true;
    if (!m_firstAttemptAt.isValid())
        m_firstAttemptAt = QDateTime::currentDateTimeUtc();
    post();
}

void ReplySender::resume(const QDateTime &attemptedAt, bool mayPost)
{
    m_mayPost = mayPost;
    m_firstAttemptAt = attemptedAt.isValid() ? attemptedAt.toUTC() : QDateTime::currentDateTimeUtc();
    m_posts = 1; // the earlier POST
    m_rule.beginUnknown(m_firstAttemptAt, m_settleMs);
    verify();
}

void ReplySender::post()
{
    if (!m_provider) {
        fail(ApiError(ApiError::Kind::Cancelled, QString()), tr("Could not send: not connected. Your reply is kept."));
        return;
    }
    ++m_posts;
    m_rule.reset();
    m_waitingForProof = false;
    setPhase(Phase::Posting,
             m_posts == 1 ? tr("Sending…") : tr("The server did not get your reply; sending it again…"));
    Q_EMIT posting();
    Q_EMIT progress(m_statusText);
    auto *call = m_provider->saveResponseDraft(m_org, m_conversationId, m_request);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        onPosted(call->error(), call->succeeded() ? &call->result() : nullptr);
    });
}

void ReplySender::onPosted(const ApiError &error, const ResponseDraftSaveResult *result)
{
    if (result) {
        onQueued(result->responseId, result->scheduledSendAt);
        return;
    }
    m_lastError = error;
    if (RepostRule::mayHaveBeenProcessed(error)) {
        // Give a request that is still being processed on the server a moment before asking.
        m_rule.begin(error, QDateTime::currentDateTimeUtc(), m_settleMs);
        setPhase(Phase::Checking, tr("No answer from the server; checking whether your reply went out…"));
        Q_EMIT progress(m_statusText);
        after(backoffMs(m_posts - 1), Next::Verify);
        return;
    }
    if (error.kind() == ApiError::Kind::NotFound) {
        // A 404 on the conversation's drafts route: is the conversation itself still there?
        ConversationCheck::run(m_provider, m_org, m_conversationId, this,
                               [this, error](ConversationCheck::Outcome outcome, const ApiError &) {
                                   fail(error, outcome == ConversationCheck::Outcome::Gone
                                                   ? tr("This conversation no longer exists. Your reply was not sent.")
                                                   : tr("Could not send. Your reply is kept."));
                               });
        return;
    }
    if (error.kind() == ApiError::Kind::RateLimited) {
        fail(error, tr("Your reply was not sent: the server is busy. Your reply is kept; try again in a moment."));
        return;
    }
    fail(error, tr("Could not send. Your reply is kept."));
}

void ReplySender::checkNow()
{
    if (m_verifier || m_call)
        return; // a check or a POST is already on the wire
    if (m_phase != Phase::Unconfirmed && !(m_phase == Phase::Checking && m_next == Next::Verify))
        return;
    m_timer.stop();
    m_next = Next::Nothing;
    verify();
}

void ReplySender::checkSoon()
{
    // Waiting out the settle time: another answer of the server changes nothing about that.
    if (m_waitingForProof || (m_sinceCheck.isValid() && m_sinceCheck.elapsed() < m_baseDelayMs))
        return;
    checkNow();
}

void ReplySender::verify()
{
    m_sinceCheck.start();
    setPhase(Phase::Checking, tr("Checking whether your reply was sent…"));
    Q_EMIT progress(m_statusText);
    m_verifier = new SendVerifier(m_provider, m_org, m_conversationId, m_request.bodyHtml, m_firstAttemptAt,
                                  [this](const SendVerifier::Result &r) { onVerified(r); }, this);
}

void ReplySender::onVerified(const SendVerifier::Result &result)
{
    m_verifier->deleteLater();
    m_verifier = nullptr;
    m_sinceCheck.start(); // the throttle counts from the end of a check, however long it took
    m_waitingForProof = false;
    switch (result.verdict) {
    case SendVerifier::Verdict::Queued:
        onQueued(result.queuedDraft.responseId, result.queuedDraft.scheduledSendAt);
        return;
    case SendVerifier::Verdict::Delivered:
        deliver();
        return;
    case SendVerifier::Verdict::NotTaken:
        onNotTaken();
        return;
    case SendVerifier::Verdict::ConversationGone:
        fail(result.error, tr("This conversation no longer exists."));
        return;
    case SendVerifier::Verdict::Saved:   // not for replies
    case SendVerifier::Verdict::Unknown:
        break;
    }
    if (result.error.isError())
        m_lastError = result.error;
    waitAndCheck(false);
}

void ReplySender::onNotTaken()
{
    if (!m_rule.notTaken(QDateTime::currentDateTimeUtc())) {
        // The server may still be working on the POST: nothing listed yet proves nothing.
        waitAndCheck(true);
        return;
    }
    if (!m_mayPost) {
        m_timer.stop();
        setPhase(Phase::NotSent, m_wasQueued ? tr("The draft was removed on the server; your text is kept.")
                                             : tr("Your earlier Send did not reach the server: the reply was not "
                                                  "sent. Your text is kept."));
        Q_EMIT notSent(m_statusText);
        return;
    }
    if (m_posts < maxPosts) {
        post();
        return;
    }
    fail(m_lastError, tr("Your reply was not sent: the server failed %n time(s). Your reply is kept.", nullptr, m_posts));
}

void ReplySender::waitAndCheck(bool notYetProof)
{
    int delay = backoffMs(m_checks++);
    if (notYetProof) {
        // Nothing earlier than the settle time can be proof; the check then comes on time,
        // not a backoff later.
        const int untilSettled = m_rule.msUntilConclusive(QDateTime::currentDateTimeUtc());
        delay = untilSettled > 0 ? untilSettled : m_baseDelayMs;
        m_waitingForProof = true;
    }
    const int seconds = (delay + 999) / 1000;
    setPhase(Phase::Unconfirmed,
             notYetProof ? tr("Repdesk could not confirm yet whether your reply was sent: the server may still be "
                              "working on it. Your reply is kept; Repdesk will check again in %n second(s).",
                              nullptr, seconds)
                         : tr("Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk "
                              "will check again in %n second(s).",
                              nullptr, seconds));
    after(delay, Next::Verify);
    Q_EMIT unconfirmed(m_lastError, m_statusText);
}

void ReplySender::onQueued(const QString &responseId, const QDateTime &scheduledSendAt)
{
    // The server has it: from now on nothing may POST it again.
    m_wasQueued = true;
    m_mayPost = false;
    m_rule.reset();
    m_responseId = responseId;
    m_scheduledSendAt = scheduledSendAt;
    const QString at = QLocale().toString(scheduledSendAt.toLocalTime().time(), QLocale::ShortFormat);
    setPhase(Phase::Queued,
             scheduledSendAt.isValid() ? tr("Queued for sending at %1").arg(at) : tr("Queued for sending"));
    Q_EMIT queued(responseId, scheduledSendAt);
    m_deliveryPolls = 0;
    after(m_baseDelayMs, Next::WatchDelivery);
}

void ReplySender::watchDelivery()
{
    if (!m_provider)
        return;
    auto *call = m_provider->listResponseDrafts(m_org, m_conversationId);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->succeeded() && call->result().itemErrors.isEmpty()) {
            bool pending = false;
            for (const ResponseDraft &d : call->result().items) {
                // Without an id from the server, the queued draft is recognised by being queued.
                pending = pending || (d.isScheduled() && (m_responseId.isEmpty() || d.responseId == m_responseId));
            }
            if (!pending) {
                // Out of the queue: promoted into a message, or removed. Only the thread can tell.
                verify();
                return;
            }
        }
        ++m_deliveryPolls;
        after(m_deliveryPolls < fastDeliveryPolls ? m_baseDelayMs : m_baseDelayMs * 10, Next::WatchDelivery);
    });
}

void ReplySender::deliver()
{
    m_timer.stop();
    setPhase(Phase::Delivered, tr("Reply sent"));
    Q_EMIT delivered();
}

void ReplySender::fail(const ApiError &error, const QString &message)
{
    m_timer.stop();
    m_lastError = error;
    setPhase(Phase::Failed, message);
    Q_EMIT failed(error, message);
}

} // namespace repdesk
