// The cache's sales index (SaleTable through Cache): a sale survives the
// round trip whole, lookups by conversation and contact follow each update,
// a walk's pages and cursor persist, and finishing a walk removes what it did
// not see (but not after a lossy page, and not for a superseded walk). Also
// the migration of an organization file from layout 1.
#include "Cache.h"
#include "tst_cache_support.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;
using namespace repdesk::cachetest;

namespace {
const QString kOrg = QStringLiteral("HR_id_org");

SaleStatus status(const QString &label, const QString &code, const QDateTime &at)
{
    SaleStatus s;
    s.label = label;
    s.status = code;
    s.changedAt = at;
    return s;
}

Sale sale(const QString &id, const QStringList &conversations, const QStringList &contacts, const QDateTime &activity)
{
    Sale s;
    s.saleId = id;
    s.associatedConversationIds = conversations;
    for (int i = 0; i < contacts.size(); ++i)
        s.associatedContacts.append({contacts.at(i), i == 0});
    s.lastActivityAt = activity;
    return s;
}

// Every field set, with text that JSON and SQLite must both carry intact.
Sale fullSale()
{
    Sale s = sale(longId(QStringLiteral("sale")), {longId(QStringLiteral("conv")), QStringLiteral("HR_id_conv2")},
                  {longId(QStringLiteral("contact")), QStringLiteral("HR_id_contact2")}, utc(2026, 3, 13, 1, 28, 41, 829));
    s.associatedContacts[1].isPrimary = false;
    s.companyId = QStringLiteral("HR_id_company");
    s.ownerId = QStringLiteral("HR_id_agent");
    const QJsonObject quote{
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                               {QStringLiteral("total_price"), QStringLiteral("1200.50")}}},
        {QStringLiteral("arguments"),
         QJsonObject{{QStringLiteral("products"),
                      QJsonArray{QJsonObject{{QStringLiteral("quantity"), 1.5},
                                             {QStringLiteral("unit_price"), QStringLiteral("800.33")},
                                             {QStringLiteral("product_name"), cjk()}}}}}},
        {QStringLiteral("agent_overrides"), QJsonObject{{QStringLiteral("discount"), 0.1}}},
        {QStringLiteral("undocumented"), QStringLiteral("kept")},
    };
    s.quoteDetails = QuoteDetails::fromJson(quote).takeValue();
    s.customFields = QJsonObject{{QStringLiteral("notes"), emoji()}, {QStringLiteral("rtl"), rtl()},
                                 {QStringLiteral("nested"), QJsonObject{{QStringLiteral("n"), 3}}}};
    s.currentStatus = status(QStringLiteral("Accepted"), QStringLiteral("accepted"), utc(2026, 3, 13, 1, 28, 41, 829));
    s.statusHistory = {status(accents(), QString(), utc(2026, 3, 12, 1, 28, 41, 829)),
                       status(QStringLiteral("Quoted"), QStringLiteral("quote_sent"), utc(2026, 3, 12, 1, 43)),
                       *s.currentStatus};
    s.createdAt = utc(2026, 3, 12, 1, 28, 41, 829);
    return s;
}

QStringList idsOf(const QList<Sale> &sales)
{
    QStringList ids;
    for (const Sale &s : sales)
        ids << s.saleId;
    return ids;
}

