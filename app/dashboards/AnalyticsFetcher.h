#pragma once

#include "AnalyticsAnswer.h"
#include "AnalyticsRequest.h"
#include "CallQueue.h"
#include "HyperRepClient.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace repdesk {

class ApiCall;
class Cache;
template<typename T>
class Call;

// The one way the dashboards ask for analytics. Every request goes through
// the dashboard's CallQueue (at most N in flight, in order) and:
// - is refused, never sent, without both dates, with start after end, or
//   with an end in the future: the routes require both and refuse the rest;
// - for a closed range (its end at least kSettleSeconds in the past, so late
//   data has landed) is answered from the cache when it was asked before, and
//   its answer is kept for good: a past trend bucket is asked once. Not the
//   sales routes (AnalyticsRequest::isFinalOnceClosed): their pipelines count
//   sales by where they stand now, so a past range's figures keep moving;
// - otherwise its answer is kept as the last one of its screen (lastKey),
//   which lastAnswer() reads back to paint at once next time.
class AnalyticsFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AnalyticsAnswer &)>;
    static constexpr int kSettleSeconds = 10 * 60;
    // How the dashboards ask a figure again by itself after a failure the server may get over
    // (RetryLater): 2 s, doubling up to a minute, the inbox's default poll interval.
    static constexpr int kFirstRecoveryMs = 2000;
    static constexpr int kLongestRecoveryMs = 60 * 1000;
    static RetryPolicy recoveryPolicy();

    AnalyticsFetcher(HyperRepClient *client, Cache *cache, const QString &organizationId, CallQueue *queue,
                     QObject *parent = nullptr);

    // For tests: what "now" is (UTC). Defaults to the wall clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    CallQueue *queue() const { return m_queue; }
    QString organizationId() const { return m_org; }
    bool isUsable() const { return m_enabled && m_client && !m_org.isEmpty(); }
    // Disabled (the key was refused): every request is refused, nothing leaves.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // The range can no longer change: its answer may be kept for good.
    bool isSettled(const DateRange &range) const;

    // The last answer kept under `lastKey`, marked fromDisk; nullopt when none.
    std::optional<AnalyticsAnswer> lastAnswer(const QString &lastKey) const;

    // Answers `request` through `done`, which is not called once `context`
    // is gone. A settled range already in the cache is answered before this
    // returns (0 is returned); otherwise the request is queued and its ticket
    // returned. A refused request is answered at once with a Validation error.
    CallQueue::Ticket fetch(const AnalyticsRequest &request, QObject *context, Callback done);
    void cancel(CallQueue::Ticket ticket) { m_queue->cancel(ticket); }

    // Requests that left for the server (not those answered from disk or refused).
    int requestsSent() const { return m_sent; }
    int answeredFromDisk() const { return m_fromDisk; }

Q_SIGNALS:
    // A request was refused before leaving: a programming error, logged too.
    void refused(const QString &why);

private:
    struct Pending
    {
        AnalyticsRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        bool settled = false;
    };

    ApiCall *start(const Pending &pending);
    template<typename T>
    ApiCall *watch(Call<T> *call, const Pending &pending);
    void deliver(const Pending &pending, const AnalyticsAnswer &answer);
    QString refusal(const AnalyticsRequest &request) const;

    QPointer<HyperRepClient> m_client;
    QPointer<Cache> m_cache;
    QString m_org;
    CallQueue *m_queue;
    std::function<QDateTime()> m_clock;
    int m_sent = 0;
    int m_fromDisk = 0;
    bool m_enabled = true;
};

} // namespace repdesk
