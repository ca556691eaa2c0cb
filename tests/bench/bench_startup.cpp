// Process start to first painted rows from the cache, 10,000 conversations.
// Fills a private cache, then starts the real `repdesk` binary against a dead
// loopback port (so every row on screen came from disk) and times, from
// QProcess::start, until the list reports its first painted rows.
// Run: build/tests/bench/bench_startup [runs]   (offscreen; under xvfb-run with DISPLAY set it uses xcb)
#include "Cache.h"
#include "InstallSecret.h"
#include "StorageIdentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace repdesk;

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    // The same names as the app, so Cache::defaultDirectory() points where repdesk will look.
    QCoreApplication::setOrganizationName(QStringLiteral("Repdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("repdesk"));
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 7;
    const QUrl server(QStringLiteral("http://127.0.0.1:9"));
    const QString org = QStringLiteral("HR_id_bench_org");

    {
        // The folder repdesk will open for this key: the same install secret, server and key.
        const QByteArray secret = InstallSecret::loadOrCreate(InstallSecret::defaultDirectory());
        Cache cache(Cache::defaultDirectory(), StorageIdentity::derive(secret, server, QByteArrayLiteral("bench")));
        Organization o;
        o.organizationId = org;
        o.name = QStringLiteral("Bench Roofing");
        cache.saveOrganizations({o});
        cache.openOrganization(org);
        QList<Conversation> conversations;
        QList<Contact> contacts;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10000; ++i) {
            Conversation c;
            c.conversationId = QStringLiteral("gAAAAABbench%1").arg(i);
            c.contactId = QStringLiteral("contact%1").arg(i % 3000);
            c.folder = i % 5 ? QStringLiteral("inbox") : QStringLiteral("archive");
            c.isRead = i % 3 != 0;
            c.startAt = now.addSecs(-i * 120 - 60);
            c.lastActivityAt = now.addSecs(-i * 60);
            conversations << c;
        }
        for (int i = 0; i < 3000; ++i) {
            Contact c;
            c.contactId = QStringLiteral("contact%1").arg(i);
            c.name = QStringLiteral("Contact Number %1").arg(i);
            c.email = QStringLiteral("contact%1@example.com").arg(i);
            contacts << c;
        }
        cache.upsertConversations(conversations);
        cache.upsertContacts(contacts);
        cache.setLastSync(now);
        if (cache.conversationCount() != 10000) {
            std::fprintf(stderr, "cache fill failed: %d rows\n", cache.conversationCount());
            return 1;
        }
    }

    const QString exe = QStringLiteral(REPDESK_EXE);
    QList<qint64> times;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HYPERREP_API_KEY"), QStringLiteral("bench"));
        env.insert(QStringLiteral("REPDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(exe, {QStringLiteral("--server"), server.toString(), QStringLiteral("--organization"), org});
        QByteArray out;
        while (!out.contains("first-paint") && p.waitForReadyRead(10000))
            out += p.readAllStandardOutput();
        const qint64 ms = t.elapsed();
        if (!out.contains("first-paint rows=")) {
            std::fprintf(stderr, "run %d: no first paint (%s)\n", run, p.readAllStandardError().constData());
            return 1;
        }
        times << ms;
        p.waitForFinished(10000);
        std::printf("run %d: %lld ms (%s)\n", run, ms, out.trimmed().constData());
    }
    std::sort(times.begin(), times.end());
    std::printf("process start to first painted rows (10,000 cached conversations): median %lld ms, min %lld, max %lld\n",
                times[times.size() / 2], times.first(), times.last());
    return 0;
}
