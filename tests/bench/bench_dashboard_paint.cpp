// How fast the dashboards paint, offscreen, against the sandbox (Last 30 days:
// 6 tiles, 30 day buckets, channels, pipeline, the team leaderboard):
// 1. data arrives -> painted: the server answers (300 ms latency, so the
//    answers come in waves after the page was first drawn); from each answer
//    to the end of the repaint that shows it; and every figure at once (the
//    kept answers painted by start() into a page already shown);
// 2. painted from the cache on the first Ctrl+2: the pages and a new session
//    are created and shown over a cache holding the last answers (the server
//    is slow, so nothing new arrives meanwhile); from creation to painted;
// 3. painted from the cache on a later Ctrl+2: the pages are hidden and shown again.
// "Painted" is the end of the last widget paint of the burst that follows
// (no paint for 150 ms after it; per answer, paints less than 3 ms apart).
// While figures load, the skeletons pulse, so the page is never quiet then.
// Prints the median of each over the runs.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_dashboard_paint [runs]
#include "Account.h"
#include "Cache.h"
#include "CallQueue.h"
#include "DashboardSession.h"
#include "KpiTileModel.h"
#include "RetryPolicy.h"
#include "SalesIndex.h"
#include "SandboxServer.h"
#include "Transport.h"
#include "dashboards/DashboardPages.h"
#include "dashboards/KpiTile.h"
#include "dashboards/KpiTileGrid.h"
#include "dashboards/OrganizationPage.h"
#include "dashboards/ScopeView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace repdesk;

namespace {

QElapsedTimer g_clock;

// Paints every widget of `root` itself, so it knows when each paint ended.
class PaintClock : public QObject
{
public:
    explicit PaintClock(QObject *parent = nullptr) : QObject(parent) { qApp->installEventFilter(this); }
    void watch(QWidget *root) { m_root = root; }
    qint64 lastPaintEnd() const { return m_last; }
    const QList<qint64> &paintEnds() const { return m_ends; }
    void clear() { m_ends.clear(); }

    // Runs the event loop until no widget of the root painted for `quietMs`; returns the end of
    // the last paint after `since` (ns), or -1.
    qint64 waitPainted(qint64 since, int quietMs = 150, int timeoutMs = 10000)
    {
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QTest::qSleep(1);
            if (m_last > since && (g_clock.nsecsElapsed() - m_last) / 1000000 >= quietMs)
                return m_last;
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_root || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget != m_root && !m_root->isAncestorOf(widget))
            return false;
        // Paint now (filters are passed by), then note when it ended.
        static_cast<QObject *>(widget)->event(event); // public through QObject, dispatched to the widget
        m_last = g_clock.nsecsElapsed();
        m_ends.append(m_last);
        return true;
    }

private:
    QPointer<QWidget> m_root;
    qint64 m_last = 0;
    QList<qint64> m_ends;
};

