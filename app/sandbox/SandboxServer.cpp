#include "SandboxServer.h"

#include "AnalyticsRoutes.h"
#include "AuditLogRoutes.h"
#include "CompanyRoutes.h"
#include "ContactRoutes.h"
#include "SandboxActivity.h"
#include "ConversationRoutes.h"
#include "DemoDataGenerator.h"
#include "DraftPromoter.h"
#include "LegacyRoutes.h"
#include "MessageDraftRoutes.h"
#include "OrganizationRoutes.h"
#include "ResponseDraftRoutes.h"
#include "SalesRoutes.h"
#include "SandboxContext.h"
#include "SandboxDatabase.h"
#include "SandboxDraftProposer.h"
#include "SandboxHttpListener.h"
#include "SandboxLiveActivity.h"
#include "SandboxTime.h"

#include <QHttpServerRequest>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

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
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    default: return QStringLiteral("UNKNOWN");
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_keys(options)
    , m_faultRandom(options.seed ^ 0x5eed5eedu)
{
    if (!m_options.anchor.isValid()) {
        const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        m_options.anchor = QDateTime::fromSecsSinceEpoch(minute, QTimeZone::utc());
    }
    m_options.anchor = m_options.anchor.toUTC();
}

SandboxServer::~SandboxServer()
{
    // Sockets, timers and the promoter reference the store: tear them down before it goes.
    delete m_liveActivity;
    delete m_listener;
    delete m_promoter;
    m_groups.clear();
    m_context.reset();
    m_db.reset();
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (m_listener)
        return true;
    // Listen first: a taken port should fail before seconds of data generation. Loopback only,
    // on purpose and without an option (README, repdesk-sandbox).
    auto *tcp = SandboxHttpListener::listenOn(port, this, error);
    if (!tcp)
        return false;
    m_db = std::make_unique<SandboxDatabase>();
    if (!m_db->open(m_options.dataDir, error)) {
        delete tcp;
        m_db.reset();
        return false;
    }
    m_context = std::make_unique<SandboxContext>(*m_db, m_options);
    m_promoter = new DraftPromoter(*m_context, this);
    m_context->setPromoter(m_promoter);

    if (m_db->isEmpty()) {
        DemoDataGenerator(*m_db, m_options).generate();
        m_db->setMetaValue(QStringLiteral("anchor"), m_options.anchor.toString(Qt::ISODate));
    } else {
        const QDateTime stored = QDateTime::fromString(m_db->metaValue(QStringLiteral("anchor")), Qt::ISODate);
        if (stored.isValid())
            m_options.anchor = stored.toUTC();
    }
    // Also when a data dir made without the second key is reused with it.
    if (m_keys.hasSecondTenant() && !m_db->hasTenant(SandboxTenant::Second))
        DemoDataGenerator(*m_db, m_options).generateSecondTenant();
    // Drafts queued by an earlier run of a reused data dir, or approved in the demo data: sent on the usual delay.
    m_promoter->resumePending();
    m_db->createIndexes();
    {
        QMutexLocker lock(&m_mutex);
        for (const SandboxTenant tenant : {SandboxTenant::First, SandboxTenant::Second}) {
            QStringList &ids = m_organizationIds[tenant];
            const auto rows = m_context->organizationsOf(tenant);
            for (const QVariantMap &row : rows)
                ids.append(row.value(QStringLiteral("id")).toString());
        }
    }

    m_groups.push_back(std::make_unique<OrganizationRoutes>(*m_context));
    m_groups.push_back(std::make_unique<ContactRoutes>(*m_context));
    m_groups.push_back(std::make_unique<CompanyRoutes>(*m_context));
    m_groups.push_back(std::make_unique<ConversationRoutes>(*m_context));
    m_groups.push_back(std::make_unique<ResponseDraftRoutes>(*m_context));
    m_groups.push_back(std::make_unique<MessageDraftRoutes>(*m_context));
    m_groups.push_back(std::make_unique<SalesRoutes>(*m_context));
    m_groups.push_back(std::make_unique<AnalyticsRoutes>(*m_context));
    m_groups.push_back(std::make_unique<AuditLogRoutes>(*m_context));
    m_groups.push_back(std::make_unique<LegacyRoutes>(*m_context));
    for (const auto &group : m_groups)
        group->registerRoutes(m_router);

    m_listener = new SandboxHttpListener(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); }, this);
    m_listener->bind(tcp);
    m_port = tcp->serverPort();

    if (m_options.liveActivityMs > 0)
        m_liveActivity = new SandboxLiveActivity(*m_context, m_options.liveActivityMs, this);
    if (m_options.outageEveryMs > 0) {
        m_outageTimer = new QTimer(this);
        connect(m_outageTimer, &QTimer::timeout, this, [this] { interrupt(m_options.outageMs); });
        m_outageTimer->start(m_options.outageEveryMs);
    }
    return true;
}

