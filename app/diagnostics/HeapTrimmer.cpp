#include "HeapTrimmer.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace repdesk {

HeapTrimmer::HeapTrimmer(QObject *parent, int intervalMs) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit trimmed(trim()); });
    m_timer.start();
}

bool HeapTrimmer::trim()
{
#ifdef __GLIBC__
    return malloc_trim(0) != 0;
#else
    return false;
#endif
}

HeapTrimmer::Figures HeapTrimmer::figures()
{
    Figures f;
#ifdef __GLIBC__
    const struct mallinfo2 m = mallinfo2();
    f.inUseBytes = qint64(m.uordblks + m.hblkhd);
    f.keptFreeBytes = qint64(m.fordblks);
    f.mappedBytes = qint64(m.hblkhd);
    f.mappedBlocks = int(m.hblks);
#endif
    return f;
}

} // namespace repdesk
