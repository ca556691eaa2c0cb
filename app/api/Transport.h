#pragma once

#include "ApiCall.h"
#include "TransportConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace repdesk {

class RequestThrottle;

// The one network path of an account: a QNetworkAccessManager, the key and
// User-Agent headers, a cap on concurrent requests, and the retry table.
// Everything above it (provider calls, models) is transport-agnostic.
class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(TransportConfig config, QObject *parent = nullptr);
    ~Transport() override;

    const TransportConfig &config() const { return m_config; }
    void setApiKey(const QByteArray &key) { m_config.apiKey = key; }
    void setRetryPolicy(const RetryPolicy &policy) { m_config.retry = policy; }
    // A server with a published request budget (Fernand): queued calls start only
    // when it admits them, in order within each lane (reads, writes). Not owned.
    void setThrottle(RequestThrottle *throttle);
    RequestThrottle *throttle() const;

    template<typename CallType>
    CallType *send(RequestSpec spec)
    {
        auto *call = new CallType(std::move(spec), this);
        enqueue(call);
        return call;
    }

    int activeCount() const { return m_active.size(); }
    int queuedCount() const { return m_queue.size(); }
    void cancelAll();
    // The account is closing: nothing new starts (queued calls and calls made
    // from inside cancellation handlers finish Cancelled), then every call is
    // cancelled. Without it, cancelling the active calls pumps the queue and
    // could put a queued POST on the wire during teardown.
    void shutdown();

    static QByteArray userAgent();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Any call that ended in a 429 or an offline/network error: the poller uses it to back off.
    void callFailed(const repdesk::ApiError &error);
    void callSucceeded();

private:
    friend class ApiCall;
    void enqueue(ApiCall *call);
    void start(ApiCall *call);      // (re)sends on the wire
    void requeue(ApiCall *call);    // after a retry delay
    void release(ApiCall *call);
    void pump();

    TransportConfig m_config;
    QNetworkAccessManager *m_nam;
    QList<QPointer<ApiCall>> m_queue;
    QList<ApiCall *> m_active;
    QPointer<RequestThrottle> m_throttle;
    QTimer *m_throttleTimer = nullptr; // wakes pump() when the budget frees a slot
    bool m_closing = false;
};

} // namespace repdesk
