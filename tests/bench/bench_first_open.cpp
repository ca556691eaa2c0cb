// The first conversation opened in the real app, and memory across opens.
// Starts repdesk-sandbox with 10,000 conversations, warms a private cache with
// one run of the real `repdesk` (the full sync, then the first 110 threads
// opened once), then, per measured run, starts `repdesk` again and drives it
// through its REPDESK_BENCH_OPEN hook (ui/inbox/BenchOpenDriver: commands on
// stdin, answers on stdout) as a user would: a click on the first row once the
// list has painted, `r`, then 99 more rows one after another. Reports:
//   start -> list painted (from QProcess::start to the first paint with rows),
//   open -> the thread's first screen painted (first open, and every later one),
//   `r` -> reply editor ready (the page up and the keyboard in it), and `r` -> two
//   characters typed then are in the editor's text (retyped every 50 ms if lost),
//   PSS summed over repdesk and all its descendants (QtWebEngineProcess zygotes
//   and renderers, from /proc/<pid>/smaps_rollup) 5 s after the list painted,
//   5 s after the first open, and 2 s after the 10th and the 100th open (also USS,
//   private pages only, which other WebEngine processes on the machine do not change).
// Run under X: xvfb-run -a -s "-screen 0 1280x800x24" build/tests/bench/bench_first_open [runs [dir]]
// As root, Chromium needs QTWEBENGINE_DISABLE_SANDBOX=1 in the environment. With `dir`, the
// sandbox data and the warm cache are kept there and reused by the next run (no warm-up then).
// BENCH_VERBOSE=1 passes repdesk's stderr through.
#include "BenchApp.h"
#include "ProcessTree.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

using repdesk::bench::BenchApp;
using repdesk::bench::ProcessTree;
using repdesk::bench::SandboxProcess;

// With BENCH_BREAKDOWN set: one line per process below `root` (its Chromium --type and
// its PSS split into anonymous, file-backed and shared memory), to see where memory goes.
void printBreakdown(qint64 root, const char *when)
{
    const ProcessTree tree(root);
    for (qint64 pid : tree.pids()) {
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QByteArray type = "app";
        if (cmd.open(QIODevice::ReadOnly)) {
            for (const QByteArray &arg : cmd.readAll().split('\0')) {
                if (arg.startsWith("--type="))
                    type = arg.mid(7);
                if (arg.startsWith("--utility-sub-type="))
                    type += '/' + arg.mid(19);
            }
        }
        const QHash<QByteArray, qint64> kb = ProcessTree::rollupOf(pid);
        std::printf("  %s pid %lld %-28s PSS %6.1f MB (anon %6.1f, file %6.1f, shmem %5.1f)\n", when, pid,
                    type.constData(), kb.value("Pss") / 1024.0, kb.value("Pss_Anon") / 1024.0,
                    kb.value("Pss_File") / 1024.0, kb.value("Pss_Shmem") / 1024.0);
    }
}

double mb(qint64 kb)
{
    return kb / 1024.0;
}

// The next line from `a` starting with `prefix`, or empty (and repdesk's last stderr) after `timeoutMs`.
QByteArray expect(BenchApp &a, const QByteArray &prefix, int timeoutMs)
{
    const QByteArray line = a.waitFor(QList<QByteArray>{prefix}, timeoutMs);
    if (line.isEmpty())
        std::fprintf(stderr, "timed out waiting for %s; stderr: %s\n", prefix.constData(), a.stderrTail().constData());
    return line;
}

qint64 field(const QByteArray &line, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1=(-?\\d+)").arg(QLatin1String(name)));
    const auto m = re.match(QString::fromLatin1(line));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void idle(int ms)
{
    QThread::msleep(ms);
}

template <typename T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T() : v.at(v.size() / 2);
}

struct RunFigures
{
    qint64 listMs = -1, firstOpenMs = -1, editorMs = -1, typedMs = -1;
    QList<qint64> laterOpens;
    qint64 pssList = 0, pssFirstOpen = 0, pss10 = 0, pss100 = 0;
    qint64 appList = 0, appFirstOpen = 0, app10 = 0, app100 = 0; // repdesk alone
    qint64 uss10 = 0, uss100 = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir temporary;
    const QDir home(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path());
    const bool warmed = argc > 2 && home.exists(QStringLiteral("cache"));
    home.mkpath(QStringLiteral("."));
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 3;
    const int opens = 100;
    // Before the samples after 10 and 100 opens: a reader's pause, in which the thread
    // view collects its garbage (WebThreadDisplay, 1.5 s after the last render).
    const int kPauseMs = 2000;

