#include "Transport.h"

#include "LogCategories.h"
#include "OneShotBody.h"
#include "RequestThrottle.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace repdesk {

Transport::Transport(TransportConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(new QNetworkAccessManager(this))
{
    // Redirects could carry the key to another host; the API never redirects.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Transport::~Transport()
{
    cancelAll();
}

QByteArray Transport::userAgent()
{
    return QByteArrayLiteral("Repdesk/" REPDESK_VERSION);
}

void Transport::cancelAll()
{
    const auto queued = m_queue;
    for (const auto &c : queued)
        if (c)
            c->cancel();
    const auto active = m_active;
    for (ApiCall *c : active)
        c->cancel();
}

void Transport::shutdown()
{
    m_closing = true;
    cancelAll();
}

void Transport::setThrottle(RequestThrottle *throttle)
{
    m_throttle = throttle;
    if (!m_throttleTimer) {
        m_throttleTimer = new QTimer(this);
        m_throttleTimer->setSingleShot(true);
        connect(m_throttleTimer, &QTimer::timeout, this, &Transport::pump);
    }
}

RequestThrottle *Transport::throttle() const
{
    return m_throttle;
}

void Transport::enqueue(ApiCall *call)
{
    const bool wasIdle = m_active.isEmpty() && m_queue.isEmpty();
    call->m_transport = this;
    m_queue.append(call);
    if (wasIdle)
        Q_EMIT busyChanged(true);
    if (!TransportConfig::isSecureOrLoopback(m_config.baseUrl)) {
        m_queue.removeAll(call);
        // Deferred so the caller can connect to `finished` first.
        QMetaObject::invokeMethod(call, [call] {
            call->finish(ApiError(ApiError::Kind::Insecure, QString()));
        }, Qt::QueuedConnection);
        return;
    }
    pump();
}

void Transport::requeue(ApiCall *call)
{
    m_queue.prepend(call);
    pump();
}

void Transport::pump()
{
    if (m_closing) {
        // Finish what waits without sending it.
        const auto queued = std::exchange(m_queue, {});
        for (const auto &c : queued)
            if (c && !c->isFinished())
                QMetaObject::invokeMethod(c, [c] { if (c) c->cancel(); }, Qt::QueuedConnection);
        return;
    }
    const int cap = qMax(1, m_config.maxRequestsPerHost);
    if (!m_throttle) {
        while (m_active.size() < cap && !m_queue.isEmpty()) {
            QPointer<ApiCall> next = m_queue.takeFirst();
            if (next && !next->isFinished())
                start(next);
        }
        return;
    }
    // With a budget: a lane over it holds its calls in order, while the other
    // lane's calls behind them may still go (reads need not wait for writes).
    bool readsHeld = false;
    bool writesHeld = false;
    qint64 wait = 0;
    for (int i = 0; i < m_queue.size() && m_active.size() < cap;) {
        const QPointer<ApiCall> next = m_queue.at(i);
        if (!next || next->isFinished()) {
            m_queue.removeAt(i);
            continue;
        }
        const bool read = RequestThrottle::laneOf(next->spec()) == RequestThrottle::Lane::Read;
        bool &held = read ? readsHeld : writesHeld;
        if (held) {
            ++i;
            continue;
        }
        const qint64 ms = m_throttle->admit(next->spec());
        if (ms > 0) {
            held = true;
            wait = wait > 0 ? qMin(wait, ms) : ms;
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        start(next);
    }
    if (wait > 0)
        m_throttleTimer->start(int(qMin<qint64>(wait, 24 * 3600 * 1000LL)));
    m_throttle->reportWaiting(wait);
}

void Transport::start(ApiCall *call)
{
    const RequestSpec &spec = call->spec();
    QUrl url = m_config.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + spec.encodedPath(), QUrl::TolerantMode);
    const QString q = spec.encodedQuery();
    if (!q.isEmpty())
        url.setQuery(q, QUrl::TolerantMode);

    QNetworkRequest request(url);
    request.setRawHeader(m_config.apiKeyHeader, m_config.apiKey);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    if (spec.method == "GET") {
        reply = m_nam->get(request);
    } else if (spec.retry == RequestSpec::Retry::OnlyIfNotProcessed || spec.method == "DELETE") {
        // QNetworkAccessManager would resend this on its own if the connection closed before
        // any answer, though the server may have processed it: a body it cannot rewind stops that.
        // A DELETE too (with an empty body): repeated unseen, its 404 would answer our own deletion
        // and read as "already sent"; repeated by ApiCall, DraftDiscard knows an attempt went before.
        if (!spec.jsonBody.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.jsonBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(spec.jsonBody);
        reply = m_nam->sendCustomRequest(request, spec.method, body);
        body->setParent(reply);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, spec.method, spec.jsonBody);
    }
    m_active.append(call);
    ++call->m_attempts;
    qCDebug(lcApi) << "send" << spec.describe() << "attempt" << call->m_attempts;
    call->attachReply(reply);
}

void Transport::release(ApiCall *call)
{
    m_active.removeAll(call);
    m_queue.removeAll(call);
    pump();
    if (m_active.isEmpty() && m_queue.isEmpty())
        Q_EMIT busyChanged(false);
}

} // namespace repdesk
