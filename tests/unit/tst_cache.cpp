// Cache round trips of the list records: ordering, upserts, organization
// isolation, the full walk's marker, the organization list and lastSync
// across a restart.

#include "Cache.h"
#include "tst_cache_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;
using namespace repdesk::cachetest;

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void conversationsRoundTrip();
    void conversationsOrdering();
    void upsertUpdatesExistingRows();
    void conversationWalkRemovesWhatItDidNotSee();
    void contactsRoundTrip();
    void companiesRoundTrip();
    void agentsRoundTrip();
    void organizationsList();
    void organizationIsolation();
    void lastSyncSurvivesRestart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
};

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCache::conversationsRoundTrip()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    QVERIFY(cache.openOrganization(longId(QStringLiteral("org"))));
    QVERIFY(cache.isOpen());

    Conversation full = conversation(longId(QStringLiteral("c1")), utc(2026, 4, 29, 14, 0, 0, 123), cjk(), true);
    full.contactId = longId(rtl());
    Conversation unread = conversation(QStringLiteral("c2 ") + emoji(), utc(2026, 4, 28), accents(), false);
    Conversation nulls;
    nulls.conversationId = QStringLiteral("c3");
    cache.upsertConversations({full, unread, nulls});

    const QList<Conversation> loaded = cache.conversations();
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(cache.conversationCount(), 3);
    QCOMPARE(loaded.at(0).conversationId, full.conversationId);
    QCOMPARE(loaded.at(0).conversationId.size(), 150);
    QCOMPARE(loaded.at(0).startAt, full.startAt);
    QCOMPARE(loaded.at(0).lastActivityAt, full.lastActivityAt);
    QCOMPARE(loaded.at(0).lastActivityAt.time().msec(), 123);
    QCOMPARE(loaded.at(0).folder, cjk());
    QCOMPARE(loaded.at(0).isRead, std::optional<bool>(true));
    QCOMPARE(loaded.at(0).contactId, full.contactId);
    QCOMPARE(loaded.at(1).conversationId, unread.conversationId);
    QCOMPARE(loaded.at(1).folder, accents());
    QVERIFY(loaded.at(1).isUnread());
    // Null fields come back empty, and an unknown read state stays unknown.
    QCOMPARE(loaded.at(2).conversationId, QStringLiteral("c3"));
    QVERIFY(!loaded.at(2).startAt.isValid());
    QVERIFY(!loaded.at(2).lastActivityAt.isValid());
    QVERIFY(loaded.at(2).folder.isEmpty());
    QVERIFY(loaded.at(2).contactId.isEmpty());
    QVERIFY(!loaded.at(2).isRead.has_value());
    QVERIFY(!loaded.at(2).isUnread());
    QCOMPARE(errors.size(), 0);
}

void TestCache::conversationsOrdering()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    const QDateTime t = utc(2026, 5, 1, 9);
    cache.upsertConversations({conversation(QStringLiteral("b"), t), conversation(QStringLiteral("old"), t.addSecs(-3600)),
                               conversation(QStringLiteral("new"), t.addMSecs(1)), conversation(QStringLiteral("a"), t),
                               conversation(QStringLiteral("undated"), QDateTime()), conversation(QString(), t.addDays(1))});
    QStringList ids;
    for (const Conversation &c : cache.conversations())
        ids << c.conversationId;
    // Newest first, equal times by id, undated last; an item without an id is skipped.
    QCOMPARE(ids, (QStringList{QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("old"),
                               QStringLiteral("undated")}));
    QCOMPARE(cache.conversations(2).size(), 2);
    QCOMPARE(cache.conversations(2).at(1).conversationId, QStringLiteral("a"));
    QVERIFY(cache.conversations(0).isEmpty());
}

