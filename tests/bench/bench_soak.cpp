// A long soak of the real window: memory and open handles over simulated use, with faults on.
// Hosts repdesk-sandbox with faults on (latency, 5xx, 429 with Retry-After, broken JSON, answers
// cut mid-body, requests processed then dropped, the server gone 10 s every 5 min, live inbound
// activity), then `repdesk --server URL` (HYPERREP_API_KEY, REPDESK_BENCH_OPEN so
// ui/inbox/BenchOpenDriver opens rows and starts replies on request) and uses it as a person would,
// through the keyboard of the X display (xdotool): opening threads one after another, paging the
// list (End in the list, every round: the view asks the server for the next page at its end;
// then Home), replying (r, typing, Ctrl+S to save, every third one Ctrl+Enter
// to send), switching workspaces (Ctrl+1..6) and organizations (Ctrl+Shift+O, Down, Enter).
// Every minute it samples, from /proc (ProcessTree): PSS (and RSS) and open file descriptors of
// repdesk alone and summed over repdesk and all its descendants (QtWebEngineProcess zygotes and
// renderers), and prints one line. PSS is the figure: RSS counts Chromium's shared pages once per process.
// Each sample also carries which organization was open and its list's rows (the hook's "memory"
// answer): the open organization's conversations are held in memory (the walk at start fetches
// all of them within the first minute), so a sample in the 2,000-conversation organization reads
// about 11 MB more heap than one in the 200-conversation one, and growth between two samples
// taken in different organizations is that swing, not a trend.
// Memory also moves within the cycle the bench repeats in each organization (two rounds, then a
// switch): the first glance through the workspaces after a switch loads that organization's
// dashboards and directories (about 3.5 MB of heap), which the next switch frees. A sample taken
// every minute lands at a different point of that cycle whenever a round runs long (a thread not
// painted within 20 s shifts every later sample by a third of a round), and read as a step of the
// heap of about 4 MB, up or down, that 30-minute runs showed between minutes 8 and 22. So the bench
// also samples at one point of the cycle: just before each switch, when the organization has been
// open for two rounds ("before switch" lines, about one a minute).
// At the end: the first, middle and last minute samples and the growth per 10 minutes over the
// second half, then, per organization, the trend over its samples in the second half, first of the
// samples before each switch (the level: memory levels off when that is near zero while threads
// opened keep rising), then of the minute samples.
// Run under X (the keys go through the X server, so it needs a display of its own):
//   Xvfb :83 -screen 0 1280x800x24 &
//   DISPLAY=:83 QTWEBENGINE_DISABLE_SANDBOX=1 build/tests/bench/bench_soak [minutes]
// Default 30 minutes. BENCH_VERBOSE=1 passes repdesk's stderr through; BENCH_WRAP runs it under
// another program (BenchApp). Each sample first asks repdesk for
// glibc's heap figures (memory in use, freed but kept, and how much of the in use is in large
// blocks mapped on their own, and how many), and reads repdesk's thread count; BENCH_TRIM=1 has it return free pages first,
// so the PSS read after it leaves them out. A second line per minute splits PSS by kind of mapping
// (MemoryMap: repdesk's heap, other anonymous memory, Chromium's shared memory, other shared
// memory, files; the same for its children), and the summary gives each kind's trend per organization.
#include "BenchApp.h"
#include "MemoryMap.h"
#include "ProcessTree.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "XKeyboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

