#pragma once

#include "FernandSandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace repdesk {

class FernandSandboxServer;

// Runs a FernandSandboxServer on its own thread, for `repdesk --demo --provider fernand`.
class FernandSandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit FernandSandboxHost(const FernandSandboxOptions &options, QObject *parent = nullptr);
    ~FernandSandboxHost() override; // stops the server and joins the thread

    bool start(QString *error = nullptr); // blocks until listening on a free loopback port
    QUrl url() const { return m_url; }

private:
    FernandSandboxOptions m_options;
    QThread m_thread;
    QObject *m_worker = nullptr;
    FernandSandboxServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace repdesk
