// Time from ThreadDisplay::showThread() of a 240-message thread (built by
// ThreadHtmlBuilder: HTML emails, texts, live chat, calls) to onRendered, in
// the WebEngine plugin loaded the way the app loads it. Reports the cold
// first render and the median of 10 warm ones.
// Run: QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 build/tests/bench/bench_thread_open [runs]

#include "../unit/tst_thread_support.h"
#include "ThreadHtmlBuilder.h"
#include "WebViewsLoader.h"
#include "webapi/ThreadDisplay.h"
#include "webapi/WebViewsPlugin.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace repdesk;

namespace {

bool webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

// Milliseconds from showThread() to onRendered(true); -1 on failure or timeout.
double timeRender(ThreadDisplay *display, const QString &html)
{
    bool done = false;
    bool ok = false;
    // A real event loop: QTest::qWaitFor() sleeps 10 ms between event batches,
    // and each of the many hops of a WebEngine navigation would pay that sleep.
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    display->onRendered = [&](bool result) {
        done = true;
        ok = result;
        loop.quit();
    };
    QElapsedTimer timer;
    timer.start();
    display->showThread(html, false);
    if (!done)
        loop.exec();
    const bool finished = done;
    const double ms = timer.nsecsElapsed() / 1e6;
    display->onRendered = nullptr;
    return finished && ok ? ms : -1.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 10;

    std::printf("WebEngine mapped before the plugin is loaded: %s\n", webEngineMapped() ? "yes (BAD)" : "no");
    QElapsedTimer step;
    step.start();
    WebViewsLoader loader;
    WebViewsPlugin *plugin = loader.load();
    if (!plugin) {
        std::fprintf(stderr, "%s\n", qPrintable(loader.errorString()));
        return 1;
    }
    std::printf("plugin load: %.1f ms (%s)\n", step.nsecsElapsed() / 1e6, qPrintable(loader.loadedFrom()));
    step.restart();
    std::unique_ptr<ThreadDisplay> display(plugin->createThreadDisplay(nullptr));
    display->widget()->resize(1000, 800);
    display->widget()->show();
    if (!QTest::qWaitForWindowExposed(display->widget()))
        return 1;
    std::printf("createThreadDisplay + show: %.1f ms\n", step.nsecsElapsed() / 1e6);

    const ThreadContent a = testsupport::generatedThread(240);
    ThreadContent b = testsupport::generatedThread(240);
    b.messages.removeFirst(); // a different document each time, like switching conversations
    b.messages.append(a.messages.first());
    step.restart();
    const ThreadRender renderA = ThreadHtmlBuilder::build(a);
    const double buildColdMs = step.nsecsElapsed() / 1e6;
    QList<double> builds;
    ThreadRender renderB;
    for (int i = 0; i < 5; ++i) {
        step.restart();
        renderB = ThreadHtmlBuilder::build(b);
        builds << step.nsecsElapsed() / 1e6;
    }
    std::sort(builds.begin(), builds.end());
    std::printf("ThreadHtmlBuilder, 240 messages: first %.1f ms, then median of 5 %.1f ms (%lld KiB of UTF-8)\n",
                buildColdMs, builds.at(2), qlonglong(renderA.html.toUtf8().size() / 1024));

    const double cold = timeRender(display.get(), renderA.html);
    std::printf("cold first render: %.1f ms\n", cold);
    QList<double> warm;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeRender(display.get(), (i % 2 ? renderA : renderB).html);
        if (ms < 0) {
            std::fprintf(stderr, "render %d failed\n", i);
            return 1;
        }
        warm << ms;
    }
    std::sort(warm.begin(), warm.end());
    QList<double> tiny;
    for (int i = 0; i < 5; ++i)
        tiny << timeRender(display.get(), QStringLiteral("<p>tiny %1</p>").arg(i));
    std::sort(tiny.begin(), tiny.end());
    std::printf("baseline, one-paragraph document, median of 5: %.1f ms\n", tiny.at(2));
    std::printf("warm render, median of %d: %.1f ms (min %.1f, max %.1f); target <= 250 ms\n", runs, warm.at(warm.size() / 2),
                warm.first(), warm.last());
    display.reset();
    return 0;
}
