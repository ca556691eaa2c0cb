#pragma once

#include "SandboxKeyState.h"
#include "SandboxKeyring.h"
#include "SandboxOptions.h"
#include "SandboxRequestRecord.h"
#include "SandboxResponse.h"
#include "SandboxRouter.h"
#include "SandboxTenant.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;
class QTimer;

namespace repdesk {

class DraftPromoter;
class SandboxContext;
class SandboxDatabase;
class SandboxHttpListener;
class SandboxLiveActivity;
class SandboxRouteGroup;

// A HyperRep-compatible HTTP server on 127.0.0.1 backed by SQLite, with demo data and fault
// injection. Lives on one thread: create it, start() it and call its hooks from that thread; the
// hooks that only touch mutex-guarded state (faults, latency, the log, setKeyState, organizationIds)
// may also be called from another. With SandboxOptions::secondApiKey it serves two tenants, each
// key seeing only its own organizations.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using KeyState = SandboxKeyState; // Active, Inactive, Expired, Invalid

    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(quint16 port = 0, QString *error = nullptr); // generates the demo data (if the db is empty) and listens on 127.0.0.1
    quint16 port() const { return m_port; }
    QUrl url() const;                                     // http://127.0.0.1:PORT
    const SandboxOptions &options() const { return m_options; }
    QList<SandboxRequestRecord> requestLog() const;       // every request received, in order
    void clearRequestLog();

    // Test hooks. The next `count` requests fail with `status` (0 = the connection is dropped without an answer);
    // with retryAfter >= 0 a Retry-After header is sent, in seconds, or as an HTTP date if httpDate is true.
    void injectFaults(int count, int status, int retryAfter = -1, bool httpDate = false);
    void injectMalformed(int count);                      // next `count` answers are 200 with broken JSON
    // The next `count` requests with this method are processed for real (a POST creates or sends),
    // then the connection is dropped before any answer: the client cannot tell whether it went through.
    void injectDropAfterProcessing(int count, const QString &method = QStringLiteral("POST"));
    void setLatencyMs(int ms);
    // The probabilistic faults of SandboxOptions, changed while serving (the fault matrix turns them on and off).
    void setFailRate(double probability);
    void setRateLimitEvery(int every);
    void setMalformedRate(double probability);
    void setDropMidBodyRate(double probability);
    void setDropAfterRate(double probability);
    // The next `count` requests are processed for real, then their answer is cut in the middle of its body.
    void injectDropMidBody(int count);
    // The server goes away: it stops listening and closes every open connection (an answer on its way
    // is lost), as a crash or restart would, and listens again on the same port, with the same data,
    // after downMs (0: at once). Meanwhile connections are refused. Call from the server's thread.
    void interrupt(int downMs = 0);
    bool isListening() const;
    int interruptions() const { return m_interruptions; }
    QString simulateInboundMessage(const QString &conversationId = {}); // returns the message id; bumps last_activity_at, is_read=false
    // HyperRep at work (SandboxDraftProposer::propose): a new inbound message lands in the conversation
    // (empty: a random one of the first organization) and a reply to it becomes its pending response
    // draft, or rewrites the pending one. Returns the response id; empty if its draft is sending.
    QString proposeDraft(const QString &conversationId = {});
    // A change made elsewhere while a client shows the draft: the body is replaced as a POST without
    // autosend would (created_at moves, cc/bcc stay). Ignored while the draft is sending.
    void overwriteDraft(const QString &conversationId, const QString &bodyHtml);
    bool simulateSaleMove(const QString &saleId, const QString &stageLabel); // its owner moves the sale to that stage now
    // From now on `key` answers 403 on every route: Inactive "API Key is inactive", Expired "API Key
    // has expired", Invalid "Invalid API Key". Active restores it as configured.
    void setKeyState(const QString &key, KeyState state);
    // The organizations of that key's tenant (empty key: the first tenant), in the order GET /organizations
    // returns them; none for a key that owns no tenant. Key states do not change the answer.
    QStringList organizationIds(const QString &apiKey = {}) const;

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    // Applies fault injection, then routing and auth. `drop` asks for the connection to be cut
    // before any answer, `cut` for the answer to stop in the middle of its body.
    SandboxResponse respond(SandboxRequest &request, const QByteArray &apiKey, bool *drop, bool *cut);
    SandboxResponse route(SandboxRequest &request, const QByteArray &apiKey);
    SandboxResponse malformed(SandboxRequest &request, const QByteArray &apiKey);
    SandboxResponse beacon(const SandboxRequest &request) const;
    void deliver(QTcpSocket *socket, const SandboxResponse &response, bool cutMidBody);

    SandboxOptions m_options;
    SandboxKeyring m_keys;
    std::unique_ptr<SandboxDatabase> m_db;
    std::unique_ptr<SandboxContext> m_context;
    std::vector<std::unique_ptr<SandboxRouteGroup>> m_groups;
    SandboxRouter m_router;
    SandboxHttpListener *m_listener = nullptr;
    DraftPromoter *m_promoter = nullptr;
    SandboxLiveActivity *m_liveActivity = nullptr;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // guards the log, the fault state and m_organizationIds, which tests may touch from another thread
    QMap<SandboxTenant, QStringList> m_organizationIds; // filled by start(); no route creates organizations
    QList<SandboxRequestRecord> m_log;
    qint64 m_requestCount = 0;
    int m_dropAfterCount = 0;
    QString m_dropAfterMethod;
    int m_faultCount = 0;
    int m_faultStatus = 500;
    int m_faultRetryAfter = -1;
    bool m_faultHttpDate = false;
    int m_malformedCount = 0;
    int m_dropMidBodyCount = 0;
    int m_interruptions = 0;
    QTimer *m_outageTimer = nullptr;
    QRandomGenerator m_faultRandom;
};

} // namespace repdesk
