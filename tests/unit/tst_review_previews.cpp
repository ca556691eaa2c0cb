// ReviewPreviews' walk over a thread's message pages, against the scripted fake provider: a
// server that hands back an earlier cursor ends the walk with what it has (PageWalk's guard)
// instead of asking for ever, and stop() leaves no walk behind.

#include "FakeInboxProvider.h"
#include "PageWalk.h"
#include "ReviewPreviews.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace repdesk;
using repdesk::test::FakeInboxProvider;

namespace {

QJsonObject message(const QString &id)
{
    return {{QStringLiteral("message_id"), id},
            {QStringLiteral("conversation_id"), QStringLiteral("c1")},
            {QStringLiteral("modality"), QStringLiteral("email")},
            {QStringLiteral("message_direction"), QStringLiteral("received")},
            {QStringLiteral("content"), QStringLiteral("text")},
            {QStringLiteral("sent_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
}

QStringList cursorsAsked(const FakeInboxProvider &provider)
{
    QStringList out;
    for (const QString &call : provider.calls()) {
        if (call.startsWith(QLatin1String("listMessages ")))
            out << call.section(QLatin1Char(' '), 3);
    }
    return out;
}

} // namespace

class TestReviewPreviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryPage()
    {
        FakeInboxProvider provider;
        provider.script(QStringLiteral("listMessages"), FakeInboxProvider::page({message(QStringLiteral("m1"))}, QStringLiteral("p2")));
        provider.script(QStringLiteral("listMessages"), FakeInboxProvider::page({message(QStringLiteral("m2"))}, QStringLiteral("p3")));
        provider.script(QStringLiteral("listMessages"), FakeInboxProvider::page({message(QStringLiteral("m3"))}));
        ReviewPreviews previews;
        previews.setSource(&provider, nullptr, QStringLiteral("org"), nullptr);
        QSignalSpy fetched(&previews, &ReviewPreviews::threadFetched);
        previews.prefetch(QStringLiteral("c1"));
        QTRY_COMPARE(fetched.count(), 1);
        QCOMPARE(cursorsAsked(provider), (QStringList{QString(), QStringLiteral("p2"), QStringLiteral("p3")}));
        QVERIFY(previews.isFresh(QStringLiteral("c1")));
        QTRY_COMPARE(previews.findChildren<PageWalk *>().size(), 0);
    }

    void aCursorCycleEndsTheWalk()
    {
        // A, B, A, B, ...: each answer names a cursor other than the one asked, so only the
        // cursors seen before can tell that the walk goes round.
        FakeInboxProvider provider;
        for (int i = 0; i < 20; ++i)
            provider.script(QStringLiteral("listMessages"),
                            FakeInboxProvider::page({message(QStringLiteral("m%1").arg(i))},
                                                    i % 2 == 0 ? QStringLiteral("A") : QStringLiteral("B")));
        ReviewPreviews previews;
        previews.setSource(&provider, nullptr, QStringLiteral("org"), nullptr);
        QSignalSpy fetched(&previews, &ReviewPreviews::threadFetched);
        previews.prefetch(QStringLiteral("c1"));
        QTRY_COMPARE(fetched.count(), 1);
        QTest::qWait(100); // no further page is asked after the end
        QCOMPARE(cursorsAsked(provider), (QStringList{QString(), QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(previews.isFresh(QStringLiteral("c1")));
        QTRY_COMPARE(previews.findChildren<PageWalk *>().size(), 0);
    }

    void stopLeavesNoWalk()
    {
        FakeInboxProvider provider;
        provider.script(QStringLiteral("listMessages"), FakeInboxProvider::page({message(QStringLiteral("m1"))}, QStringLiteral("p2")));
        FakeInboxProvider::Answer slow = FakeInboxProvider::page({message(QStringLiteral("m2"))});
        slow.delayMs = 400;
        provider.script(QStringLiteral("listMessages"), slow);
        ReviewPreviews previews;
        previews.setSource(&provider, nullptr, QStringLiteral("org"), nullptr);
        QSignalSpy fetched(&previews, &ReviewPreviews::threadFetched);
        previews.prefetch(QStringLiteral("c1"));
        QTRY_COMPARE(provider.callCount(QStringLiteral("listMessages")), 2); // the second page in flight
        QCOMPARE(previews.findChildren<PageWalk *>().size(), 1);
        previews.stop();
        QTRY_COMPARE(previews.findChildren<PageWalk *>().size(), 0);
        QTest::qWait(600);
        QCOMPARE(fetched.count(), 0);
        QVERIFY(!previews.isFresh(QStringLiteral("c1")));
    }
};

QTEST_GUILESS_MAIN(TestReviewPreviews)
#include "tst_review_previews.moc"
