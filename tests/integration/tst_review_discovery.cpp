// ReviewDiscovery against repdesk-sandbox: the queue holds exactly the pending
// drafts the sandbox lists among the conversations active in the window (queued
// ones as Sending), asked one request per conversation with at most 4 in
// flight, newest activity first; a second discovery with no activity change
// asks nothing and paints from the cache; a changed conversation is the only
// one asked again; offline, one failure stops the round.
#include "CallQueue.h"
#include "tst_review_support.h"

#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

class TestReviewDiscovery : public QObject
{
    Q_OBJECT
    ReviewFixture f;
    std::unique_ptr<Cache> cache;
    QDateTime since;
    QList<Conversation> recent;       // in the window, per the sandbox
    QSet<QString> expectedPending;    // saved for review
    QSet<QString> expectedScheduled;  // queued for sending
    QString scheduledConversation;

    struct Queue
    {
        ReviewQueueModel model;
        ReviewDiscovery discovery;
    };

    std::unique_ptr<Queue> queue()
    {
        auto q = std::make_unique<Queue>();
        q->discovery.setSource(f.account->provider(), cache.get(), nullptr, f.org, &q->model);
        return q;
    }

    static bool finish(ReviewDiscovery &d)
    {
        QSignalSpy finished(&d, &ReviewDiscovery::finished);
        d.discover();
        return !finished.isEmpty() || finished.wait(20000);
    }

    // The sandbox's truth for the window, as the API lists it.
    void readExpected()
    {
        expectedPending.clear();
        expectedScheduled.clear();
        recent = f.activeSince(since);
        for (const Conversation &c : std::as_const(recent))
            if (const auto d = f.pendingDraft(c.conversationId))
                (d->isScheduled() ? expectedScheduled : expectedPending).insert(c.conversationId);
    }

    QSet<QString> rows(const ReviewQueueModel &m, ReviewItem::State state) const
    {
        QSet<QString> out;
        for (int i = 0; i < m.rowCount(); ++i)
            if (m.index(i).data(ReviewQueueModel::StateRole).value<ReviewItem::State>() == state)
                out.insert(m.item(i)->conversationId);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 120;
        o.autosendDelayMs = 600000; // a queued draft stays queued for the whole test
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_review_discovery")));
        cache = std::make_unique<Cache>(f.dir.path(), QStringLiteral("acct"));
        QVERIFY(cache->openOrganization(f.org));
        // What InboxSync would have written: every conversation.
        const QList<Conversation> all = f.allConversations();
        QVERIFY(all.size() >= 100);
        cache->upsertConversations(all);
        since = QDateTime::currentDateTimeUtc().addDays(-SettingsKeys::defaultReviewWindowDays);

        // Proposals on a few recent conversations without one, and one queued for sending.
        QList<Conversation> inWindow = f.activeSince(since);
        QVERIFY2(inWindow.size() >= 6, qPrintable(QString::number(inWindow.size())));
        int proposed = 0;
        for (const Conversation &c : std::as_const(inWindow)) {
            if (f.pendingDraft(c.conversationId))
                continue;
            if (scheduledConversation.isEmpty()) {
                scheduledConversation = c.conversationId;
                QVERIFY(f.sendElsewhere(c.conversationId, QStringLiteral("<p>Queued elsewhere.</p>")));
            } else if (proposed < 3) {
                QVERIFY(f.propose(c.conversationId, QStringLiteral("<p>Proposal %1</p>").arg(proposed++)));
            }
        }
        QCOMPARE(proposed, 3);
        readExpected();
        QVERIFY(expectedScheduled.contains(scheduledConversation));
        QVERIFY(expectedPending.size() >= 3);
        // The window matters: some conversations are older than it.
        QVERIFY(recent.size() < all.size());
    }

    void firstDiscoveryListsEachRecentConversationOnce()
    {
        f.server->clearRequestLog();
        auto q = queue();
        QSignalSpy counts(&q->model, &ReviewQueueModel::pendingCountChanged);
        QVERIFY(finish(q->discovery));
        QVERIFY(!q->discovery.lastError().isError());

        QCOMPARE(rows(q->model, ReviewItem::State::Pending), expectedPending);
        QCOMPARE(rows(q->model, ReviewItem::State::Sending), expectedScheduled);
        QCOMPARE(q->model.rowCount(), int(expectedPending.size() + expectedScheduled.size()));
        QCOMPARE(q->model.pendingCount(), int(expectedPending.size()));
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().first().toInt(), int(expectedPending.size()));
        const int row = q->model.rowOf(scheduledConversation);
        QCOMPARE(q->model.index(row).data(ReviewQueueModel::StateTextRole).toString(), QStringLiteral("Queued for sending"));

