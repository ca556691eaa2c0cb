// SalesIndex against repdesk-sandbox over loopback: a walk of several small
// pages finds a sale on the last page, lookups improve page by page, an
// interrupted walk resumes from its saved cursor (and starts over when the
// server refuses that cursor), a restart answers from the cache without the
// network, a complete walk drops sales the server no longer lists, and every
// sale is decoded once per change of the file, however many views ask.
#include "Cache.h"
#include "SalesIndex.h"
#include "SandboxFixture.h"
#include "tst_sandbox_data.h"

#include <QTemporaryDir>
#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

namespace {
constexpr int kSmallPage = 4;

QStringList idsOf(const QList<Sale> &sales)
{
    QStringList ids;
    for (const Sale &s : sales)
        ids << s.saleId;
    return ids;
}

QString queryValue(const SandboxRequestRecord &record, const QString &key)
{
    return QUrlQuery(record.query).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestSalesIndex : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir sandboxDir;
    QTemporaryDir cacheRoot;
    std::unique_ptr<SandboxData> data;
    QList<QList<Sale>> pages; // the server's sales in pages of kSmallPage, as a walk sees them
    QList<Sale> all;

    QString cacheDir(const QString &name) const { return cacheRoot.filePath(name); }
    static bool waitIdle(const SalesIndex &index) { return QTest::qWaitFor([&index] { return !index.isLoading(); }, 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.dataDir = sandboxDir.path();
        QVERIFY(f.start(options));
        data = std::make_unique<SandboxData>(sandboxDir.path());
        QVERIFY(data->isOpen());
        QString cursor;
        do {
            auto page = run(f.client()->listSales(f.org, ListQuery{kSmallPage, cursor, {}, {}}));
            REQUIRE_OK(page);
            pages << page.value->items;
            all += page.value->items;
            cursor = page.value->isLast() ? QString() : page.value->nextCursor;
        } while (!cursor.isEmpty() && pages.size() < 50);
        // Several pages, or the test proves nothing about paging.
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    }

    void walkFindsASaleOnTheLastPage()
    {
        Cache cache(cacheDir(QStringLiteral("full")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        index.setPageSize(kSmallPage);
        QVERIFY(!index.isComplete());
        QVERIFY(!index.isFresh());

        Sale onLastPage;
        for (const Sale &s : pages.last()) {
            if (!s.associatedConversationIds.isEmpty())
                onLastPage = s;
        }
        QVERIFY2(!onLastPage.saleId.isEmpty(), "the last page has a sale linked to a conversation");
        const QString conversation = onLastPage.associatedConversationIds.first();
        QVERIFY(index.salesForConversation(conversation).isEmpty());

        // Lookups improve while the walk runs: after the first page its sales are found.
        const Sale onFirstPage = pages.first().first();
        bool foundDuringWalk = false;
        QSignalSpy loading(&index, &SalesIndex::loadingChanged);
        QSignalSpy updated(&index, &SalesIndex::updated);
        QSignalSpy failed(&index, &SalesIndex::failed);
        connect(&index, &SalesIndex::updated, this, [&] {
            if (index.isLoading() && !onFirstPage.associatedConversationIds.isEmpty())
                foundDuringWalk = foundDuringWalk
                    || idsOf(index.salesForConversation(onFirstPage.associatedConversationIds.first())).contains(onFirstPage.saleId);
        });
        f.server->clearRequestLog();
        index.refresh();
        QVERIFY(index.isLoading());
        index.refresh(true); // a walk is running: no second one
        QVERIFY(waitIdle(index));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loading.size(), 2);
        QVERIFY(loading.at(0).at(0).toBool());
        QVERIFY(!loading.at(1).at(0).toBool());
        QVERIFY(foundDuringWalk || onFirstPage.associatedConversationIds.isEmpty());
        QVERIFY(updated.size() >= pages.size());

        const QList<SandboxRequestRecord> log = f.server->requestLog();
        QCOMPARE(log.size(), pages.size());
        for (const SandboxRequestRecord &r : log) {
            QVERIFY(r.path.endsWith(QLatin1String("/sales")));
            QCOMPARE(queryValue(r, QStringLiteral("limit")), QString::number(kSmallPage));
            QVERIFY(!r.query.contains(QLatin1String("start_date"))); // its meaning is not documented
        }
        QVERIFY(idsOf(index.salesForConversation(conversation)).contains(onLastPage.saleId));
        QVERIFY(index.isComplete());
        QVERIFY(index.isFresh());
        QVERIFY(qAbs(index.lastCompleted().secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Every sale is found by each of its conversations and contacts.
        QCOMPARE(cache.saleCount(), all.size());
        for (const Sale &s : std::as_const(all)) {
            for (const QString &c : s.associatedConversationIds)
                QVERIFY(idsOf(index.salesForConversation(c)).contains(s.saleId));
            for (const SaleContact &c : s.associatedContacts)
                QVERIFY(idsOf(index.salesForContact(c.contactId)).contains(s.saleId));
        }

        // Fresh: refresh() asks nothing.
        f.server->clearRequestLog();
        index.refresh();
        QVERIFY(!index.isLoading());
        QCOMPARE(f.requestCount(), 0);
    }

    void restartAnswersFromTheCache()
    {
        Cache cache(cacheDir(QStringLiteral("full")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        SalesIndex index;
        f.server->clearRequestLog();
        index.setSource(f.account->provider(), &cache, f.org);
        index.setPageSize(kSmallPage);
        // No event loop turn, no request: straight from the file.
        QVERIFY(index.isComplete());
        QVERIFY(index.isFresh());
        for (const Sale &s : std::as_const(all)) {
            for (const QString &c : s.associatedConversationIds)
                QVERIFY(idsOf(index.salesForConversation(c)).contains(s.saleId));
        }
        index.refresh();
        QVERIFY(!index.isLoading());
        QCOMPARE(f.requestCount(), 0);
    }

    // Each page of a walk has every sales view reload at once: one decoded copy per change
    // of the file, shared by every caller in that turn of the event loop, never a stale one.
    void allSalesIsDecodedOncePerChange()
    {
        Cache cache(cacheDir(QStringLiteral("decoded")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        index.refresh();
        QVERIFY(waitIdle(index));
        QVERIFY(index.isComplete());

        const QList<Sale> first = index.allSales();
        QCOMPARE(first.size(), all.size());
        QCOMPARE(index.allSales().constData(), first.constData());
        // The next turn of the event loop: the index keeps no copy of its own (first is still
        // alive, so a new decode cannot land at its address).
        QCoreApplication::processEvents();
        const QList<Sale> next = index.allSales();
        QVERIFY(next.constData() != first.constData());
        QCOMPARE(idsOf(next), idsOf(first));

        // A page written to the file answers at once, in the same turn.
        Sale changed = next.first();
        changed.ownerId = QStringLiteral("agent-renamed-while-decoded");
        const qint64 walk = cache.beginSalesWalk();
        QVERIFY(walk > 0);
        QVERIFY(cache.saveSalesPage(walk, {changed}, QStringLiteral("after-one")));
        const QList<Sale> afterPage = index.allSales();
        QCOMPARE(afterPage.size(), all.size());
        bool seen = false;
        for (const Sale &s : afterPage)
            seen = seen || (s.saleId == changed.saleId && s.ownerId == changed.ownerId);
        QVERIFY(seen);

        // Settings > Clear cache: nothing from before it.
        QVERIFY(cache.clear());
        QVERIFY(index.allSales().isEmpty());
    }

    void resumesAfterAFailure()
    {
        Cache cache(cacheDir(QStringLiteral("resume")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        index.setPageSize(kSmallPage);
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        // The first page arrives, then the server fails the second.
        bool injected = false;
        auto once = connect(&index, &SalesIndex::updated, this, [&] {
            if (!injected && index.isLoading()) {
                injected = true;
                f.server->injectFaults(1, 500);
            }
        });
        QSignalSpy failed(&index, &SalesIndex::failed);
        index.refresh();
        QVERIFY(waitIdle(index));
        disconnect(once);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Server);
        QVERIFY(!index.isComplete());
        QCOMPARE(cache.saleCount(), kSmallPage); // the first page was kept
        const QString saved = cache.salesWalkState().cursor;
        QVERIFY(!saved.isEmpty());

        RetryPolicy fast;
        fast.baseDelayMs = 20;
        f.account->transport()->setRetryPolicy(fast);
        f.server->clearRequestLog();
        index.refresh();
        QVERIFY(waitIdle(index));
        QCOMPARE(failed.size(), 1);
        QVERIFY(index.isComplete());
        // Only the pages not fetched before, starting at the saved cursor.
        const QList<SandboxRequestRecord> log = f.server->requestLog();
        QCOMPARE(log.size(), pages.size() - 1);
        QCOMPARE(queryValue(log.first(), QStringLiteral("cursor")), saved);
        QCOMPARE(cache.saleCount(), all.size());
        const Sale &last = pages.last().last();
        for (const QString &c : last.associatedConversationIds)
            QVERIFY(idsOf(index.salesForConversation(c)).contains(last.saleId));
    }

    void refusedCursorStartsOver()
    {
        Cache cache(cacheDir(QStringLiteral("refused")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        // An interrupted walk whose cursor the server no longer accepts (expired, or from another collection).
        const qint64 walk = cache.beginSalesWalk();
        QVERIFY(cache.saveSalesPage(walk, {}, QStringLiteral("not-a-cursor")));
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        index.setPageSize(kSmallPage);
        QSignalSpy failed(&index, &SalesIndex::failed);
        f.server->clearRequestLog();
        index.refresh();
        QVERIFY(waitIdle(index));
        QCOMPARE(failed.size(), 0);
        QVERIFY(index.isComplete());
        const QList<SandboxRequestRecord> log = f.server->requestLog();
        QCOMPARE(log.size(), pages.size() + 1);
        QCOMPARE(queryValue(log.at(0), QStringLiteral("cursor")), QStringLiteral("not-a-cursor"));
        QCOMPARE(log.at(0).status, 400);
        QVERIFY(!log.at(1).query.contains(QLatin1String("cursor=")));
        QCOMPARE(cache.saleCount(), all.size());
    }

    void withoutACacheTheWalkIsKeptInMemory()
    {
        SalesIndex index;
        index.setSource(f.account->provider(), nullptr, f.org);
        index.setPageSize(kSmallPage);
        index.refresh();
        QVERIFY(waitIdle(index));
        QVERIFY(index.isComplete());
        const Sale &last = pages.last().last();
        for (const QString &c : last.associatedConversationIds)
            QVERIFY(idsOf(index.salesForConversation(c)).contains(last.saleId));
        for (const SaleContact &c : last.associatedContacts)
            QVERIFY(idsOf(index.salesForContact(c.contactId)).contains(last.saleId));
    }

    // Last: it deletes a sale on the server.
    void removedSalesDisappearAfterACompleteWalk()
    {
        Cache cache(cacheDir(QStringLiteral("full")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        index.setPageSize(kSmallPage);
        Sale gone;
        for (const Sale &s : std::as_const(all)) {
            if (!s.associatedConversationIds.isEmpty() && !s.associatedContacts.isEmpty())
                gone = s;
        }
        QVERIFY(!gone.saleId.isEmpty());
        QCOMPARE(data->exec(QStringLiteral("DELETE FROM sales WHERE id = ?"), {gone.saleId}), 1);
        const QString conversation = gone.associatedConversationIds.first();
        const QString contact = gone.associatedContacts.first().contactId;
        QVERIFY(idsOf(index.salesForConversation(conversation)).contains(gone.saleId));

        // Midway a walk removes nothing: only its end proves the sale is gone.
        bool keptMidway = true;
        connect(&index, &SalesIndex::updated, this, [&] {
            if (index.isLoading())
                keptMidway = keptMidway && cache.saleCount() >= all.size();
        });
        index.refresh(true);
        QVERIFY(waitIdle(index));
        QVERIFY(keptMidway);
        QVERIFY(!idsOf(index.salesForConversation(conversation)).contains(gone.saleId));
        QVERIFY(!idsOf(index.salesForContact(contact)).contains(gone.saleId));
        QCOMPARE(cache.saleCount(), all.size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestSalesIndex)
#include "tst_sales_index.moc"