void TestCache::upsertUpdatesExistingRows()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    const QDateTime t = utc(2026, 5, 1, 9);
    cache.upsertConversations({conversation(QStringLiteral("x"), t, QStringLiteral("inbox"), false),
                               conversation(QStringLiteral("y"), t.addSecs(-60), QStringLiteral("inbox"), false)});
    QCOMPARE(cache.conversations().first().conversationId, QStringLiteral("x"));

    cache.upsertConversations({conversation(QStringLiteral("y"), t.addSecs(60), QStringLiteral("archive"), true)});
    const QList<Conversation> after = cache.conversations();
    QCOMPARE(after.size(), 2);
    QCOMPARE(cache.conversationCount(), 2);
    QCOMPARE(after.at(0).conversationId, QStringLiteral("y"));
    QCOMPARE(after.at(0).folder, QStringLiteral("archive"));
    QCOMPARE(after.at(0).isRead, std::optional<bool>(true));
    QCOMPARE(after.at(0).lastActivityAt, t.addSecs(60));
    QCOMPARE(after.at(1).conversationId, QStringLiteral("x"));
    QVERIFY(after.at(1).isUnread());

    Conversation readAgain = conversation(QStringLiteral("x"), t, QStringLiteral("inbox"), std::nullopt);
    cache.upsertConversations({readAgain});
    QVERIFY(!cache.conversations().at(1).isRead.has_value());
}

// The full walk's marker (ConversationTable::savePage and finishWalk).
void TestCache::conversationWalkRemovesWhatItDidNotSee()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    const QDateTime t = utc(2026, 5, 1, 9);
    const Conversation a = conversation(QStringLiteral("a"), t);
    const Conversation b = conversation(QStringLiteral("b"), t.addSecs(-60));
    const Conversation c = conversation(QStringLiteral("c"), t.addSecs(-120));
    const Conversation d = conversation(QStringLiteral("d"), t.addSecs(-180));
    cache.upsertConversations({a, b, c});
    Message m;
    m.messageId = QStringLiteral("m1");
    m.conversationId = c.conversationId;
    cache.saveThread(c.conversationId, {m});

    const qint64 walk = cache.beginConversationWalk();
    QVERIFY(walk > 0);
    // Only new and changed rows are written; identical ones are just marked as seen.
    const Conversation movedB = conversation(QStringLiteral("b"), t.addSecs(-60), QStringLiteral("archive"));
    QCOMPARE(cache.saveConversationPage(walk, {a, movedB}), 1);
    QCOMPARE(cache.saveConversationPage(walk, {d}), 1);
    QCOMPARE(cache.saveConversationPage(walk, {a, movedB, d}), 0);
    QCOMPARE(cache.conversations().at(1).folder, QStringLiteral("archive")); // b
    const Conversation storedD = cache.conversations().at(3); // written by the walk: every column round-trips
    QCOMPARE(storedD.conversationId, d.conversationId);
    QCOMPARE(storedD.startAt, d.startAt);
    QCOMPARE(storedD.lastActivityAt, d.lastActivityAt);
    QCOMPARE(storedD.folder, d.folder);
    QCOMPARE(storedD.isRead, d.isRead);
    QCOMPARE(storedD.contactId, d.contactId);

    // A walk begun since supersedes it: its pages and its end are refused, nothing is removed.
    const qint64 next = cache.beginConversationWalk();
    QVERIFY(next > walk);
    QCOMPARE(cache.saveConversationPage(walk, {a}), -1);
    QVERIFY(!cache.finishConversationWalk(walk).has_value());
    QCOMPARE(cache.conversationCount(), 4);

    // `next` sees a, b and d. c was not seen, nor e, written outside the walk: both go, with c's thread.
    QCOMPARE(cache.saveConversationPage(next, {a, movedB, d}), 0);
    cache.upsertConversations({conversation(QStringLiteral("e"), t)});
    std::optional<QStringList> gone = cache.finishConversationWalk(next);
    QVERIFY(gone.has_value());
    gone->sort();
    QCOMPARE(*gone, (QStringList{QStringLiteral("c"), QStringLiteral("e")}));
    QStringList kept = cache.conversationIds();
    kept.sort();
    QCOMPARE(kept, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
    QVERIFY(cache.thread(c.conversationId).isEmpty());
}