        // One listing per conversation of the window, none outside it, each asking for one draft.
        const QHash<QString, int> listings = f.draftListings();
        QCOMPARE(int(listings.size()), int(recent.size()));
        for (const Conversation &c : std::as_const(recent))
            QCOMPARE(listings.value(c.conversationId), 1);
        for (const auto &r : f.server->requestLog())
            if (r.path.endsWith(QLatin1String("/response-drafts")))
                QCOMPARE(QUrlQuery(r.query).queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
        QCOMPARE(int(q->discovery.queue()->startedCount()), int(recent.size()));
        QVERIFY(q->discovery.queue()->maxObservedInFlight() <= ReviewDiscovery::kMaxInFlight);
        QCOMPARE(q->discovery.queue()->maxObservedInFlight(), ReviewDiscovery::kMaxInFlight);

        // Newest activity first.
        for (int i = 1; i < q->model.rowCount(); ++i)
            QVERIFY(q->model.item(i - 1)->lastActivityAt >= q->model.item(i)->lastActivityAt);
        // Named from the draft's recipient or the directory, never an id.
        for (int i = 0; i < q->model.rowCount(); ++i) {
            const QString name = q->model.index(i).data(ReviewQueueModel::ContactNameRole).toString();
            QVERIFY(!name.isEmpty());
            QVERIFY(name != q->model.item(i)->contactId);
        }
    }

    void secondDiscoveryWithNoActivityChangeAsksNothing()
    {
        f.server->clearRequestLog();
        auto q = queue();
        q->discovery.loadFromCache();
        // Painted from the cache before any request.
        QCOMPARE(q->model.rowCount(), int(expectedPending.size() + expectedScheduled.size()));
        QCOMPARE(q->model.pendingCount(), int(expectedPending.size()));
        QVERIFY(finish(q->discovery));
        QCOMPARE(f.requestCount(), 0);
        QCOMPARE(int(q->discovery.queue()->startedCount()), 0);
        QCOMPARE(rows(q->model, ReviewItem::State::Pending), expectedPending);
    }

    void changedActivityRechecksOnlyThatConversation()
    {
        // A conversation of the window with no draft gets a message and a proposal.
        QString target;
        for (const Conversation &c : std::as_const(recent))
            if (!expectedPending.contains(c.conversationId) && !expectedScheduled.contains(c.conversationId))
                target = c.conversationId;
        QVERIFY(!target.isEmpty());
        f.server->simulateInboundMessage(target);
        QVERIFY(f.propose(target, QStringLiteral("<p>A new proposal after the new message.</p>")));
        // What the next incremental sync would write.
        auto fresh = run(f.client()->getConversation(f.org, target));
        QVERIFY(fresh.ok);
        cache->upsertConversations({*fresh.value});

        f.server->clearRequestLog();
        auto q = queue();
        QVERIFY(finish(q->discovery));
        QCOMPARE(f.draftListings(), (QHash<QString, int>{{target, 1}}));
        QVERIFY(q->model.find(target));
        QCOMPARE(q->model.find(target)->draft.bodyHtml, QStringLiteral("<p>A new proposal after the new message.</p>"));
        QCOMPARE(q->model.pendingCount(), int(expectedPending.size()) + 1);
        QCOMPARE(q->model.rowOf(target), 0); // the newest activity of all
    }

    void offlineOneFailureStopsTheRound()
    {
        // A fresh cache: every conversation must be asked, and the server drops every connection.
        Cache empty(f.dir.path(), QStringLiteral("offline"));
        QVERIFY(empty.openOrganization(f.org));
        empty.upsertConversations(recent);
        ReviewQueueModel model;
        ReviewDiscovery discovery;
        discovery.setSource(f.account->provider(), &empty, nullptr, f.org, &model);
        f.server->injectFaults(1000, 0);
        f.server->clearRequestLog();
        QSignalSpy finished(&discovery, &ReviewDiscovery::finished);
        discovery.discover();
        QVERIFY(finished.wait(20000));
        f.server->injectFaults(0, 500);
        QCOMPARE(finished.last().first().value<ApiError>().kind(), ApiError::Kind::Network);
        // At most the requests in flight when the first failed, and their retries: not the whole window.
        QVERIFY2(discovery.queue()->startedCount() <= quint64(ReviewDiscovery::kMaxInFlight),
                 qPrintable(QString::number(discovery.queue()->startedCount())));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(empty.reviewChecks().isEmpty()); // nothing recorded as checked

        // Back online: the next round asks everything.
        QVERIFY(finish(discovery));
        QVERIFY(!discovery.lastError().isError());
        QCOMPARE(model.pendingCount(), int(expectedPending.size()) + 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewDiscovery)
#include "tst_review_discovery.moc"
