#pragma once
// What the window tests share: the app as main() builds it, with its data in the test's temporary
// profile (a SessionManager opened with a one-run key, and the main window), and spin(), which lets
// the event loop run in 5 ms turns until a condition holds or the time is up.
#include "AccountSession.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "OrganizationSession.h"
#include "SessionManager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <functional>
#include <memory>

namespace repdesk::test {

inline bool spin(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

struct RunningApp
{
    SessionManager manager;
    std::unique_ptr<MainWindow> window;

    // `provider`: AccountInfo's provider id; empty is HyperRep.
    RunningApp(const QUrl &server, const QByteArray &key, const QString &provider = {})
        : manager(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
                  InstallSecret::defaultDirectory())
    {
        QString error;
        if (!manager.initialize(&error))
            qFatal("initialize: %s", qPrintable(error));
        window = std::make_unique<MainWindow>(&manager);
        SessionManager::Launch launch;
        launch.server = server;
        launch.serverGiven = true;
        launch.environmentKey = key;
        if (!provider.isEmpty())
            launch.provider = provider;
        manager.start(launch);
    }

    OrganizationSession *organization() const
    {
        return manager.current() ? manager.current()->organization() : nullptr;
    }
};

} // namespace repdesk::test
