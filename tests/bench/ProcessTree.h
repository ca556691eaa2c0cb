#pragma once

// A process and everything it started (QtWebEngineProcess zygotes and renderers), read from
// /proc, and what each of them costs. The benchmarks count memory as PSS summed over that tree:
// RSS counts a shared library once per process that maps it, so it overstates a tree of
// processes that share Chromium's pages, and PSS shares each page out among them.
// Header-only: benchmarks link no test-support library. Linux only, like the benchmarks.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace repdesk::bench {

class ProcessTree
{
public:
    // A snapshot of `root` and all its descendants, `root` first, parents before children.
    explicit ProcessTree(qint64 root)
    {
        QHash<qint64, QList<qint64>> children;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1)
                children[fields.at(1).toLongLong()] << pid;
        }
        QList<qint64> todo{root};
        while (!todo.isEmpty()) {
            const qint64 pid = todo.takeFirst();
            m_pids << pid;
            todo << children.value(pid);
        }
    }

    const QList<qint64> &pids() const & { return m_pids; }
    // On a temporary (`for (pid : ProcessTree(root).pids())`), a copy: the tree ends before the loop.
    QList<qint64> pids() && { return std::move(m_pids); }

    // kB of PSS (or, with `unique`, USS: private pages only) summed over the tree.
    qint64 pssKb(bool unique = false) const
    {
        qint64 total = 0;
        for (qint64 pid : m_pids)
            total += ProcessTree::pssKbOf(pid, unique);
        return total;
    }
    qint64 rssKb() const
    {
        qint64 total = 0;
        for (qint64 pid : m_pids)
            total += ProcessTree::rssKbOf(pid);
        return total;
    }
    int fdCount() const
    {
        int total = 0;
        for (qint64 pid : m_pids)
            total += ProcessTree::fdCountOf(pid);
        return total;
    }

    // Every "Name: N kB" line of /proc/<pid>/smaps_rollup (Pss, Pss_Anon, Pss_File, ...).
    static QHash<QByteArray, qint64> rollupOf(qint64 pid)
    {
        QHash<QByteArray, qint64> kb;
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            return kb;
        for (const QByteArray &l : rollup.readAll().split('\n')) {
            const int colon = l.indexOf(':');
            if (colon > 0)
                kb[l.left(colon)] = l.mid(colon + 1).trimmed().split(' ').first().toLongLong();
        }
        return kb;
    }
    // kB of one process: PSS, or with `unique` its private pages only (USS), which other
    // processes mapping the same libraries (another WebEngine app running meanwhile) do not change.
    static qint64 pssKbOf(qint64 pid, bool unique = false)
    {
        const QHash<QByteArray, qint64> kb = rollupOf(pid);
        return unique ? kb.value("Private_Clean") + kb.value("Private_Dirty") : kb.value("Pss");
    }
    static qint64 rssKbOf(qint64 pid) { return statusField(pid, "VmRSS:"); }
    static int threadCountOf(qint64 pid) { return int(statusField(pid, "Threads:")); }
    // A number from /proc/<pid>/status (its first word after the name), 0 when absent.
    static qint64 statusField(qint64 pid, const QByteArray &name)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &l : status.readAll().split('\n'))
            if (l.startsWith(name))
                return l.mid(name.size()).trimmed().split(' ').first().toLongLong();
        return 0;
    }
    static int fdCountOf(qint64 pid)
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                       .size());
    }

private:
    QList<qint64> m_pids;
};

} // namespace repdesk::bench
