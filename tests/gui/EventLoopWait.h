#pragma once

// Waiting helpers for WebEngine tests. QTest::qWaitFor() and the QTRY_* macros
// sleep 10 ms between event batches, and a WebEngine navigation takes many
// main-thread hops: with them a 15 ms render takes 1.5 s. These run a real loop.

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace repdesk::testsupport {

inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

inline void pause(int ms)
{
    spinUntil([] { return false; }, ms);
}

} // namespace repdesk::testsupport
