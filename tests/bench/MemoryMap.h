#pragma once

// Where a process's PSS lives, by kind of mapping, from /proc/<pid>/smaps: the soak's reading of
// what grows when the total does. smaps_rollup (ProcessTree) gives the total only; a soak that
// rose 5-9 MB per 10 minutes with the heap in use nearly flat needed to know whether the rest was
// the allocator's free pages, another thread's arena, Chromium's shared memory between repdesk
// (the browser side runs in it) and the renderer, or files touched for the first time.
// Header-only, Linux only, like the other benchmark helpers.
#include <QByteArray>
#include <QFile>

namespace repdesk::bench {

struct MemoryMap
{
    // kB of PSS.
    qint64 heap = 0;   // [heap]: the main arena's brk heap
    qint64 anon = 0;     // anonymous mappings: other arenas, thread stacks, V8 and Skia in a renderer
    qint64 chromium = 0; // Chromium's shared memory: its /dev/shm/.org.chromium.* segments
    qint64 shared = 0;   // other shared memory: SysV (Qt's X backing store, MIT-SHM), memfd, /dev/shm
    qint64 files = 0;    // files: libraries, ICU and pak data, fonts
    // Chromium segments of 64 KB or less (a count, not kB): scrollbar bitmaps kept by the browser
    // side grew one per thread opened before the pages styled their scrollbars (README).
    int smallChromiumSegments = 0;

    MemoryMap &operator+=(const MemoryMap &other)
    {
        heap += other.heap;
        anon += other.anon;
        chromium += other.chromium;
        shared += other.shared;
        files += other.files;
        smallChromiumSegments += other.smallChromiumSegments;
        return *this;
    }

    static MemoryMap of(qint64 pid)
    {
        MemoryMap map;
        QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
        if (!smaps.open(QIODevice::ReadOnly))
            return map;
        qint64 *kind = nullptr;
        for (const QByteArray &line : smaps.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            // A mapping's header line starts with its address range ("7f..-7f.. rw-p ..."); its
            // fields ("Pss:       12 kB") start with a capital letter.
            const char first = line.at(0);
            const bool header = (first >= '0' && first <= '9') || (first >= 'a' && first <= 'f');
            if (header) {
                // The path is the sixth column, and may hold spaces ("(deleted)").
                const QList<QByteArray> columns = line.simplified().split(' ');
                const QByteArray path = columns.size() > 5 ? columns.mid(5).join(' ') : QByteArray();
                if (path == "[heap]")
                    kind = &map.heap;
                else if (path.startsWith("/dev/shm/.org.chromium.")) {
                    kind = &map.chromium;
                    const QList<QByteArray> range = columns.first().split('-');
                    if (range.size() == 2
                        && range.at(1).toULongLong(nullptr, 16) - range.at(0).toULongLong(nullptr, 16) <= 64 * 1024)
                        ++map.smallChromiumSegments;
                }
                else if (path.startsWith("/dev/shm/") || path.startsWith("/memfd:") || path.startsWith("/SYSV"))
                    kind = &map.shared;
                else if (path.isEmpty() || path.startsWith('['))
                    kind = &map.anon;
                else
                    kind = &map.files;
            } else if (kind && line.startsWith("Pss:")) {
                *kind += line.mid(4).trimmed().split(' ').first().toLongLong();
            }
        }
        return map;
    }
};

} // namespace repdesk::bench
