// The review queue's memory in the organization's cache (ReviewTable, schema
// step 4 -> 5): checks with and without a draft survive a reopen, the draft's
// fields come back as fetched, the candidates are the conversations active
// since a moment (falling back to their start), and pruning drops what the
// queue will never look at again.
#include "Cache.h"
#include "CacheSchema.h"
#include "ReviewTable.h"
#include "tst_cache_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::cachetest;

namespace {
ResponseDraft draft(const QString &conversationId, const QString &body)
{
    ResponseDraft d;
    d.responseId = longId(QStringLiteral("draft"));
    d.conversationId = conversationId;
    d.bodyHtml = body;
    d.recipientName = accents();
    d.recipientEmail = QStringLiteral("zoe@example.com");
    d.ccEmails = {QStringLiteral("cc@example.com")};
    d.createdAt = utc(2026, 5, 19, 10, 30, 15, 250);
    return d;
}

ReviewCheck check(const QString &conversationId, const QDateTime &activity, std::optional<ResponseDraft> d)
{
    ReviewCheck c;
    c.conversationId = conversationId;
    c.checkedActivityAt = activity;
    c.checkedAt = utc(2026, 5, 20, 12);
    c.draft = std::move(d);
    return c;
}
} // namespace

class TestReviewTable : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
    void checksSurviveAReopen()
    {
        const QString withDraft = longId(QStringLiteral("a"));
        const QString without = longId(QStringLiteral("b"));
        const QDateTime activity = utc(2026, 5, 19, 9, 0, 0, 123);
        {
            Cache cache(dir.path(), QStringLiteral("reopen"));
            QVERIFY(cache.openOrganization(QStringLiteral("org")));
            cache.upsertConversations({conversation(withDraft, activity), conversation(without, activity)});
            cache.saveReviewChecks({check(withDraft, activity, draft(withDraft, emoji())),
                                    check(without, activity, std::nullopt)});
        }
        Cache cache(dir.path(), QStringLiteral("reopen"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        const QHash<QString, ReviewCheck> checks = cache.reviewChecks();
        QCOMPARE(checks.size(), 2);
        const ReviewCheck &a = checks.value(withDraft);
        QCOMPARE(a.checkedActivityAt, activity); // to the millisecond: compared, not just shown
        QVERIFY(a.draft.has_value());
        QCOMPARE(a.draft->bodyHtml, emoji());
        QCOMPARE(a.draft->recipientName, accents());
        QCOMPARE(a.draft->ccEmails, QStringList{QStringLiteral("cc@example.com")});
        QCOMPARE(a.draft->createdAt, utc(2026, 5, 19, 10, 30, 15, 250));
        QVERIFY(!a.draft->scheduledSendAt.isValid());
        QVERIFY(!checks.value(without).draft.has_value());
        QVERIFY(checks.contains(without));

        // A second save replaces the row.
        cache.saveReviewChecks({check(withDraft, activity.addSecs(60), std::nullopt)});
        QCOMPARE(cache.reviewChecks().value(withDraft).checkedActivityAt, activity.addSecs(60));
        QVERIFY(!cache.reviewChecks().value(withDraft).draft);
        cache.removeReviewChecks({withDraft});
        QVERIFY(!cache.reviewChecks().contains(withDraft));
    }

    void activeSinceFallsBackToTheStart()
    {
        Cache cache(dir.path(), QStringLiteral("since"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        Conversation noActivity = conversation(QStringLiteral("no-activity"), QDateTime());
        noActivity.startAt = utc(2026, 5, 18);
        Conversation oldStart = conversation(QStringLiteral("old-start"), QDateTime());
        oldStart.startAt = utc(2026, 1, 1);
        cache.upsertConversations({conversation(QStringLiteral("recent"), utc(2026, 5, 19)),
                                   conversation(QStringLiteral("newest"), utc(2026, 5, 20)),
                                   conversation(QStringLiteral("old"), utc(2026, 4, 1)), noActivity, oldStart});
        QStringList ids;
        for (const Conversation &c : cache.conversationsActiveSince(utc(2026, 5, 6)))
            ids << c.conversationId;
        QCOMPARE(ids, (QStringList{QStringLiteral("newest"), QStringLiteral("recent"), QStringLiteral("no-activity")}));
    }

    void pruneDropsOldAndGoneConversations()
    {
        Cache cache(dir.path(), QStringLiteral("prune"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        cache.upsertConversations({conversation(QStringLiteral("kept"), utc(2026, 5, 19)),
                                   conversation(QStringLiteral("old"), utc(2026, 4, 1))});
        cache.saveReviewChecks({check(QStringLiteral("kept"), utc(2026, 5, 19), std::nullopt),
                                check(QStringLiteral("old"), utc(2026, 4, 1), std::nullopt),
                                check(QStringLiteral("gone"), utc(2026, 5, 19), std::nullopt)});
        cache.pruneReviewChecks(utc(2026, 5, 6));
        QCOMPARE(cache.reviewChecks().keys(), QStringList{QStringLiteral("kept")});
    }

    void aDamagedPayloadCountsAsNotChecked()
    {
        Cache cache(dir.path(), QStringLiteral("damaged"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        cache.saveReviewChecks({check(QStringLiteral("c"), utc(2026, 5, 19), draft(QStringLiteral("c"), QStringLiteral("x")))});
        QVERIFY(!ReviewTable::decode(QByteArrayLiteral("{not json")).has_value());
        QVERIFY(!ReviewTable::decode(QByteArray()).has_value());
        const auto roundTrip = ReviewTable::decode(ReviewTable::encode(draft(QStringLiteral("c"), QStringLiteral("y"))));
        QVERIFY(roundTrip.has_value());
        QCOMPARE(roundTrip->bodyHtml, QStringLiteral("y"));
    }

    void migratesAFileOfTheEarlierVersion()
    {
        // A version-4 file (before the review table) gains the table and keeps its conversations.
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QCOMPARE(CacheSchema::organization().apply(db, &error), CacheSchema::Outcome::Ready);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE review_checks")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO conversations (conversation_id) VALUES ('kept')")));
            QCOMPARE(CacheSchema::organization().apply(db, &error), CacheSchema::Outcome::Ready);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM review_checks")) && q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT conversation_id FROM conversations")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), CacheSchema::organization().latestVersion());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    }
};

QTEST_GUILESS_MAIN(TestReviewTable)
#include "tst_review_table.moc"
