#include "SandboxThreadHost.h"

namespace repdesk {

SandboxThreadHost::SandboxThreadHost(const QString &threadName, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(threadName);
}

SandboxThreadHost::~SandboxThreadHost()
{
    if (!m_thread.isRunning())
        return;
    // The server must die on the thread that created it.
    QMetaObject::invokeMethod(m_worker, [this] {
        delete m_server;
        m_server = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

bool SandboxThreadHost::start(QString *error)
{
    if (m_server)
        return true;
    if (!m_thread.isRunning()) {
        m_thread.start();
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
    }
    QString message;
    QMetaObject::invokeMethod(m_worker, [&] { m_server = createServer(&m_url, &message); },
                              Qt::BlockingQueuedConnection);
    if (!m_server && error)
        *error = message;
    return m_server != nullptr;
}

} // namespace repdesk