void SandboxServer::interrupt(int downMs)
{
    if (m_listener && m_listener->interrupt(downMs))
        ++m_interruptions;
}

bool SandboxServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl SandboxServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<SandboxRequestRecord> SandboxServer::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void SandboxServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

void SandboxServer::injectFaults(int count, int status, int retryAfter, bool httpDate)
{
    QMutexLocker lock(&m_mutex);
    m_faultCount = qMax(0, count);
    m_faultStatus = status;
    m_faultRetryAfter = retryAfter;
    m_faultHttpDate = httpDate;
}

void SandboxServer::injectMalformed(int count)
{
    QMutexLocker lock(&m_mutex);
    m_malformedCount = qMax(0, count);
}

void SandboxServer::injectDropAfterProcessing(int count, const QString &method)
{
    QMutexLocker lock(&m_mutex);
    m_dropAfterCount = qMax(0, count);
    m_dropAfterMethod = method;
}

void SandboxServer::setLatencyMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_options.latencyMs = qMax(0, ms);
}

void SandboxServer::setFailRate(double probability)
{
    QMutexLocker lock(&m_mutex);
    m_options.failRate = qBound(0.0, probability, 1.0);
}

void SandboxServer::setRateLimitEvery(int every)
{
    QMutexLocker lock(&m_mutex);
    m_options.rateLimitEvery = qMax(0, every);
}

void SandboxServer::setMalformedRate(double probability)
{
    QMutexLocker lock(&m_mutex);
    m_options.malformedRate = qBound(0.0, probability, 1.0);
}

void SandboxServer::setDropMidBodyRate(double probability)
{
    QMutexLocker lock(&m_mutex);
    m_options.dropMidBodyRate = qBound(0.0, probability, 1.0);
}

void SandboxServer::setDropAfterRate(double probability)
{
    QMutexLocker lock(&m_mutex);
    m_options.dropAfterRate = qBound(0.0, probability, 1.0);
}

void SandboxServer::injectDropMidBody(int count)
{
    QMutexLocker lock(&m_mutex);
    m_dropMidBodyCount = qMax(0, count);
}

QString SandboxServer::simulateInboundMessage(const QString &conversationId)
{
    if (!m_context)
        return {};
    return SandboxActivity(*m_context).addInbound(conversationId);
}

bool SandboxServer::simulateSaleMove(const QString &saleId, const QString &stageLabel)
{
    return m_context && SandboxActivity(*m_context).moveSale(saleId, stageLabel);
}

QString SandboxServer::proposeDraft(const QString &conversationId)
{
    return m_context ? SandboxDraftProposer(*m_context).propose(conversationId) : QString();
}

void SandboxServer::overwriteDraft(const QString &conversationId, const QString &bodyHtml)
{
    if (m_context)
        SandboxDraftProposer(*m_context).overwrite(conversationId, bodyHtml);
}

