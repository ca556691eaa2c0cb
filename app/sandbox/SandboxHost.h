#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace repdesk {

class SandboxServer;

// Runs a SandboxServer in its own QThread, for `repdesk --demo` (so the UI thread never serves HTTP).
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxHost() override;                              // stops the server and joins the thread

    bool start(QString *error = nullptr);                 // blocks until listening; free port on 127.0.0.1
    QUrl url() const { return m_url; }

private:
    SandboxOptions m_options;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread: the target of the blocking calls
    SandboxServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace repdesk
