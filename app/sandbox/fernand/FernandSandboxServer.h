#pragma once

#include "FernandSandboxData.h"
#include "FernandSandboxLimiter.h"
#include "FernandSandboxOptions.h"
#include "SandboxRequestRecord.h"
#include "SandboxRouter.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace repdesk {

class FernandSandboxRoutes;
class SandboxHttpListener;

// A Fernand-compatible server on 127.0.0.1 for tests and `repdesk --demo
// --provider fernand`: the routes of FernandSandboxRoutes under "/" and under
// "/v3" alike (the docs show both), the `X-Api-Key` header, `{"error": ...}`
// errors, and Fernand's limits with 429 and X-RateLimit-* headers. State lives
// in memory. Like SandboxServer, it lives on one thread; requestLog() may be
// read from another.
class FernandSandboxServer : public QObject
{
    Q_OBJECT
public:
    struct LoggedRequest
    {
        SandboxRequestRecord request;
        qint64 atMs = 0; // when it arrived, ms since the epoch
    };

    explicit FernandSandboxServer(const FernandSandboxOptions &options, QObject *parent = nullptr);
    ~FernandSandboxServer() override;

    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl url() const;
    const FernandSandboxOptions &options() const { return m_options; }
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    // The next `count` requests answer `status` with {"error": ...} (after the rate check).
    void injectFaults(int count, int status);

    FernandSandboxData &data() { return m_data; }

private:
    void handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket);

    FernandSandboxOptions m_options;
    FernandSandboxData m_data;
    FernandSandboxLimiter m_limiter;
    std::unique_ptr<FernandSandboxRoutes> m_routes;
    SandboxRouter m_router;
    SandboxHttpListener *m_listener = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<LoggedRequest> m_log;
    int m_faultCount = 0;
    int m_faultStatus = 500;
};

} // namespace repdesk