namespace {

using repdesk::bench::BenchApp;
using repdesk::bench::MemoryMap;
using repdesk::bench::ProcessTree;
using repdesk::bench::XKeyboard;

struct Sample
{
    int minute = 0; // the minute sample's number, or the switch's for a sample taken before one
    double at = 0; // minutes since the first sample: the trends' time axis
    qint64 appPss = 0, treePss = 0, appRss = 0, treeRss = 0; // kB
    int appFds = 0, treeFds = 0, processes = 0;
    int opens = 0, replies = 0, sends = 0, pages = 0, switches = 0, failedOpens = 0, dialogs = 0;
    qint64 heapInUse = 0, heapFree = 0; // kB, glibc's figures from repdesk ("memory")
    qint64 heapMapped = 0; int heapMappedBlocks = 0; // of heapInUse: blocks mapped on their own
    int threads = 0; // repdesk's threads (each may bring the allocator another arena)
    int rows = 0;  // the list's rows when sampled: the open organization's cached conversations
    int webViews = 0; // Qt WebEngine views alive in repdesk: each holds a page, made on first use
    int widgets = 0, objects = 0; // all widgets and QObjects alive in repdesk (BenchOpenDriver)
    int pixmapCacheMb = 0;        // what Qt's QPixmapCache holds, whole MB (bounded by its 10 MB limit)
    char org = '?'; // which organization was open: A, B in the order first seen
    MemoryMap appMap, childMap; // PSS by kind of mapping: repdesk; its children summed
};

QByteArray text(const QByteArray &line, const QByteArray &name)
{
    for (const QByteArray &part : line.split(' '))
        if (part.startsWith(name + '='))
            return part.mid(name.size() + 1);
    return {};
}

qint64 field(const QByteArray &line, const QByteArray &name)
{
    return text(line, name).toLongLong();
}

Sample sample(qint64 root)
{
    Sample s;
    const ProcessTree tree(root);
    s.appPss = ProcessTree::pssKbOf(root);
    s.appRss = ProcessTree::rssKbOf(root);
    s.appFds = ProcessTree::fdCountOf(root);
    s.threads = ProcessTree::threadCountOf(root);
    s.treePss = tree.pssKb();
    s.treeRss = tree.rssKb();
    s.treeFds = tree.fdCount();
    s.processes = int(tree.pids().size());
    for (qint64 pid : tree.pids())
        (pid == root ? s.appMap : s.childMap) += MemoryMap::of(pid);
    return s;
}

void idle(int ms)
{
    QThread::msleep(ms);
}

void print(const Sample &s, bool beforeSwitch)
{
    if (beforeSwitch)
        std::printf("before switch %2d, at %.1f min, ", s.minute, s.at);
    else
        std::printf("minute %2d: ", s.minute);
    std::printf("repdesk PSS %6.1f MB (RSS %6.1f), fds %3d | all %d processes PSS %6.1f MB (RSS %6.1f), "
                "fds %4d | opened %d (failed %d), pages %d, replies %d (sent %d), switches %d, dialogs %d | heap in use %.1f MB, "
                "free %.1f MB, of the in use %.1f MB in %d mapped blocks; %d threads | organization %c, %d rows | %d web views, "
                "%d widgets, %d objects, pixmap cache %d MB\n",
                s.appPss / 1024.0, s.appRss / 1024.0, s.appFds, s.processes, s.treePss / 1024.0,
                s.treeRss / 1024.0, s.treeFds, s.opens, s.failedOpens, s.pages, s.replies, s.sends, s.switches,
                s.dialogs, s.heapInUse / 1024.0, s.heapFree / 1024.0, s.heapMapped / 1024.0, s.heapMappedBlocks,
                s.threads, s.org, s.rows, s.webViews, s.widgets,
                s.objects, s.pixmapCacheMb);
    std::printf("           PSS by mapping, MB: repdesk heap %.1f, anonymous %.1f, Chromium shm %.1f (%d segments of "
                "64 KB or less), other shm %.1f, files %.1f | children heap %.1f, anonymous %.1f, Chromium shm %.1f, "
                "other shm %.1f, files %.1f\n",
                s.appMap.heap / 1024.0, s.appMap.anon / 1024.0, s.appMap.chromium / 1024.0,
                s.appMap.smallChromiumSegments, s.appMap.shared / 1024.0,
                s.appMap.files / 1024.0, s.childMap.heap / 1024.0, s.childMap.anon / 1024.0,
                s.childMap.chromium / 1024.0, s.childMap.shared / 1024.0, s.childMap.files / 1024.0);
    std::fflush(stdout);
}

// The open organization's conversations are in memory, so memory falls and rises with each switch
// between a large organization and a small one. The level that matters is memory against threads
// opened with the data held equal: per organization, its samples in the second half of the run
// taken once it held (nearly: inbound activity may add a few) all its rows. Their first and last,
// and the trend per 10 min (least squares over all of them: one sample taken during a switch
// moves it less than it moves the endpoints).
void steadyState(const QList<Sample> &samples, const char *kind)
{
    std::printf("  %s:\n", kind);
    for (char org = 'A'; org <= 'Z'; ++org) {
        int most = -1;
        for (const Sample &s : samples)
            if (s.org == org)
                most = qMax(most, s.rows);
        if (most < 0)
            break;
        QList<const Sample *> whole;
        for (const Sample &s : samples)
            if (s.org == org && qint64(s.rows) * 100 >= qint64(most) * 99 && s.at >= samples.last().at / 2)
                whole << &s;
        if (whole.size() < 2) {
            std::printf("  organization %c: fewer than 2 samples in the second half\n", org);
            continue;
        }
        const Sample &from = *whole.first(), &to = *whole.last();
        if (to.at - from.at < 5) {
            std::printf("  organization %c (%d rows) was sampled in the second half only from minute %.1f to %.1f: too "
                        "short for a level\n",
                        org, most, from.at, to.at);
            continue;
        }
        const auto trend = [&](const std::function<qint64(const Sample &)> &kb) {
            double mx = 0, my = 0;
            for (const Sample *s : whole) {
                mx += s->at;
                my += double(kb(*s));
            }
            mx /= whole.size();
            my /= whole.size();
            double sxy = 0, sxx = 0;
            for (const Sample *s : whole) {
                sxy += (s->at - mx) * (double(kb(*s)) - my);
                sxx += (s->at - mx) * (s->at - mx);
            }
            return sxy / sxx / 1024.0 * 10;
        };
        const auto per10 = [&](qint64 Sample::*kb) { return trend([kb](const Sample &s) { return s.*kb; }); };
        const auto mapPer10 = [&](MemoryMap Sample::*map, qint64 MemoryMap::*kb) {
            return trend([map, kb](const Sample &s) { return s.*map.*kb; });
        };
        std::printf("  second half, organization %c (%d -> %d rows), %d samples from minute %.1f to %.1f, threads opened %d -> %d: "
                    "PSS repdesk %.1f -> %.1f MB (%+.1f per 10 min), all processes %.1f -> %.1f MB (%+.1f per 10 min), "
                    "heap in use %.1f -> %.1f MB (%+.1f per 10 min); web views %d -> %d, widgets %d -> %d, "
                    "objects %d -> %d, pixmap cache %d -> %d MB\n",
                    org, from.rows, to.rows, int(whole.size()), from.at, to.at, from.opens, to.opens,
                    from.appPss / 1024.0, to.appPss / 1024.0, per10(&Sample::appPss), from.treePss / 1024.0,
                    to.treePss / 1024.0, per10(&Sample::treePss), from.heapInUse / 1024.0, to.heapInUse / 1024.0,
                    per10(&Sample::heapInUse), from.webViews, to.webViews, from.widgets, to.widgets, from.objects,
                    to.objects, from.pixmapCacheMb, to.pixmapCacheMb);
        std::printf("    PSS by mapping, per 10 min: repdesk heap %+.1f, anonymous %+.1f, Chromium shm %+.1f, other shm "
                    "%+.1f, files %+.1f MB; children heap %+.1f, anonymous %+.1f, Chromium shm %+.1f, other shm %+.1f, "
                    "files %+.1f MB\n",
                    mapPer10(&Sample::appMap, &MemoryMap::heap), mapPer10(&Sample::appMap, &MemoryMap::anon),
                    mapPer10(&Sample::appMap, &MemoryMap::chromium), mapPer10(&Sample::appMap, &MemoryMap::shared),
                    mapPer10(&Sample::appMap, &MemoryMap::files), mapPer10(&Sample::childMap, &MemoryMap::heap),
                    mapPer10(&Sample::childMap, &MemoryMap::anon), mapPer10(&Sample::childMap, &MemoryMap::chromium),
                    mapPer10(&Sample::childMap, &MemoryMap::shared), mapPer10(&Sample::childMap, &MemoryMap::files));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("DISPLAY")) {
        std::fprintf(stderr, "bench_soak drives the window through X: set DISPLAY (an Xvfb of its own)\n");
        return 2;
    }
    const int minutes = argc > 1 ? qMax(1, atoi(argv[1])) : 30;

    // The sandbox in this process, on a thread of its own (as `repdesk --demo` hosts it), so only
    // repdesk and its children are measured.
    repdesk::SandboxOptions options;
    options.apiKey = QStringLiteral("soak");
    options.conversations = 2000;
    options.seed = 11;
    options.autosendDelayMs = 2000;
    options.latencyMs = 150;
    options.failRate = 0.05;
    options.rateLimitEvery = 20;
    options.malformedRate = 0.02;
    options.dropMidBodyRate = 0.02;
    options.dropAfterRate = 0.01;
    options.outageEveryMs = 5 * 60000;
    options.outageMs = 10000;
    options.liveActivityMs = 20000;
    repdesk::SandboxHost sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_soak: %d min against repdesk-sandbox: latency %d ms, 5xx %.0f%%, 429 every %d, malformed %.0f%%, "
                "cut mid-body %.0f%%, processed then dropped %.0f%%, gone %d s every %d min, new message every %d s\n",
                minutes, options.latencyMs, options.failRate * 100, options.rateLimitEvery, options.malformedRate * 100,
                options.dropMidBodyRate * 100, options.dropAfterRate * 100, options.outageMs / 1000,
                options.outageEveryMs / 60000, options.liveActivityMs / 1000);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HYPERREP_API_KEY"), QStringLiteral("soak"));
    env.insert(QStringLiteral("REPDESK_BENCH_OPEN"), QStringLiteral("1"));
    BenchApp a(env);
    a.start(QStringLiteral(REPDESK_EXE), {QStringLiteral("--server"), sandbox.url().toString()});
    if (a.waitFor({"list-painted"}, 120000).isEmpty()) {
        std::fprintf(stderr, "the list never painted\n");
        return 1;
    }
    XKeyboard keys;
    if (!keys.find(a.pid())) {
        std::fprintf(stderr, "no repdesk window on the display\n");
        return 1;
    }

