// HeapTrimmer: freed memory in the middle of the heap goes back to the system, which glibc alone
// does not do, and its figures tell memory in use from memory freed and kept.
#include "HeapTrimmer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <vector>

using namespace repdesk;

namespace {
qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class TestHeapTrimmer : public QObject
{
    Q_OBJECT
private slots:
    void freedPagesGoBack()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator replaces glibc's heap: nothing of glibc's to trim");
#endif
#ifndef __GLIBC__
        QSKIP("malloc_trim is glibc's");
#endif
        // 64 MB in 2 KB blocks (below glibc's mmap threshold, so on the heap), touched so they are
        // resident; then everything freed but one block at the top, which pins the heap's end so
        // glibc's own trimming at free() cannot give the space back.
        constexpr int kBlocks = 32 * 1024;
        std::vector<char *> blocks(kBlocks);
        for (char *&b : blocks) {
            b = static_cast<char *>(malloc(2048));
            memset(b, 1, 2048);
        }
        char *pin = static_cast<char *>(malloc(2048));
        memset(pin, 1, 2048);
        const HeapTrimmer::Figures full = HeapTrimmer::figures();
        QVERIFY2(full.inUseBytes >= 64LL * 1024 * 1024, qPrintable(QString::number(full.inUseBytes)));
        for (char *b : blocks)
            free(b);
        const HeapTrimmer::Figures freed = HeapTrimmer::figures();
        QVERIFY(freed.inUseBytes < full.inUseBytes - 60LL * 1024 * 1024);
        QVERIFY(freed.keptFreeBytes >= 60LL * 1024 * 1024); // kept by the allocator
        const qint64 before = rssKb();
        QVERIFY(HeapTrimmer::trim());
        const qint64 after = rssKb();
        QVERIFY2(after < before - 48 * 1024, qPrintable(QStringLiteral("RSS %1 kB -> %2 kB").arg(before).arg(after)));
        free(pin);
    }

    void largeBlocksAreCountedAsMapped()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator replaces glibc's heap");
#endif
#ifndef __GLIBC__
        QSKIP("the figures are glibc's");
#endif
        // 40 MiB is above glibc's mmap threshold even at its highest (32 MiB), so the block is
        // mapped on its own whatever this process freed before: it shows in the mapped figures,
        // as part of the memory in use, and leaves them when freed.
        const HeapTrimmer::Figures before = HeapTrimmer::figures();
        constexpr qint64 kSize = 40LL * 1024 * 1024;
        char *big = static_cast<char *>(malloc(kSize));
        QVERIFY(big);
        memset(big, 1, 4096);
        const HeapTrimmer::Figures with = HeapTrimmer::figures();
        QCOMPARE(with.mappedBlocks, before.mappedBlocks + 1);
        QVERIFY(with.mappedBytes >= before.mappedBytes + kSize);
        QVERIFY(with.inUseBytes >= before.inUseBytes + kSize);
        QVERIFY(with.mappedBytes <= with.inUseBytes);
        free(big);
        const HeapTrimmer::Figures after = HeapTrimmer::figures();
        QCOMPARE(after.mappedBlocks, before.mappedBlocks);
        QCOMPARE(after.mappedBytes, before.mappedBytes);
    }

    void trimsOnItsTimer()
    {
        HeapTrimmer trimmer(nullptr, 50);
        QSignalSpy spy(&trimmer, &HeapTrimmer::trimmed);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heap_trimmer.moc"
