#pragma once

#include "ApiError.h"
#include "RequestSpec.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace repdesk {

class Transport;

// One request to one route, libQuotient-style: created by a client call,
// scheduled by the Transport, retried per the RetryPolicy, and finished
// exactly once (success, error or cancel). It deletes itself after
// `finished`, so read the result inside the slot.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    const RequestSpec &spec() const { return m_spec; }
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }

    // Aborts the request (or the wait before a retry). `finished` is still
    // emitted, with ApiError::Kind::Cancelled.
    void cancel();

    // For providers that answer without HTTP (the scripted fake provider of the
    // session tests): finishes the call as if `body` had arrived with `httpStatus`,
    // through the same decoding and error mapping as a real reply, without retries.
    void completeLocally(int httpStatus, const QByteArray &body);
    // Likewise, for a failure that never reached a server (network, timeout).
    void failLocally(const ApiError &error);

Q_SIGNALS:
    void finished();
    // Emitted before waiting to retry, for status bars ("retrying in 2 s").
    void retrying(int attempt, int delayMs, const repdesk::ApiError &reason);

protected:
    ApiCall(RequestSpec spec, QObject *parent);
    // Turns the 2xx body into the typed result; return false and set *error on failure.
    virtual bool decodeBody(const QByteArray &body, QString *error);

private:
    friend class Transport;
    void attachReply(QNetworkReply *reply);
    void handleReply();
    ApiError errorFor(int httpStatus, const QByteArray &body, const QByteArray &retryAfter);
    void finish(ApiError error);
    void scheduleRetry(const ApiError &reason);

    RequestSpec m_spec;
    QPointer<Transport> m_transport;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    ApiError m_error;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace repdesk