    QList<Sample> samples, beforeSwitches;
    Sample counts;
    QList<QByteArray> organizations; // ids in the order first seen: A, B
    QElapsedTimer clock;
    clock.start();
    const auto take = [&](int number) {
        // The heap figures first, then /proc: with BENCH_TRIM the PSS read is the one after the
        // trim, so the allocator's free pages it handed back are not counted.
        a.send(qEnvironmentVariableIsSet("BENCH_TRIM") ? "trim" : "memory");
        const QByteArray heap = a.waitFor({"memory"}, 10000);
        Sample s = sample(a.pid());
        s.minute = number;
        s.at = clock.elapsed() / 60000.0;
        s.heapInUse = field(heap, "in-use-kb");
        s.heapFree = field(heap, "free-kb");
        s.heapMapped = field(heap, "mapped-kb");
        s.heapMappedBlocks = int(field(heap, "mapped-blocks"));
        s.rows = int(field(heap, "rows"));
        s.webViews = int(field(heap, "web-views"));
        s.widgets = int(field(heap, "widgets"));
        s.objects = int(field(heap, "objects"));
        s.pixmapCacheMb = int(field(heap, "pixmap-cache-mb"));
        const QByteArray org = text(heap, "org");
        if (!org.isEmpty() && !organizations.contains(org))
            organizations << org;
        s.org = organizations.contains(org) ? char('A' + organizations.indexOf(org)) : '?';
        s.opens = counts.opens; s.failedOpens = counts.failedOpens; s.pages = counts.pages;
        s.replies = counts.replies; s.sends = counts.sends; s.switches = counts.switches;
        s.dialogs = counts.dialogs;
        a.stderrTail(); // read, so the pipe never fills
        return s;
    };
    auto sampleDue = [&] {
        if (clock.elapsed() < qint64(samples.size()) * 60000)
            return;
        samples << take(int(samples.size()));
        print(samples.last(), false);
    };
    sampleDue();

