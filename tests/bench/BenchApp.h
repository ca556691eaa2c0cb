#pragma once

// One running repdesk, spoken to line by line over its stdin and stdout through the benchmark
// hook (ui/inbox/BenchOpenDriver, on when REPDESK_BENCH_OPEN is set): commands go in, answers
// ("list-painted", "thread-painted", "memory", ...) come out. bench_first_open and bench_soak
// share it. BENCH_WRAP ("heaptrack -o /tmp/rd", "gdb -batch -ex run -ex bt --args") runs repdesk
// under another program; BENCH_VERBOSE=1 passes its stderr through.
// Header-only, as ProcessTree: benchmarks link no test-support library.
#include "ProcessTree.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <csignal>

namespace repdesk::bench {

class BenchApp
{
public:
    explicit BenchApp(const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~BenchApp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            // BENCH_KILL=1: end repdesk with SIGKILL, so a wrapper such as heaptrack records what was
            // still allocated at that moment (a clean quit frees what repdesk owns before it exits).
            // Only under a wrapper: without one there is nothing to record, and a quit is cleaner.
            const bool killWrapped = qEnvironmentVariableIsSet("BENCH_KILL") && pid() != m_process.processId();
            if (killWrapped)
                ::kill(pid_t(pid()), SIGKILL);
            else
                send("quit");
            // The wrapper may still be writing its record: heaptrack takes tens of seconds.
            if (!m_process.waitForFinished(killWrapped ? 180000 : 5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    BenchApp(const BenchApp &) = delete;
    BenchApp &operator=(const BenchApp &) = delete;

    void start(const QString &exe, const QStringList &args)
    {
        m_clock.start();
        QStringList wrap = QString::fromLocal8Bit(qgetenv("BENCH_WRAP")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (wrap.isEmpty())
            m_process.start(exe, args);
        else
            m_process.start(wrap.takeFirst(), wrap + QStringList{exe} + args);
    }
    qint64 sinceStart() const { return m_clock.elapsed(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString exitInfo() const
    {
        return QStringLiteral("%1 %2").arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed, signal")
                                                                                          : QStringLiteral("exited, code"))
            .arg(m_process.exitCode());
    }
    // repdesk's own pid: under BENCH_WRAP, the wrapper's descendant of that name, found by one
    // walk of /proc and kept (a soak sample asks more than once).
    qint64 pid() const
    {
        const qint64 started = m_process.processId();
        if (qEnvironmentVariableIsEmpty("BENCH_WRAP"))
            return started;
        if (m_wrapped.first == started && m_wrapped.second > 0)
            return m_wrapped.second;
        for (qint64 pid : ProcessTree(started).pids()) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "repdesk") {
                m_wrapped = {started, pid};
                return pid;
            }
        }
        return started; // not started yet under the wrapper: ask again later
    }
    void send(const QByteArray &command)
    {
        m_process.write(command + '\n');
        m_process.waitForBytesWritten(1000);
    }
    // The next line starting with one of `prefixes` (others are skipped), or empty after `timeoutMs`.
    QByteArray waitFor(const QList<QByteArray> &prefixes, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                for (const QByteArray &prefix : prefixes)
                    if (line.startsWith(prefix))
                        return line;
            }
            const int left = timeoutMs - int(t.elapsed());
            if (left <= 0 || !m_process.waitForReadyRead(left)) {
                if (m_process.canReadLine())
                    continue;
                return {};
            }
        }
    }
    // What repdesk wrote to stderr since the last call (its last 2,000 bytes), for a timeout's report;
    // reading it also keeps the pipe from filling over a long run.
    QByteArray stderrTail() { return m_process.readAllStandardError().right(2000); }

private:
    QProcess m_process;
    QElapsedTimer m_clock;
    mutable QPair<qint64, qint64> m_wrapped{0, 0}; // (wrapper's pid, repdesk's pid under it)
};

} // namespace repdesk::bench
