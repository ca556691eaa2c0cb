#include "SandboxHost.h"

#include "SandboxServer.h"

namespace repdesk {

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("repdesk-sandbox"));
}

SandboxHost::~SandboxHost()
{
    if (!m_thread.isRunning())
        return;
    // The server and its SQLite connection must die on the thread that created them.
    QMetaObject::invokeMethod(m_worker, [this] {
        delete m_server;
        m_server = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

bool SandboxHost::start(QString *error)
{
    if (m_server)
        return true;
    if (!m_thread.isRunning()) {
        m_thread.start();
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
    }
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(m_worker, [&] {
        m_server = new SandboxServer(m_options);
        ok = m_server->start(0, &message);
        if (ok) {
            m_url = m_server->url();
        } else {
            delete m_server;
            m_server = nullptr;
        }
    }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace repdesk