void TestCache::contactsRoundTrip()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    Contact full;
    full.contactId = longId(QStringLiteral("contact"));
    full.name = accents();
    full.email = QStringLiteral("zoë@exämple.com");
    full.phoneNumber = QStringLiteral("+33 6 12 34 56 78");
    full.createdAt = utc(2025, 12, 31, 23, 59, 59, 999);
    full.companyId = longId(QStringLiteral("company"));
    full.customFields = QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")},
                                    {QStringLiteral("名前"), cjk()},
                                    {QStringLiteral("score"), 4.5},
                                    {QStringLiteral("vip"), true},
                                    {QStringLiteral("nothing"), QJsonValue::Null},
                                    {QStringLiteral("tags"), QJsonArray{rtl(), emoji()}},
                                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), 1}}}};
    full.companyRole = rtl();
    Contact sparse;
    sparse.contactId = QStringLiteral("sparse");
    sparse.email = emoji();
    cache.upsertContacts({full, sparse});

    const std::optional<Contact> got = cache.contact(full.contactId);
    QVERIFY(got.has_value());
    QCOMPARE(got->contactId, full.contactId);
    QCOMPARE(got->name, full.name);
    QCOMPARE(got->email, full.email);
    QCOMPARE(got->phoneNumber, full.phoneNumber);
    QCOMPARE(got->createdAt, full.createdAt);
    QCOMPARE(got->companyId, full.companyId);
    QCOMPARE(got->customFields, full.customFields);
    QCOMPARE(got->companyRole, full.companyRole);

    const QHash<QString, Contact> all = cache.allContacts();
    QCOMPARE(all.size(), 2);
    const Contact s = all.value(QStringLiteral("sparse"));
    QCOMPARE(s.email, emoji());
    QVERIFY(s.name.isEmpty() && s.phoneNumber.isEmpty() && s.companyId.isEmpty() && s.companyRole.isEmpty());
    QVERIFY(!s.createdAt.isValid());
    QVERIFY(s.customFields.isEmpty());
    QVERIFY(!cache.contact(QStringLiteral("missing")).has_value());

    full.name = cjk();
    full.customFields = {};
    cache.upsertContacts({full});
    QCOMPARE(cache.contact(full.contactId)->name, cjk());
    QVERIFY(cache.contact(full.contactId)->customFields.isEmpty());
    QCOMPARE(cache.allContacts().size(), 2);
}

void TestCache::companiesRoundTrip()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    Company full;
    full.companyId = longId(QStringLiteral("company"));
    full.name = cjk();
    full.domain = QStringLiteral("exämple.com");
    full.customFields = QJsonObject{{QStringLiteral("industry"), rtl()}, {QStringLiteral("seats"), 250},
                                    {QStringLiteral("nothing"), QJsonValue::Null}};
    full.address = accents() + QStringLiteral("\n75001 Paris");
    full.agentId = QStringLiteral("agent ") + emoji();
    full.createdAt = utc(2026, 1, 2, 3, 4, 5, 6);
    Company sparse;
    sparse.companyId = QStringLiteral("sparse");
    cache.upsertCompanies({full, sparse});

    const std::optional<Company> got = cache.company(full.companyId);
    QVERIFY(got.has_value());
    QCOMPARE(got->companyId, full.companyId);
    QCOMPARE(got->name, full.name);
    QCOMPARE(got->domain, full.domain);
    QCOMPARE(got->customFields, full.customFields);
    QCOMPARE(got->address, full.address);
    QCOMPARE(got->agentId, full.agentId);
    QCOMPARE(got->createdAt, full.createdAt);

    const std::optional<Company> s = cache.company(QStringLiteral("sparse"));
    QVERIFY(s.has_value());
    QVERIFY(s->name.isEmpty() && s->domain.isEmpty() && s->address.isEmpty() && s->agentId.isEmpty());
    QVERIFY(s->customFields.isEmpty());
    QVERIFY(!s->createdAt.isValid());
    QVERIFY(!cache.company(QStringLiteral("missing")).has_value());
}

void TestCache::agentsRoundTrip()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.upsertAgents({{longId(QStringLiteral("agent")), rtl(), QStringLiteral("agent@example.com")},
                        {QStringLiteral("a2"), emoji(), QString()}});
    cache.upsertAgents({{QStringLiteral("a2"), accents(), QStringLiteral("a2@example.com")}});
    const QHash<QString, Agent> agents = cache.agents();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents.value(longId(QStringLiteral("agent"))).name, rtl());
    QCOMPARE(agents.value(longId(QStringLiteral("agent"))).email, QStringLiteral("agent@example.com"));
    QCOMPARE(agents.value(QStringLiteral("a2")).name, accents());
    QCOMPARE(agents.value(QStringLiteral("a2")).email, QStringLiteral("a2@example.com"));
}

