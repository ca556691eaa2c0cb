#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace repdesk {

// Runs a sandbox server on its own QThread, for `repdesk --demo` (the UI thread never serves HTTP).
// The server is created, started and deleted on that thread: its sockets (and the HyperRep
// sandbox's SQLite connection) belong to the thread that made them. SandboxHost and
// FernandSandboxHost say which server.
class SandboxThreadHost : public QObject
{
    Q_OBJECT
public:
    ~SandboxThreadHost() override; // stops the server and joins the thread

    bool start(QString *error = nullptr); // blocks until listening on a free loopback port
    QUrl url() const { return m_url; }

protected:
    SandboxThreadHost(const QString &threadName, QObject *parent);
    // On the server's thread: a new server listening on a free port (its address in *url), or
    // nullptr with *error set.
    virtual QObject *createServer(QUrl *url, QString *error) = 0;

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread: the target of the blocking calls
    QObject *m_server = nullptr;
    QUrl m_url;
};

} // namespace repdesk