    const SandboxProcess sandbox(QStringLiteral(REPDESK_SANDBOX_EXE), 10000, 7, home.filePath(QStringLiteral("sandbox")));
    if (sandbox.url().isEmpty())
        return 1;
    const QString server = sandbox.url();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HYPERREP_API_KEY"), SandboxProcess::apiKey());
    env.insert(QStringLiteral("REPDESK_BENCH_OPEN"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString exe = QStringLiteral(REPDESK_EXE);
    const QStringList args{QStringLiteral("--server"), server};

    if (!warmed) {
        // The warm cache: the full sync of 10,000 conversations, then the threads opened once.
        BenchApp warm(env);
        warm.start(exe, args);
        if (expect(warm, "list-painted", 60000).isEmpty())
            return 1;
        idle(20000);
        for (int row = 0; row < opens + 10; ++row) {
            warm.send("open " + QByteArray::number(row));
            expect(warm, "thread-painted", 10000);
            idle(150);
        }
        std::printf("cache warmed (%lld ms)\n", warm.sinceStart());
    }

    QList<RunFigures> all;
    for (int run = 0; run < runs; ++run) {
        RunFigures f;
        BenchApp a(env);
        a.start(exe, args);
        const QByteArray list = expect(a, "list-painted", 30000);
        if (list.isEmpty())
            return 1;
        f.listMs = a.sinceStart();
        idle(5000);
        f.pssList = ProcessTree(a.pid()).pssKb();
        if (qEnvironmentVariableIsSet("BENCH_BREAKDOWN"))
            printBreakdown(a.pid(), "list");
        f.appList = ProcessTree::pssKbOf(a.pid());

        a.send("open 0");
        const QByteArray first = expect(a, "thread-painted", 10000);
        f.firstOpenMs = field(first, "ms");
        a.send("reply");
        const QByteArray editor = expect(a, "editor-ready", 10000);
        f.editorMs = field(editor, "ms");
        f.typedMs = field(editor, "typed-ms");
        idle(5000);
        f.pssFirstOpen = ProcessTree(a.pid()).pssKb();
        f.appFirstOpen = ProcessTree::pssKbOf(a.pid());
        if (qEnvironmentVariableIsSet("BENCH_BREAKDOWN"))
            printBreakdown(a.pid(), "first-open");
        if (qEnvironmentVariableIsSet("BENCH_MAPS"))
            std::system(qPrintable(QStringLiteral("python3 %1 %2").arg(qEnvironmentVariable("BENCH_MAPS")).arg(a.pid())));
        std::printf("run %d: list %lld ms; first open %s; r: %s\n", run, f.listMs, first.constData(),
                    editor.constData());

        for (int row = 1; row < opens; ++row) {
            a.send("open " + QByteArray::number(row));
            const QByteArray line = expect(a, "thread-painted", 10000);
            f.laterOpens << field(line, "ms");
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("open %d: %s\n", row, line.constData());
            if (row == 9) {
                idle(kPauseMs);
                const ProcessTree tree(a.pid());
                f.pss10 = tree.pssKb();
                f.app10 = ProcessTree::pssKbOf(a.pid());
                f.uss10 = tree.pssKb(true);
            }
        }
        idle(kPauseMs);
        const ProcessTree tree(a.pid());
        f.pss100 = tree.pssKb();
        f.app100 = ProcessTree::pssKbOf(a.pid());
        f.uss100 = tree.pssKb(true);
        std::sort(f.laterOpens.begin(), f.laterOpens.end());
        std::printf("run %d: later opens median %lld ms, p90 %lld, max %lld; PSS MB: list+5s %.0f, "
                    "first open+5s %.0f, 10 opens %.0f, 100 opens %.0f\n",
                    run, median(f.laterOpens), f.laterOpens.value(f.laterOpens.size() * 9 / 10), f.laterOpens.last(),
                    mb(f.pssList), mb(f.pssFirstOpen), mb(f.pss10), mb(f.pss100));
        std::printf("run %d: of which repdesk itself: %.0f, %.0f, %.0f, %.0f; USS all processes 10 / 100 opens: "
                    "%.0f / %.0f\n", run, mb(f.appList), mb(f.appFirstOpen), mb(f.app10), mb(f.app100), mb(f.uss10),
                    mb(f.uss100));
        std::fflush(stdout);
        all << f;
    }

    auto med = [&](auto get) {
        QList<qint64> v;
        for (const RunFigures &f : all)
            v << get(f);
        return median(v);
    };
    std::printf("\nbench_first_open, 10,000 conversations, median of %d run(s):\n", runs);
    std::printf("  process start -> list painted:            %lld ms\n", med([](const RunFigures &f) { return f.listMs; }));
    std::printf("  first open -> thread first screen painted: %lld ms\n", med([](const RunFigures &f) { return f.firstOpenMs; }));
    std::printf("  later opens -> painted (median of medians): %lld ms\n",
                med([](const RunFigures &f) { return median(f.laterOpens); }));
    std::printf("  later opens, worst of all runs:            %lld ms\n",
                med([](const RunFigures &f) { return f.laterOpens.last(); }));
    std::printf("  r -> reply editor ready (page up, keyboard in it): %lld ms\n",
                med([](const RunFigures &f) { return f.editorMs; }));
    std::printf("  r -> a typed character is in the editor's text:  %lld ms\n",
                med([](const RunFigures &f) { return f.typedMs; }));
    std::printf("  PSS all processes, 5 s after list:         %.0f MB\n", mb(med([](const RunFigures &f) { return f.pssList; })));
    std::printf("  PSS all processes, 5 s after first open:   %.0f MB\n",
                mb(med([](const RunFigures &f) { return f.pssFirstOpen; })));
    std::printf("  PSS after 10 opens / after 100 opens:      %.0f / %.0f MB (difference %.0f MB)\n",
                mb(med([](const RunFigures &f) { return f.pss10; })), mb(med([](const RunFigures &f) { return f.pss100; })),
                mb(med([](const RunFigures &f) { return f.pss100 - f.pss10; })));
    std::printf("  USS after 10 opens / after 100 opens:      %.0f / %.0f MB (difference %.0f MB)\n",
                mb(med([](const RunFigures &f) { return f.uss10; })), mb(med([](const RunFigures &f) { return f.uss100; })),
                mb(med([](const RunFigures &f) { return f.uss100 - f.uss10; })));
    return 0;
}