    // A dialog left up would block every key that follows (and did: a 45-minute run stopped
    // switching at minute 27 behind one), so each round begins by answering any, as a person would.
    const auto answerDialogs = [&] {
        for (const QString &title : keys.answerDialogs(a.pid(), QStringLiteral("Return"))) {
            ++counts.dialogs;
            std::printf("  answered \"%s\" (Return) after %lld s\n", qPrintable(title), clock.elapsed() / 1000);
        }
    };
    int row = 0;
    int round = 0;
    int pastEnd = 0;
    // The run ends at the break below (before a switch, in the organization it started in); the
    // time check here is only a backstop: ending at whatever round passed the time would end runs
    // of different lengths with different organizations open.
    while (clock.elapsed() < qint64(minutes + 10) * 60000 && a.running()) {
        ++round;
        answerDialogs();
        keys.key(QStringLiteral("ctrl+1"));
        idle(500);
        // Threads, one after another, a reader's pause between them.
        for (int i = 0; i < 6; ++i, ++row) {
            a.send("open " + QByteArray::number(row));
            const QByteArray line = a.waitFor({"thread-painted", "no-row"}, 20000);
            if (line.startsWith("no-row")) {
                // Past the loaded rows: page on (End loads the next page); twice in a row, the
                // organization has no more, so start over at the top.
                if (pastEnd++ > 0) {
                    row = -1;
                    pastEnd = 0;
                    continue;
                }
                keys.key(QStringLiteral("End"));
                ++counts.pages;
                idle(3000);
                --row;
                continue;
            }
            pastEnd = 0;
            if (line.isEmpty())
                ++counts.failedOpens;
            else
                ++counts.opens;
            idle(1200);
            sampleDue();
        }
        // Paging: End in the list. The list shows every cached row at once and asks the server for
        // the page after the last one it holds when the view reaches its end (fetchMore), so End
        // pages it the way a reader scrolling down does (and opens the last row); Home goes back
        // up. The opens above go on by row number.
        a.send("focus-list");
        if (!a.waitFor({"list-focused"}, 5000).isEmpty()) {
            keys.key(QStringLiteral("End"));
            ++counts.pages;
            idle(3000);
            keys.key(QStringLiteral("Home"));
            idle(800);
        }
        // A reply: r, some text, saved; every third round sent (Ctrl+Enter, the undo bar runs out).
        a.send("reply");
        if (!a.waitFor({"editor-ready"}, 20000).isEmpty()) {
            keys.type(QStringLiteral(" soak reply %1, written while the server misbehaves.").arg(round));
            keys.key(round % 3 == 0 ? QStringLiteral("ctrl+Return") : QStringLiteral("ctrl+s"));
            ++counts.replies;
            if (round % 3 == 0)
                ++counts.sends;
            idle(1500);
        }
        answerDialogs();
        // Every workspace once, as a manager glancing through them.
        for (int w = 2; w <= 6; ++w) {
            keys.key(QStringLiteral("ctrl+%1").arg(w));
            idle(1500);
            sampleDue();
        }
        keys.key(QStringLiteral("ctrl+1"));
        idle(800);
        // Every other round the other organization (the switcher's next entry, then back). The row
        // goes on where it was, so opens reach past the first page and End pages the list.
        if (round % 2 == 0) {
            beforeSwitches << take(counts.switches + 1);
            print(beforeSwitches.last(), true);
            // Time is up: end here, at the cycle's sampling point and in the organization the run
            // started in (with BENCH_KILL, two runs of different lengths then end at the same point
            // of the cycle with the same organization open, to compare what is alive).
            if (clock.elapsed() >= qint64(minutes) * 60000 && counts.switches % 2 == 0)
                break;
            keys.key(round % 4 == 2 ? QStringLiteral("ctrl+shift+o Down Return") : QStringLiteral("ctrl+shift+o Up Return"));
            ++counts.switches;
            pastEnd = 0;
            idle(4000);
        }
        sampleDue();
    }
    const bool survived = a.running();
    if (!survived)
        std::printf("repdesk is no longer running: %s after %lld s\n", qPrintable(a.exitInfo()), clock.elapsed() / 1000);

