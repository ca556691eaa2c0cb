#include "ApiCall.h"

#include "ErrorLog.h"
#include "FaultCounters.h"
#include "LogCategories.h"
#include "RequestThrottle.h"
#include "Transport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

namespace repdesk {

namespace {
// A 2xx answer the route could not decode, whose body is not even JSON.
bool notJsonAtAll(const ApiError &error, const QByteArray &body)
{
    if (error.kind() != ApiError::Kind::Decode)
        return false;
    QJsonParseError parse;
    QJsonDocument::fromJson(body, &parse);
    return parse.error != QJsonParseError::NoError;
}

// Retry-After, or else X-RateLimit-Reset (Fernand: the unix second its count
// resets), as seconds from now. A reset value too small to be a unix time is
// read as seconds from now; the docs do not show one, so both are accepted.
QByteArray retryAfterOf(const QNetworkReply &reply)
{
    const QByteArray retryAfter = reply.rawHeader("Retry-After");
    if (!retryAfter.isEmpty() || !reply.hasRawHeader("X-RateLimit-Reset"))
        return retryAfter;
    bool ok = false;
    const qint64 reset = reply.rawHeader("X-RateLimit-Reset").trimmed().toLongLong(&ok);
    if (!ok || reset < 0)
        return {};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 seconds = reset > 1000000000 ? reset - now : reset;
    return QByteArray::number(qMax<qint64>(0, seconds));
}
} // namespace

ApiCall::ApiCall(RequestSpec spec, QObject *parent) : QObject(parent), m_spec(std::move(spec)) {}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_transport && !m_finished)
        m_transport->release(this);
}

bool ApiCall::decodeBody(const QByteArray &, QString *)
{
    return true;
}

void ApiCall::attachReply(QNetworkReply *reply)
{
    FaultCounters::instance().countRequest();
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::handleReply);
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        m_reply->abort(); // QNetworkReply::finished -> handleReply -> finish(Cancelled)
        return;
    }
    finish(ApiError(ApiError::Kind::Cancelled, QString()));
}

void ApiCall::handleReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    if (m_cancelRequested) {
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->readAll();

    ApiError error;
    const auto e = reply->error();
    // The head arrived but the connection went before the whole body (the server closed it, a
    // proxy dropped it): a network failure, not the server's answer. Parsing the half that came
    // would call it malformed; as a network error an idempotent request is retried, and one that
    // creates is left to the flows that find out whether the server took it.
    const bool connectionLost = e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied;
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool shortBody = declared.isValid() && body.size() < declared.toLongLong();
    if (m_httpStatus != 0 && (connectionLost || shortBody)) {
        const bool timedOut = e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError;
        error = ApiError(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                         timedOut ? QString() : tr("The connection closed before the whole answer arrived."));
    } else if (m_httpStatus == 0) {
        const bool timedOut = e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError;
        error = ApiError(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                         timedOut ? QString() : reply->errorString());
    } else {
        error = errorFor(m_httpStatus, body, retryAfterOf(*reply));
        if (error.kind() == ApiError::Kind::RateLimited && m_transport && m_transport->throttle())
            m_transport->throttle()->noteRateLimited(m_spec, error.retryAfterMs());
    }
    qCDebug(lcApi) << m_spec.describe() << "->" << m_httpStatus << error.kindName();

    if (error.isError() && m_transport && m_spec.method == "GET" && notJsonAtAll(error, body)
        && m_attempts < m_transport->config().retry.maxAttempts) {
        // A complete 2xx whose body is not JSON at all (a proxy's page, a body cut short under a
        // matching Content-Length) says nothing about the resource: a GET asks again. JSON that is
        // not what the route documents is the server's real answer, and a write is never repeated.
        scheduleRetry(error);
        return;
    }
    if (error.isError() && error.isTransient() && m_transport) {
        const RetryPolicy &policy = m_transport->config().retry;
        const bool mayRetry = m_spec.mayRetryAfter(error);
        const bool waitOk = error.retryAfterMs() <= policy.maxRetryAfterMs;
        if (mayRetry && waitOk && m_attempts < policy.maxAttempts) {
            scheduleRetry(error);
            return;
        }
    }
    finish(error);
}

ApiError ApiCall::errorFor(int httpStatus, const QByteArray &body, const QByteArray &retryAfter)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        QString why;
        if (httpStatus != 204 && !decodeBody(body, &why))
            return ApiError(ApiError::Kind::Decode, why, httpStatus);
        return {};
    }
    return ApiError::fromHttp(httpStatus, body, retryAfter);
}

void ApiCall::completeLocally(int httpStatus, const QByteArray &body)
{
    if (m_finished)
        return;
    ++m_attempts;
    m_httpStatus = httpStatus;
    finish(m_cancelRequested ? ApiError(ApiError::Kind::Cancelled, QString()) : errorFor(httpStatus, body, {}));
}

void ApiCall::failLocally(const ApiError &error)
{
    if (m_finished)
        return;
    ++m_attempts;
    finish(m_cancelRequested ? ApiError(ApiError::Kind::Cancelled, QString()) : error);
}

void ApiCall::scheduleRetry(const ApiError &reason)
{
    const int delay = m_transport->config().retry.delayForAttempt(m_attempts, reason.retryAfterMs());
    m_transport->release(this);
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            if (m_transport)
                m_transport->requeue(this);
            else
                finish(ApiError(ApiError::Kind::Cancelled, QString()));
        });
    }
    FaultCounters::instance().countRetry();
    Q_EMIT retrying(m_attempts, delay, reason);
    m_retryTimer->start(delay);
}

void ApiCall::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    FaultCounters::instance().countFinished(m_error, m_attempts);
    if (m_error.isError() && m_error.kind() != ApiError::Kind::Cancelled)
        ErrorLog::instance().record(QStringLiteral("api"), m_spec.describe() + QStringLiteral(": ") + m_error.message());
    if (m_transport) {
        m_transport->release(this);
        if (m_error.isError() && m_error.kind() != ApiError::Kind::Cancelled)
            Q_EMIT m_transport->callFailed(m_error);
        else if (!m_error.isError())
            Q_EMIT m_transport->callSucceeded();
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace repdesk