void TestCache::organizationsList()
{
    {
        Cache cache(dir(), QStringLiteral("acct"));
        QVERIFY(cache.organizations().isEmpty());
        cache.saveOrganizations({{QStringLiteral("z-org"), cjk()}, {longId(QStringLiteral("org")), emoji()},
                                 {QStringLiteral("a-org"), QString()}});
        const QList<Organization> orgs = cache.organizations();
        QCOMPARE(orgs.size(), 3);
        // The server's order, not alphabetical.
        QCOMPARE(orgs.at(0).organizationId, QStringLiteral("z-org"));
        QCOMPARE(orgs.at(0).name, cjk());
        QCOMPARE(orgs.at(1).organizationId, longId(QStringLiteral("org")));
        QCOMPARE(orgs.at(1).name, emoji());
        QVERIFY(orgs.at(2).name.isEmpty());
    }
    Cache again(dir(), QStringLiteral("acct"));
    QCOMPARE(again.organizations().size(), 3);
    again.saveOrganizations({{QStringLiteral("only"), rtl()}});
    QCOMPARE(again.organizations().size(), 1);
    QCOMPARE(again.organizations().at(0).name, rtl());
    QVERIFY(Cache(dir(), QStringLiteral("other-account")).organizations().isEmpty());
}

void TestCache::organizationIsolation()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org-a")));
    QCOMPARE(cache.organizationId(), QStringLiteral("org-a"));
    cache.upsertConversations({conversation(QStringLiteral("conv-a"), utc(2026, 5, 1))});
    cache.upsertContacts({Contact{QStringLiteral("contact-a"), accents(), {}, {}, {}, {}, {}, {}}});
    cache.upsertAgents({{QStringLiteral("agent-a"), cjk(), {}}});
    cache.saveThread(QStringLiteral("conv-a"), {fullMessage(QStringLiteral("conv-a"), 0, emoji())});
    cache.setLastSync(utc(2026, 5, 1, 12));

    QVERIFY(cache.openOrganization(QStringLiteral("org-b")));
    QCOMPARE(cache.organizationId(), QStringLiteral("org-b"));
    QVERIFY(cache.conversations().isEmpty());
    QVERIFY(!cache.contact(QStringLiteral("contact-a")).has_value());
    QVERIFY(cache.agents().isEmpty());
    QVERIFY(cache.thread(QStringLiteral("conv-a")).isEmpty());
    QVERIFY(cache.latestModalities().isEmpty());
    QVERIFY(!cache.lastSync().isValid());
    cache.upsertConversations({conversation(QStringLiteral("conv-b"), utc(2026, 5, 2))});

    QVERIFY(cache.openOrganization(QStringLiteral("org-a")));
    QCOMPARE(cache.conversations().size(), 1);
    QCOMPARE(cache.conversations().at(0).conversationId, QStringLiteral("conv-a"));
    QCOMPARE(cache.thread(QStringLiteral("conv-a")).size(), 1);
    QCOMPARE(cache.lastSync(), utc(2026, 5, 1, 12));
}

void TestCache::lastSyncSurvivesRestart()
{
    const QDateTime when = utc(2026, 5, 4, 10, 11, 12, 345);
    {
        Cache cache(dir(), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        QVERIFY(!cache.lastSync().isValid());
        cache.setLastSync(when);
        cache.upsertConversations({conversation(QStringLiteral("kept"), when)});
    }
    {
        Cache restarted(dir(), QStringLiteral("acct"));
        QVERIFY(restarted.openOrganization(QStringLiteral("org")));
        QCOMPARE(restarted.lastSync(), when);
        QCOMPARE(restarted.conversations().size(), 1);
        restarted.setLastSync(QDateTime());
    }
    Cache again(dir(), QStringLiteral("acct"));
    QVERIFY(again.openOrganization(QStringLiteral("org")));
    QVERIFY(!again.lastSync().isValid());
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
