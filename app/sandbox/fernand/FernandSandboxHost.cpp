#include "FernandSandboxHost.h"

#include "FernandSandboxServer.h"

namespace repdesk {

FernandSandboxHost::FernandSandboxHost(const FernandSandboxOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_thread.setObjectName(QStringLiteral("fernand-sandbox"));
}

FernandSandboxHost::~FernandSandboxHost()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [this] {
        delete m_server;
        m_server = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

bool FernandSandboxHost::start(QString *error)
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
        m_server = new FernandSandboxServer(m_options);
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