void SandboxServer::setKeyState(const QString &key, KeyState state)
{
    m_keys.setState(key, state);
}

QStringList SandboxServer::organizationIds(const QString &apiKey) const
{
    const SandboxTenant tenant = apiKey.isEmpty() ? SandboxTenant::First : m_keys.tenantOf(apiKey);
    QMutexLocker lock(&m_mutex);
    return m_organizationIds.value(tenant);
}

void SandboxServer::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // The listener is bound to 127.0.0.1 only and no option changes that: the sandbox serves a
    // well-known demo key and fault switches. Should a later change ever bind it wider, a peer
    // from another machine is still hung up on without an answer.
    if (!socket->peerAddress().isLoopback()) {
        socket->abort();
        return;
    }
    const QUrl url = httpRequest.url();
    SandboxRequest request = SandboxRequest::fromTarget(methodName(httpRequest.method()),
                                                        url.path(QUrl::FullyEncoded).toUtf8(),
                                                        url.query(QUrl::FullyEncoded), httpRequest.body());
    const QByteArray apiKey = header(httpRequest, "x-api-key");
    bool drop = false;
    bool cut = false;
    SandboxResponse response = request.path().startsWith(QLatin1String("/beacon/")) ? beacon(request)
                                                                                   : respond(request, apiKey, &drop, &cut);
    // Demo HTML points its trackers and remote images at this server, so a
    // leak from the client shows up in this very log as a /beacon/ request.
    response.body.replace("{{SANDBOX_URL}}", SandboxServer::url().toString(QUrl::FullyEncoded).toUtf8());

    SandboxRequestRecord record;
    record.method = request.method;
    record.path = request.path();
    record.query = request.rawQuery;
    record.status = drop ? 0 : response.status;
    record.apiKey = apiKey;
    record.userAgent = header(httpRequest, "user-agent");
    record.body = request.body;
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(record);
    }
    Q_EMIT requestHandled(record.method, record.path, record.status);

    if (drop)
        socket->abort();
    else
        deliver(socket, response, cut);
}

SandboxResponse SandboxServer::respond(SandboxRequest &request, const QByteArray &apiKey, bool *drop, bool *cut)
{
    QMutexLocker lock(&m_mutex);
    const qint64 number = ++m_requestCount;
    if (m_faultCount > 0) {
        --m_faultCount;
        if (m_faultStatus == 0) {
            *drop = true;
            return {};
        }
        SandboxResponse response = SandboxResponse::detail(m_faultStatus, QString::fromLatin1(SandboxResponse::reasonPhrase(m_faultStatus)));
        if (m_faultRetryAfter >= 0) {
            response.addHeader("Retry-After",
                               m_faultHttpDate ? SandboxTime::httpDate(SandboxTime::nowMicros() + m_faultRetryAfter * SandboxTime::kSecond)
                                               : QByteArray::number(m_faultRetryAfter));
        }
        return response;
    }
    if (m_options.rateLimitEvery > 0 && number % m_options.rateLimitEvery == 0) {
        SandboxResponse response = SandboxResponse::detail(429, QStringLiteral("Too Many Requests"));
        response.addHeader("Retry-After", "1");
        return response;
    }
    if (m_options.failRate > 0.0 && m_faultRandom.generateDouble() < m_options.failRate)
        return SandboxResponse::detail(500, QStringLiteral("Internal Server Error"));
    bool breakIt = false;
    if (m_malformedCount > 0) {
        --m_malformedCount;
        breakIt = true;
    } else if (m_options.malformedRate > 0.0 && m_faultRandom.generateDouble() < m_options.malformedRate) {
        breakIt = true;
    }
    if (!breakIt && m_dropAfterCount > 0 && request.method == m_dropAfterMethod) {
        --m_dropAfterCount;
        *drop = true; // routed below, so the write really happens; only the answer is lost
    } else if (!breakIt && m_options.dropAfterRate > 0.0 && m_faultRandom.generateDouble() < m_options.dropAfterRate) {
        *drop = true;
    } else if (!breakIt && m_dropMidBodyCount > 0) {
        --m_dropMidBodyCount;
        *cut = true; // processed too: half of its answer is on the wire when the connection closes
    } else if (!breakIt && m_options.dropMidBodyRate > 0.0 && m_faultRandom.generateDouble() < m_options.dropMidBodyRate) {
        *cut = true;
    }
    lock.unlock();
    return breakIt ? malformed(request, apiKey) : route(request, apiKey);
}

