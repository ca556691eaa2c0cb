#pragma once

#include <QObject>
#include <QTimer>

namespace repdesk {

// Hands freed heap memory back to the system once a minute, and reads glibc's
// figures of the heap (in use, freed and kept) for diagnostics and the soak.
//
// Opening threads, switching organizations and decoding pages free many blocks
// among long-lived ones; glibc gives back only the free space at the top of its
// heap, so pages freed in the middle stay resident. In the 30-minute soak
// (tests/bench/bench_soak) 8-25 MB of repdesk's heap was such freed-and-kept
// memory at any minute. malloc_trim(0) returns every free page of every arena;
// it takes a few milliseconds on a heap of this size, so it runs on a timer
// rather than after each free. It does nothing for memory still in use. A no-op
// where the C library is not glibc.
class HeapTrimmer : public QObject
{
    Q_OBJECT
public:
    explicit HeapTrimmer(QObject *parent = nullptr, int intervalMs = 60000);

    // Returns free pages now; true when the C library released any.
    static bool trim();

    struct Figures
    {
        qint64 inUseBytes = -1; // allocated and not freed (-1: unknown here)
        qint64 keptFreeBytes = -1; // freed, still held by the allocator
        // Of inUseBytes, the large blocks glibc maps on their own (above its mmap threshold,
        // 128 KiB at first, raised up to 32 MiB as such blocks are freed), and their count:
        // a step in the heap in use made of a few such blocks is a handful of big buffers,
        // one made of small blocks a structure that grew.
        qint64 mappedBytes = -1;
        int mappedBlocks = -1;
    };
    static Figures figures();

signals:
    // After each timed trim (released: the C library gave pages back).
    void trimmed(bool released);

private:
    QTimer m_timer;
};

} // namespace repdesk