void exec(const QString &file, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestCacheSales : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void saleRoundTripsWhole()
    {
        Cache cache(m_dir.path(), QStringLiteral("roundtrip"));
        QVERIFY(cache.openOrganization(kOrg));
        const Sale in = fullSale();
        const qint64 walk = cache.beginSalesWalk();
        QVERIFY(walk > 0);
        QVERIFY(cache.saveSalesPage(walk, {in}, QString()));
        const QList<Sale> found = cache.salesForConversation(in.associatedConversationIds.first());
        QCOMPARE(found.size(), 1);
        const Sale &out = found.first();
        QCOMPARE(out.saleId, in.saleId);
        QCOMPARE(out.associatedConversationIds, in.associatedConversationIds);
        QCOMPARE(out.companyId, in.companyId);
        QCOMPARE(out.ownerId, in.ownerId);
        QCOMPARE(out.associatedContacts.size(), 2);
        QCOMPARE(out.associatedContacts.at(0).contactId, in.associatedContacts.at(0).contactId);
        QVERIFY(out.associatedContacts.at(0).isPrimary);
        QVERIFY(!out.associatedContacts.at(1).isPrimary);
        QCOMPARE(out.quoteDetails.raw, in.quoteDetails.raw);
        QCOMPARE(out.quoteDetails.totalPrice, QStringLiteral("1200.50"));
        QCOMPARE(out.quoteDetails.products.size(), 1);
        QCOMPARE(out.quoteDetails.products.first().productName, cjk());
        QCOMPARE(out.quoteDetails.products.first().quantity, 1.5);
        QCOMPARE(out.quoteDetails.agentOverrides, in.quoteDetails.agentOverrides);
        QCOMPARE(out.customFields, in.customFields);
        QVERIFY(out.currentStatus.has_value());
        QCOMPARE(out.currentStatus->label, QStringLiteral("Accepted"));
        QCOMPARE(out.statusHistory.size(), 3);
        QCOMPARE(out.statusHistory.first().label, accents());
        QVERIFY(out.statusHistory.first().status.isEmpty());
        QCOMPARE(out.statusHistory.first().changedAt, in.statusHistory.first().changedAt);
        QCOMPARE(out.createdAt, in.createdAt);
        QCOMPARE(out.lastActivityAt, in.lastActivityAt);
        QCOMPARE(out.lastActivityAt.time().msec(), 829);
        // The second conversation and both contacts find it too.
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("HR_id_conv2"))), QStringList{in.saleId});
        QCOMPARE(idsOf(cache.salesForContact(in.associatedContacts.first().contactId)), QStringList{in.saleId});
        QCOMPARE(idsOf(cache.salesForContact(QStringLiteral("HR_id_contact2"))), QStringList{in.saleId});
        QVERIFY(cache.salesForConversation(QStringLiteral("nobody")).isEmpty());
        QVERIFY(cache.salesForConversation(QString()).isEmpty());
    }

    void lookupsFollowUpdates()
    {
        Cache cache(m_dir.path(), QStringLiteral("lookups"));
        QVERIFY(cache.openOrganization(kOrg));
        const qint64 walk = cache.beginSalesWalk();
        QVERIFY(cache.saveSalesPage(walk, {sale(QStringLiteral("old"), {QStringLiteral("c1")}, {QStringLiteral("p1")}, utc(2026, 1, 1)),
                                           sale(QStringLiteral("new"), {QStringLiteral("c1"), QStringLiteral("c1")},
                                                {QStringLiteral("p1")}, utc(2026, 2, 1)),
                                           sale(QString(), {QStringLiteral("c1")}, {}, utc(2026, 3, 1))},
                                    QStringLiteral("cursor-2")));
        // Most recent first; a repeated id links once; a sale without an id is skipped.
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("c1"))), (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
        QCOMPARE(cache.saleCount(), 2);
        // A later page moves "old" to another conversation and contact: the old links go.
        QVERIFY(cache.saveSalesPage(walk, {sale(QStringLiteral("old"), {QStringLiteral("c2")}, {QStringLiteral("p2")}, utc(2026, 1, 2))},
                                    QString()));
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("c1"))), QStringList{QStringLiteral("new")});
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("c2"))), QStringList{QStringLiteral("old")});
        QCOMPARE(idsOf(cache.salesForContact(QStringLiteral("p1"))), QStringList{QStringLiteral("new")});
        QCOMPARE(idsOf(cache.salesForContact(QStringLiteral("p2"))), QStringList{QStringLiteral("old")});
    }

    void walkPersistsAndPrunes()
    {
        const QString account = QStringLiteral("walk");
        qint64 walk = 0;
        {
            Cache cache(m_dir.path(), account);
            QVERIFY(cache.openOrganization(kOrg));
            QCOMPARE(cache.salesWalkState().walk, 0);
            QVERIFY(!cache.salesWalkState().completedAt.isValid());
            walk = cache.beginSalesWalk();
            QVERIFY(cache.saveSalesPage(walk, {sale(QStringLiteral("a"), {QStringLiteral("c")}, {QStringLiteral("p")}, utc(2026, 1, 1)),
                                               sale(QStringLiteral("b"), {QStringLiteral("c")}, {QStringLiteral("p")}, utc(2026, 1, 2))},
                                        QStringLiteral("after-page-1")));
        }
        // A restart finds the walk where it stopped.
        Cache cache(m_dir.path(), account);
        QVERIFY(cache.openOrganization(kOrg));
        SalesWalkState state = cache.salesWalkState();
        QCOMPARE(state.walk, walk);
        QCOMPARE(state.cursor, QStringLiteral("after-page-1"));
        QCOMPARE(cache.finishSalesWalk(walk, utc(2026, 5, 1)), 0);
        state = cache.salesWalkState();
        QVERIFY(state.cursor.isEmpty());
        QCOMPARE(state.completedAt, utc(2026, 5, 1));

        // The next walk sees only "b": "a" is removed with its links when it finishes, not before.
        const qint64 next = cache.beginSalesWalk();
        QVERIFY(next > walk);
        QVERIFY(cache.salesWalkState().cursor.isEmpty());
        QVERIFY(cache.saveSalesPage(next, {sale(QStringLiteral("b"), {QStringLiteral("c")}, {QStringLiteral("p")}, utc(2026, 1, 3))},
                                    QString()));
        QCOMPARE(cache.saleCount(), 2);
        QCOMPARE(cache.finishSalesWalk(next, utc(2026, 5, 2)), 1);
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("c"))), QStringList{QStringLiteral("b")});
        QCOMPARE(idsOf(cache.salesForContact(QStringLiteral("p"))), QStringList{QStringLiteral("b")});
        QCOMPARE(cache.salesWalkState().completedAt, utc(2026, 5, 2));
    }

    void supersededOrLossyWalksRemoveNothing()
    {
        Cache cache(m_dir.path(), QStringLiteral("superseded"));
        QVERIFY(cache.openOrganization(kOrg));
        const qint64 first = cache.beginSalesWalk();
        QVERIFY(cache.saveSalesPage(first, {sale(QStringLiteral("kept"), {QStringLiteral("c")}, {}, utc(2026, 1, 1))}, QString()));
        QVERIFY(cache.finishSalesWalk(first, utc(2026, 5, 1)) == 0);

        // Another walk began meanwhile: the old one can neither write nor finish.
        const qint64 stale = cache.beginSalesWalk();
        const qint64 current = cache.beginSalesWalk();
        QVERIFY(!cache.saveSalesPage(stale, {sale(QStringLiteral("ghost"), {QStringLiteral("c")}, {}, utc(2026, 1, 1))}, QStringLiteral("x")));
        QCOMPARE(cache.finishSalesWalk(stale, utc(2026, 5, 3)), -1);
        QCOMPARE(cache.saleCount(), 1);
        QCOMPARE(cache.salesWalkState().completedAt, utc(2026, 5, 1));
        QVERIFY(cache.lastError().isEmpty()); // being superseded is not a file error

        // A page with undecodable sales: finishing keeps what the walk did not see.
        QVERIFY(cache.saveSalesPage(current, {}, QString(), true));
        QVERIFY(cache.salesWalkState().lossy);
        QCOMPARE(cache.finishSalesWalk(current, utc(2026, 5, 4)), 0);
        QCOMPARE(cache.saleCount(), 1);
        QCOMPARE(cache.salesWalkState().completedAt, utc(2026, 5, 4));
        QVERIFY(!(cache.beginSalesWalk() > 0 && cache.salesWalkState().lossy)); // a new walk starts clean
    }

    void layoutOneIsMigrated()
    {
        const QString account = QStringLiteral("migrate");
        const QString file = organizationFile(m_dir.path(), account, kOrg);
        {
            Cache cache(m_dir.path(), account);
            QVERIFY(cache.openOrganization(kOrg));
            cache.upsertConversations({conversation(QStringLiteral("kept"), utc(2026, 1, 1))});
        }
        // What a Repdesk of layout 1 left: the same file without the sales
        // tables and what later layouts added (the analytics table, the
        // conversations' walk column, the review queue's checks).
        exec(file, {QStringLiteral("DROP TABLE review_checks"), QStringLiteral("DROP TABLE sales_by_conversation"), QStringLiteral("DROP TABLE sales_by_contact"),
                    QStringLiteral("DROP TABLE sales"), QStringLiteral("DROP TABLE analytics"),
                    QStringLiteral("ALTER TABLE conversations DROP COLUMN walk"), QStringLiteral("PRAGMA user_version = 1")});
        Cache cache(m_dir.path(), account);
        QVERIFY(cache.openOrganization(kOrg));
        QVERIFY(cache.lastError().isEmpty());
        QCOMPARE(cache.conversationCount(), 1); // migrated in place, not rebuilt
        const qint64 walk = cache.beginSalesWalk();
        QVERIFY(cache.saveSalesPage(walk, {sale(QStringLiteral("s"), {QStringLiteral("kept")}, {}, utc(2026, 1, 1))}, QString()));
        QCOMPARE(idsOf(cache.salesForConversation(QStringLiteral("kept"))), QStringList{QStringLiteral("s")});
        // The conversations walk works on the migrated rows.
        const qint64 conversationWalk = cache.beginConversationWalk();
        QCOMPARE(cache.saveConversationPage(conversationWalk, {conversation(QStringLiteral("kept"), utc(2026, 1, 1))}), 0);
        QCOMPARE(cache.finishConversationWalk(conversationWalk), std::optional<QStringList>(QStringList()));
        QCOMPARE(cache.conversationCount(), 1);
    }

    void unusableCacheAnswersEmpty()
    {
        Cache cache(QString(), QStringLiteral("none"));
        QVERIFY(!cache.openOrganization(kOrg));
        QCOMPARE(cache.beginSalesWalk(), 0);
        QVERIFY(!cache.saveSalesPage(1, {sale(QStringLiteral("s"), {QStringLiteral("c")}, {}, utc(2026, 1, 1))}, QString()));
        QCOMPARE(cache.finishSalesWalk(1, utc(2026, 1, 1)), -1);
        QVERIFY(cache.salesForConversation(QStringLiteral("c")).isEmpty());
        QCOMPARE(cache.saleCount(), 0);
        QVERIFY(!cache.salesWalkState().completedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestCacheSales)
#include "tst_cache_sales.moc"