    if (samples.size() >= 3) {
        const Sample &first = samples.first(), &last = samples.last();
        const Sample &half = samples.at(samples.size() / 2);
        const double span = qMax(1, last.minute - half.minute);
        const auto mbAt = [&](qint64 Sample::*kb) {
            return QStringLiteral("%1 / %2 / %3")
                .arg((samples.at(1).*kb) / 1024.0, 0, 'f', 1)
                .arg((half.*kb) / 1024.0, 0, 'f', 1)
                .arg((last.*kb) / 1024.0, 0, 'f', 1);
        };
        const auto per10 = [&](qint64 Sample::*kb) { return ((last.*kb) - (half.*kb)) / 1024.0 / span * 10; };
        std::printf("\nbench_soak summary (%d samples), MB at minute 1 / %d / %d: PSS repdesk %s, all processes %s; "
                    "RSS repdesk %s, all processes %s\n",
                    int(samples.size()), half.minute, last.minute, qPrintable(mbAt(&Sample::appPss)),
                    qPrintable(mbAt(&Sample::treePss)), qPrintable(mbAt(&Sample::appRss)),
                    qPrintable(mbAt(&Sample::treeRss)));
        std::printf("  growth over the second half, per 10 min: PSS repdesk %+.1f MB, all %+.1f MB (RSS %+.1f, %+.1f); "
                    "fds repdesk %d -> %d -> %d, all %d -> %d -> %d; threads opened %d\n",
                    per10(&Sample::appPss), per10(&Sample::treePss), per10(&Sample::appRss), per10(&Sample::treeRss),
                    first.appFds, half.appFds, last.appFds, first.treeFds, half.treeFds, last.treeFds, last.opens);
        steadyState(beforeSwitches, "the level: samples taken before each switch (one point of the cycle)");
        steadyState(samples, "samples taken every minute (at whatever point of the cycle)");
    }
    return survived && !samples.isEmpty() ? 0 : 1;
}
