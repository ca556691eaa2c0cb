// ThreadFold: which messages a thread shows first, for the inbox and the review queue.
#include "../unit/tst_thread_support.h"
#include "ThreadFold.h"

#include <QtTest>

using namespace repdesk;
using namespace repdesk::testsupport;

namespace {
const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Message msg(const char *direction, int minutes)
{
    return threadMessage(QStringLiteral("email"), QLatin1String(direction), QStringLiteral("x"), kStart.addSecs(minutes * 60));
}
} // namespace

class TestThreadFold : public QObject
{
    Q_OBJECT
private slots:
    void lastInboundIsTheNewestReceived()
    {
        QCOMPARE(ThreadFold::lastInbound({}), -1);
        QCOMPARE(ThreadFold::lastInbound({msg("sent", 1), msg("sent", 2)}), -1);
        QCOMPARE(ThreadFold::lastInbound({msg("received", 1), msg("sent", 2), msg("received", 3), msg("sent", 4)}), 2);
        // By time, not by place in the list.
        QCOMPARE(ThreadFold::lastInbound({msg("received", 9), msg("received", 3), msg("sent", 10)}), 0);
        // Equal times: the later in the list.
        QCOMPARE(ThreadFold::lastInbound({msg("received", 5), msg("received", 5)}), 1);
    }

    void reviewShowsFromTheContactsLatest()
    {
        QList<Message> t;
        for (int i = 0; i < 20; ++i)
            t << msg(i % 2 ? "sent" : "received", i);
        QCOMPARE(ThreadFold::firstShown(t, 0), 18);
        t << msg("sent", 30) << msg("sent", 31);
        QCOMPARE(ThreadFold::firstShown(t, 0), 18);
        // Without an inbound message, the last three.
        QList<Message> sentOnly{msg("sent", 1), msg("sent", 2), msg("sent", 3), msg("sent", 4), msg("sent", 5)};
        QCOMPARE(ThreadFold::firstShown(sentOnly, 0), 2);
        QCOMPARE(ThreadFold::firstShown({}, 0), 0);
        QCOMPARE(ThreadFold::firstShown({msg("sent", 1)}, 0), 0);
    }

    void inboxKeepsTheRecentOnesAndNeverFoldsAShortThread()
    {
        const QList<Message> three{msg("received", 1), msg("sent", 2), msg("received", 3)};
        QCOMPARE(ThreadFold::firstShown(three, 10), 0);
        QList<Message> long240 = generatedThread(240).messages;
        // The newest received is at 238: the last ten show (230..239), which include it.
        QCOMPARE(ThreadFold::firstShown(long240, 10), 230);
        // A contact's message further back than the recent ones is still shown in full.
        QList<Message> quiet;
        quiet << msg("received", 0);
        for (int i = 1; i < 40; ++i)
            quiet << msg("sent", i);
        QCOMPARE(ThreadFold::firstShown(quiet, 10), 0);
    }
};

QTEST_APPLESS_MAIN(TestThreadFold)
#include "tst_thread_fold.moc"