// For each answer, from its arrival to the end of the repaint that follows it (widget paints less
// than 3 ms apart belong to one repaint); answers whose repaint starts after the next answer
// arrived share that answer's repaint and are not counted twice.
QList<double> answerToPaint(const QList<qint64> &answers, const QList<qint64> &paints)
{
    QList<double> out;
    for (int i = 0; i < answers.size(); ++i) {
        const auto first = std::upper_bound(paints.begin(), paints.end(), answers.at(i));
        if (first == paints.end())
            continue;
        if (i + 1 < answers.size() && *first > answers.at(i + 1))
            continue;
        auto end = first;
        while (end + 1 != paints.end() && *(end + 1) - *end < 3000000)
            ++end;
        out << (*end - answers.at(i)) / 1e6;
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool tilesShowFigures(DashboardPages *pages)
{
    KpiTileGrid *grid = pages->organizationPage()->figures()->tiles();
    for (int row = 0; row < grid->tileCount(); ++row) {
        if (grid->tile(row)->isSkeletonShown())
            return false;
    }
    return grid->tileCount() > 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_dashboard_paint"));
    QSettings().clear();
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    g_clock.start();
    QTemporaryDir dir;

    SandboxOptions options;
    options.apiKey = QStringLiteral("bench-key");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
    SandboxServer server(options);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    Account account(server.url(), QByteArrayLiteral("bench-key"));
    const QString org = server.organizationIds().value(0);
    Cache cache(dir.filePath(QStringLiteral("warm")), QStringLiteral("bench"));
    cache.openOrganization(org);
    SalesIndex sales;
    sales.setSource(account.provider(), &cache, org);
    sales.refresh(true);
    if (!QTest::qWaitFor([&] { return !sales.isLoading(); }, 60000))
        std::fprintf(stderr, "the sales walk did not finish\n");
    PaintClock clock;

    const auto newSession = [&](Cache *c, const QString &key) {
        auto s = std::make_unique<DashboardSession>(account.provider(), c, &sales, org, key);
        s->setPreset(AnalyticsRange::Preset::Last30Days);
        return s;
    };

    // Warm the cache once: the last answers are kept for the cache runs below.
    {
        auto s = newSession(&cache, QStringLiteral("warm"));
        s->start();
        if (!QTest::qWaitFor([&] { return s->queue()->isIdle(); }, 60000))
            std::fprintf(stderr, "warming did not finish\n");
    }

    // 1. Data arrives -> painted: each answer of a load (they come in waves of four).
    QList<double> afterData, afterLast;
    int answers = 0;
    server.setLatencyMs(300);
    for (int i = 0; i < runs; ++i) {
        Cache fresh(dir.filePath(QStringLiteral("fresh%1").arg(i)), QStringLiteral("bench"));
        fresh.openOrganization(org);
        auto s = newSession(&fresh, QStringLiteral("fresh%1").arg(i));
        DashboardPages pages;
        pages.resize(1280, 800);
        clock.watch(&pages);
        pages.setSession(s.get(), nullptr);
        pages.show();
        // First drawn (the loading skeletons pulse on, so there is no quiet moment to wait for).
        QTest::qWait(300);
        clock.clear();
        QList<qint64> arrived;
        QObject::connect(s->queue(), &CallQueue::callFinished, &pages, [&] { arrived << g_clock.nsecsElapsed(); });
        s->start();
        if (!QTest::qWaitFor([&] { return s->queue()->isIdle(); }, 60000))
            std::fprintf(stderr, "run %d did not settle\n", i);
        const qint64 painted = clock.waitPainted(arrived.value(arrived.size() - 1));
        if (painted < 0 || !tilesShowFigures(&pages))
            std::fprintf(stderr, "run %d: not painted with figures\n", i);
        answers = int(arrived.size());
        afterData << answerToPaint(arrived, clock.paintEnds());
        afterLast << (painted - arrived.value(arrived.size() - 1)) / 1e6;
        clock.watch(nullptr);
    }

    // 1b. Every figure at once: the page is up (nothing asked yet), then start() paints the kept answers.
    server.setLatencyMs(5000);
    QList<double> allAtOnce;
    for (int i = 0; i < runs; ++i) {
        auto s = newSession(&cache, QStringLiteral("warm"));
        DashboardPages pages;
        pages.resize(1280, 800);
        clock.watch(&pages);
        pages.setSession(s.get(), nullptr);
        pages.show();
        // First drawn (the loading skeletons pulse on, so there is no quiet moment to wait for).
        QTest::qWait(300);
        const qint64 start = g_clock.nsecsElapsed();
        s->start();
        const qint64 painted = clock.waitPainted(start);
        if (painted < 0 || !tilesShowFigures(&pages))
            std::fprintf(stderr, "all-at-once run %d: not painted with figures\n", i);
        allAtOnce << (painted - start) / 1e6;
        clock.watch(nullptr);
        s->queue()->cancelAll();
    }

    // 2. First Ctrl+2: created and shown over the warm cache; the server is slow, nothing new arrives.
    QList<double> coldShow, warmShow;
    for (int i = 0; i < runs; ++i) {
        const qint64 start = g_clock.nsecsElapsed();
        auto s = newSession(&cache, QStringLiteral("warm"));
        auto pages = std::make_unique<DashboardPages>();
        pages->resize(1280, 800);
        clock.watch(pages.get());
        pages->setSession(s.get(), nullptr);
        pages->show();
        s->start();
        const qint64 painted = clock.waitPainted(start);
        if (painted < 0 || !tilesShowFigures(pages.get()))
            std::fprintf(stderr, "cold run %d: not painted from the cache\n", i);
        coldShow << (painted - start) / 1e6;

        // 3. A later Ctrl+2: hidden (Ctrl+1), then shown again.
        pages->hide();
        QCoreApplication::processEvents();
        const qint64 again = g_clock.nsecsElapsed();
        pages->show();
        const qint64 repainted = clock.waitPainted(again);
        warmShow << (repainted - again) / 1e6;
        clock.watch(nullptr);
        s->queue()->cancelAll();
        pages.reset();
    }

    std::sort(afterData.begin(), afterData.end());
    std::printf("data arrives -> painted, per answer (%d answers a load, 300 ms latency): median %.1f ms, worst %.1f ms"
                " over %d runs (target <= 150 ms)\n",
                answers, median(afterData), afterData.isEmpty() ? 0.0 : afterData.last(), runs);
    std::printf("data arrives -> painted, the last answer: median %.1f ms\n", median(afterLast));
    std::printf("every figure at once (kept answers) -> painted, page already shown: median %.1f ms over %d runs\n",
                median(allAtOnce), runs);
    std::printf("first Ctrl+2, created and painted from the cache: median %.1f ms over %d runs (target <= 100 ms)\n",
                median(coldShow), runs);
    std::printf("later Ctrl+2, shown again and painted: median %.1f ms over %d runs\n", median(warmShow), runs);
    return 0;
}
