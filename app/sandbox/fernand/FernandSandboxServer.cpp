#include "FernandSandboxServer.h"

#include "FernandSandboxRoutes.h"
#include "SandboxHttpListener.h"
#include "SandboxRequest.h"

#include <QHttpServerRequest>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>

namespace repdesk {

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &entry : headers)
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    return {};
}
} // namespace

FernandSandboxServer::FernandSandboxServer(const FernandSandboxOptions &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_limiter(options.readsPerWindow, options.writesPerWindow, options.windowMs)
{
    if (!m_options.anchor.isValid())
        m_options.anchor = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
}

FernandSandboxServer::~FernandSandboxServer()
{
    delete m_listener;
}

bool FernandSandboxServer::start(quint16 port, QString *error)
{
    if (m_listener)
        return true;
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_data.generate(m_options.seed, m_options.conversations, m_options.anchor);
    m_routes = std::make_unique<FernandSandboxRoutes>(m_data);
    m_routes->registerRoutes(m_router);
    m_listener = new SandboxHttpListener(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); }, this);
    m_listener->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl FernandSandboxServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<FernandSandboxServer::LoggedRequest> FernandSandboxServer::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void FernandSandboxServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

void FernandSandboxServer::injectFaults(int count, int status)
{
    QMutexLocker lock(&m_mutex);
    m_faultCount = qMax(0, count);
    m_faultStatus = status;
}

void FernandSandboxServer::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QUrl url = httpRequest.url();
    SandboxRequest request = SandboxRequest::fromTarget(methodName(httpRequest.method()), url.path(QUrl::FullyEncoded).toUtf8(),
                                                        url.query(QUrl::FullyEncoded), httpRequest.body());
    // The docs show routes with and without a "/v3" prefix: both are served, unless onlyV3.
    const bool prefixed = !request.segments.isEmpty() && request.segments.constFirst() == QLatin1String("v3");
    if (prefixed)
        request.segments.removeFirst();
    else if (m_options.onlyV3)
        request.segments.prepend(QStringLiteral("no-such-route")); // answers 404 below
    const QByteArray apiKey = header(httpRequest, "x-api-key");

    SandboxResponse response;
    const bool write = request.method != QLatin1String("GET");
    if (apiKey.isEmpty() || apiKey != m_options.apiKey.toUtf8()) {
        // The docs do not give the status of a refused key; this server answers 401.
        response = FernandSandboxRoutes::error(401, apiKey.isEmpty() ? QStringLiteral("Missing API key")
                                                                     : QStringLiteral("Invalid API key"));
    } else {
        const FernandSandboxLimiter::Verdict verdict = m_limiter.check(apiKey, write, nowMs);
        bool fault = false;
        {
            QMutexLocker lock(&m_mutex);
            if (verdict.allowed && m_faultCount > 0) {
                --m_faultCount;
                fault = true;
            }
        }
        if (!verdict.allowed) {
            response = FernandSandboxRoutes::error(429, QStringLiteral("Too many requests"));
        } else if (fault) {
            response = FernandSandboxRoutes::error(m_faultStatus, QStringLiteral("Injected fault"));
        } else {
            SandboxHandler handler;
            switch (m_router.match(request, &handler)) {
            case SandboxRouter::Match::Found: response = handler(request); break;
            case SandboxRouter::Match::MethodNotAllowed:
                response = FernandSandboxRoutes::error(405, QStringLiteral("Method not allowed"));
                break;
            case SandboxRouter::Match::NotFound:
                response = FernandSandboxRoutes::error(404, QStringLiteral("Not found"));
                break;
            }
        }
        for (const auto &h : verdict.headers)
            response.addHeader(h.first, h.second);
    }

    LoggedRequest entry;
    entry.request.method = request.method;
    entry.request.path = url.path();
    entry.request.query = request.rawQuery;
    entry.request.status = response.status;
    entry.request.apiKey = apiKey;
    entry.request.userAgent = header(httpRequest, "user-agent");
    entry.request.body = request.body;
    entry.atMs = nowMs;
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(entry);
    }
    socket->write(response.toHttp());
}

} // namespace repdesk
