#pragma once

#include "ApiError.h"
#include "RepostRule.h"
#include "ResponseDraftSaveRequest.h"
#include "SendVerifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace repdesk {

class ApiCall;
class InboxProvider;
struct ResponseDraftSaveResult;

// One Send of one reply, from the autosend POST until the reply is a message
// of the thread. The POST is never repeated blindly: once the server took it,
// a second POST would create a second draft and send the reply twice.
//   POST -> answered: queued -> watch the draft until it leaves the queue, then
//           find the reply in the thread (SendVerifier) before calling it sent
//        -> refused (4xx, or 429 after the Transport's own waits): failed, not sent
//        -> no usable answer (network, timeout, 5xx, unreadable 2xx): wait, then
//           ask the server (SendVerifier) whether it took it:
//             taken (queued or delivered) -> carry on as a successful send
//             clearly not taken (RepostRule) -> POST again, at most maxPosts in all
//             cannot tell, or not yet sure -> Unconfirmed: keep checking with
//             backoff, and on checkNow()
// resume() takes over a Send whose POST ended unseen (Repdesk stopped, the
// organization was closed): it checks first and POSTs only when allowed to.
// The delays start at the base delay (setTiming(), ReplySends' 1 s in the app) and double.
class ReplySender : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Posting,     // the autosend POST is on the wire (or about to be)
        Checking,    // its answer was lost: finding out whether the server took it
        Unconfirmed, // could not find out (yet); checking again later
        Queued,      // the server has it queued; waiting for delivery
        Delivered,   // the thread shows the reply
        Failed,      // not sent, and known not to be, because of an error
        NotSent,     // not sent, and known not to be: the check found nothing (statusText() says why)
    };
    Q_ENUM(Phase)

    static constexpr int maxPosts = 3;
    static constexpr int fastDeliveryPolls = 60; // then the delivery watch slows down

    ReplySender(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                const ResponseDraftSaveRequest &request, QObject *parent = nullptr);
    ~ReplySender() override;

    // baseDelayMs: the first wait before a check, the unit of the backoff, and the
    // delivery watch's period. settleMs: how long the server may still be working on
    // a POST whose answer was lost (the transfer timeout).
    void setTiming(int baseDelayMs, int settleMs);
    // POSTs now.
    void start();
    // An earlier POST of this reply, made at `attemptedAt`, whose end nobody saw:
    // checks first. With `mayPost` (Send was pressed) it POSTs once the server
    // clearly does not have the reply; without, it only finds out (NotSent then).
    void resume(const QDateTime &attemptedAt, bool mayPost);
    // Unconfirmed (or waiting to check): check now, e.g. because Send was pressed again
    // or the server answered another request. Nothing is POSTed unless the checks
    // show the server does not have the reply.
    void checkNow();
    // Like checkNow(), but not more often than once per base delay, and only when the
    // last check could not reach the server: for "the server just answered another
    // request", which can happen many times a second.
    void checkSoon();

    Phase phase() const { return m_phase; }
    bool isActive() const { return m_phase != Phase::Delivered && m_phase != Phase::Failed && m_phase != Phase::NotSent; }
    QString organizationId() const { return m_org; }
    QString conversationId() const { return m_conversationId; }
    const ResponseDraftSaveRequest &request() const { return m_request; }
    QString responseId() const { return m_responseId; }
    QDateTime scheduledSendAt() const { return m_scheduledSendAt; }
    int posts() const { return m_posts; }
    // What to tell the user about this send now (also for a conversation reopened meanwhile).
    QString statusText() const { return m_statusText; }
    // Why it failed (Failed), or the last error on the way (Checking, Unconfirmed).
    const ApiError &error() const { return m_lastError; }

Q_SIGNALS:
    void progress(const QString &message);
    // A POST is about to go out (emitted before the request is made): record it.
    void posting();
    void queued(const QString &responseId, const QDateTime &scheduledSendAt);
    void delivered();
    // The reply may or may not have gone out; `message` says so and when Repdesk checks again.
    void unconfirmed(const repdesk::ApiError &reason, const QString &message);
    void failed(const repdesk::ApiError &error, const QString &message);
    void notSent(const QString &message);

private:
    enum class Next { Nothing, Verify, WatchDelivery };

    void post();
    void onPosted(const ApiError &error, const ResponseDraftSaveResult *result);
    void verify();
    void onVerified(const SendVerifier::Result &result);
    void onNotTaken();
    void waitAndCheck(bool notYetProof);
    void onQueued(const QString &responseId, const QDateTime &scheduledSendAt);
    void watchDelivery();
    void deliver();
    void fail(const ApiError &error, const QString &message);
    void after(int ms, Next next);
    void setPhase(Phase phase, const QString &message);
    int backoffMs(int step) const;

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_conversationId;
    ResponseDraftSaveRequest m_request;
    Phase m_phase = Phase::Posting;
    QString m_statusText;
    QDateTime m_firstAttemptAt;
    ApiError m_lastError;
    QString m_responseId;
    QDateTime m_scheduledSendAt;
    QPointer<ApiCall> m_call;
    SendVerifier *m_verifier = nullptr;
    RepostRule m_rule;
    QElapsedTimer m_sinceCheck;
    QTimer m_timer;
    Next m_next = Next::Nothing;
    int m_baseDelayMs = 1000;
    int m_settleMs = 30000;
    int m_posts = 0;
    int m_checks = 0;
    int m_deliveryPolls = 0;
    bool m_mayPost = true;
    bool m_wasQueued = false;
    bool m_waitingForProof = false; // the last check found nothing, but that is not proof yet
};

} // namespace repdesk