SandboxResponse SandboxServer::malformed(SandboxRequest &request, const QByteArray &apiKey)
{
    SandboxResponse response;
    // A GET is answered for real and cut in half; a DELETE is performed too (a 2xx says it was, and
    // repeating it changes nothing); any other write is not performed at all, so a client retry
    // cannot apply it twice.
    if (request.method == QLatin1String("DELETE")) {
        const SandboxResponse real = route(request, apiKey);
        if (real.status >= 300)
            return real;
    } else if (request.method == QLatin1String("GET")) {
        const SandboxResponse real = route(request, apiKey);
        if (real.status == 200 && real.body.size() > 1)
            response.body = real.body.left(real.body.size() / 2);
    }
    if (response.body.isEmpty())
        response.body = R"({"data": [{"conversation_id": "HR_id_trunc)";
    response.status = 200;
    return response;
}

SandboxResponse SandboxServer::route(SandboxRequest &request, const QByteArray &apiKey)
{
    SandboxHandler handler;
    switch (m_router.match(request, &handler)) {
    case SandboxRouter::Match::NotFound:
        return SandboxResponse::detail(404, QStringLiteral("Not Found"));
    case SandboxRouter::Match::MethodNotAllowed:
        return SandboxResponse::detail(405, QStringLiteral("Method Not Allowed"));
    case SandboxRouter::Match::Found:
        break;
    }
    SandboxTenant tenant = SandboxTenant::None;
    if (auto denied = m_keys.authenticate(apiKey, &tenant))
        return *denied;
    // Handlers reach organizations only through the context, which now finds this tenant's alone:
    // another tenant's organization is refused exactly like an unknown id, on every route.
    m_context->setTenant(tenant);
    SandboxResponse response = handler(request);
    m_context->setTenant(SandboxTenant::None);
    return response;
}

SandboxResponse SandboxServer::beacon(const SandboxRequest &request) const
{
    SandboxResponse response;
    response.status = 200;
    if (request.path().endsWith(QLatin1String(".js")) || request.path().endsWith(QLatin1String(".css"))) {
        response.contentType = "text/plain";
        response.body = "/* beacon */";
        return response;
    }
    // A 1x1 transparent GIF: every remote image of the demo data resolves to it.
    response.contentType = "image/gif";
    response.body = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    return response;
}

void SandboxServer::deliver(QTcpSocket *socket, const SandboxResponse &response, bool cutMidBody)
{
    QByteArray bytes = response.toHttp();
    // The head and half the body (at least one byte short of Content-Length), then a close after
    // the write: the client sees a connection that ended in the middle of the answer.
    if (cutMidBody)
        bytes.chop(qMax<qsizetype>(1, response.body.size() - response.body.size() / 2));
    int latency = 0;
    {
        QMutexLocker lock(&m_mutex);
        latency = m_options.latencyMs;
    }
    const auto write = [cutMidBody](QTcpSocket *to, const QByteArray &data) {
        to->write(data);
        if (cutMidBody)
            to->disconnectFromHost(); // after the buffered half has gone out
    };
    if (latency <= 0) {
        write(socket, bytes);
        return;
    }
    // The client may give up during the delay; the socket is then gone.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [guard, bytes, write] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard, bytes);
    });
}

} // namespace repdesk
