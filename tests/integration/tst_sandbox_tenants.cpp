// Two API keys on one sandbox: each sees only its own tenant's organizations, and asking for the
// other's is answered exactly like asking for an organization that does not exist.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace repdesk;
using namespace sandboxtest;

namespace {

const QDateTime kAnchor(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());
const QByteArray kFirstKey("tenant-a-key");
const QByteArray kSecondKey("tenant-b-key");

// Real ids of one tenant's first organization, to aim every route at.
struct TenantIds
{
    QString org, conversation, message, contact, company, agent, sale, audit, messageDraft, responseDraft, uuid;
};

QStringList field(const QJsonArray &items, const QString &name)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(name).toString());
    return values;
}

QString first(const Reply &reply, const QString &name)
{
    return reply.data().at(0).toObject().value(name).toString();
}

} // namespace

class TestSandboxTenants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationsAreDisjoint();
    void solutionsArePerTenant();
    void secondTenantHasItsOwnData();
    void otherTenantsOrganizationIsUnknown_data();
    void otherTenantsOrganizationIsUnknown();
    void otherTenantsOrganizationTakesNoWrites();
    void otherTenantsSolutionIsUnknown();
    void secondKeyOff();
    void dataDirGainsSecondTenant();

private:
    TenantIds collect(Client &client, const QString &org);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_first, m_second;
    TenantIds m_a, m_b;
};

void TestSandboxTenants::initTestCase()
{
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(kFirstKey);
    options.secondApiKey = QString::fromLatin1(kSecondKey); // secondTenantConversations keeps its default, 30
    options.conversations = 40;
    options.anchor = kAnchor;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_first = std::make_unique<Client>(m_server->url(), kFirstKey);
    m_second = std::make_unique<Client>(m_server->url(), kSecondKey);
    QCOMPARE(m_server->organizationIds(QString::fromLatin1(kFirstKey)).size(), 2);
    QCOMPARE(m_server->organizationIds(QString::fromLatin1(kSecondKey)).size(), 2);
    m_a = collect(*m_first, m_server->organizationIds(QString::fromLatin1(kFirstKey)).at(0));
    m_b = collect(*m_second, m_server->organizationIds(QString::fromLatin1(kSecondKey)).at(0));
    for (const TenantIds *ids : {&m_a, &m_b}) {
        for (const QString &id : {ids->conversation, ids->message, ids->contact, ids->company, ids->agent, ids->sale,
                                  ids->audit, ids->messageDraft, ids->responseDraft, ids->uuid})
            QVERIFY2(!id.isEmpty(), qPrintable(ids->org));
    }
}

TenantIds TestSandboxTenants::collect(Client &client, const QString &org)
{
    TenantIds ids;
    ids.org = org;
    const Reply conversations = client.get(orgPath(org, QStringLiteral("/conversations")));
    ids.conversation = first(conversations, QStringLiteral("conversation_id"));
    ids.contact = first(conversations, QStringLiteral("contact_id"));
    const QString conv = QStringLiteral("/conversations/") + seg(ids.conversation);
    ids.message = first(client.get(orgPath(org, conv + QStringLiteral("/messages"))), QStringLiteral("message_id"));
    ids.company = first(client.get(orgPath(org, QStringLiteral("/companies"))), QStringLiteral("company_id"));
    ids.agent = first(client.get(orgPath(org, QStringLiteral("/agents"))), QStringLiteral("agent_id"));
    ids.sale = first(client.get(orgPath(org, QStringLiteral("/sales"))), QStringLiteral("sale_id"));
    ids.audit = first(client.get(orgPath(org, QStringLiteral("/audit-logs"))), QStringLiteral("audit_log_id"));
    ids.messageDraft = first(client.get(orgPath(org, QStringLiteral("/message-drafts"))), QStringLiteral("draft_id"));
    ids.responseDraft = client.post(orgPath(org, conv + QStringLiteral("/response-drafts")),
                                    QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Mine</p>")}})
                            .object().value(QStringLiteral("response_id")).toString();
    const QJsonArray solutions = client.get(QStringLiteral("/api/v1/solutions")).json.array();
    ids.uuid = solutions.at(0).toObject().value(QStringLiteral("uuid")).toString();
    return ids;
}

void TestSandboxTenants::organizationsAreDisjoint()
{
    const Reply a = m_first->get(QStringLiteral("/api/v2/organizations"));
    const Reply b = m_second->get(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QCOMPARE(field(a.data(), QStringLiteral("name")), (QStringList{"Acme Roofing", "Ferris Aircraft Sales"}));
    QCOMPARE(field(b.data(), QStringLiteral("name")), (QStringList{"Bluebird Roofing & Solar", "Kestrel Aviation Brokers"}));
    const QStringList idsA = field(a.data(), QStringLiteral("organization_id"));
    const QStringList idsB = field(b.data(), QStringLiteral("organization_id"));
    QVERIFY(!QSet<QString>(idsA.cbegin(), idsA.cend()).intersects(QSet<QString>(idsB.cbegin(), idsB.cend())));
    // The hook agrees with what each key is told, in the same order; the default is the first key's.
    QCOMPARE(m_server->organizationIds(QString::fromLatin1(kFirstKey)), idsA);
    QCOMPARE(m_server->organizationIds(QString::fromLatin1(kSecondKey)), idsB);
    QCOMPARE(m_server->organizationIds(), idsA);
    QVERIFY(m_server->organizationIds(QStringLiteral("nobody's key")).isEmpty());
}

void TestSandboxTenants::solutionsArePerTenant()
{
    const Reply a = m_first->get(QStringLiteral("/api/v1/solutions"));
    const Reply b = m_second->get(QStringLiteral("/api/v1/solutions"));
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QCOMPARE(field(a.json.array(), QStringLiteral("name")), (QStringList{"Acme Roofing", "Ferris Aircraft Sales"}));
    QCOMPARE(field(b.json.array(), QStringLiteral("name")), (QStringList{"Bluebird Roofing & Solar", "Kestrel Aviation Brokers"}));
    const QStringList uuidsA = field(a.json.array(), QStringLiteral("uuid"));
    const QStringList uuidsB = field(b.json.array(), QStringLiteral("uuid"));
    QVERIFY(!QSet<QString>(uuidsA.cbegin(), uuidsA.cend()).intersects(QSet<QString>(uuidsB.cbegin(), uuidsB.cend())));
}

void TestSandboxTenants::secondTenantHasItsOwnData()
{
    const QStringList orgsB = m_server->organizationIds(QString::fromLatin1(kSecondKey));
    const QJsonArray conversationsB = m_second->all(orgPath(orgsB.at(0), QStringLiteral("/conversations")), {}, 500);
    QCOMPARE(conversationsB.size(), 30);
    QCOMPARE(m_second->all(orgPath(orgsB.at(1), QStringLiteral("/conversations")), {}, 500).size(), 5);
    QCOMPARE(m_first->all(orgPath(m_a.org, QStringLiteral("/conversations")), {}, 500).size(), 40);

    const QJsonArray contactsA = m_first->all(orgPath(m_a.org, QStringLiteral("/contacts")), {}, 500);
    const QJsonArray contactsB = m_second->all(orgPath(m_b.org, QStringLiteral("/contacts")), {}, 500);
    const QStringList contactIdsA = field(contactsA, QStringLiteral("contact_id"));
    const QStringList contactIdsB = field(contactsB, QStringLiteral("contact_id"));
    QVERIFY(!contactIdsB.isEmpty());
    QVERIFY(!QSet<QString>(contactIdsA.cbegin(), contactIdsA.cend()).intersects(QSet<QString>(contactIdsB.cbegin(), contactIdsB.cend())));
    QVERIFY(sorted(field(contactsA, QStringLiteral("name"))) != sorted(field(contactsB, QStringLiteral("name"))));
    const QStringList agentsA = field(m_first->get(orgPath(m_a.org, QStringLiteral("/agents"))).data(), QStringLiteral("name"));
    const QStringList agentsB = field(m_second->get(orgPath(m_b.org, QStringLiteral("/agents"))).data(), QStringLiteral("name"));
    QVERIFY(!QSet<QString>(agentsA.cbegin(), agentsA.cend()).intersects(QSet<QString>(agentsB.cbegin(), agentsB.cend())));

    // The messages speak for the second tenant's business, never the first's.
    bool ownBrand = false;
    for (const QString &conversation : field(conversationsB, QStringLiteral("conversation_id"))) {
        const Reply messages = m_second->get(orgPath(m_b.org, QStringLiteral("/conversations/") + seg(conversation) + QStringLiteral("/messages")),
                                             Client::query({{"limit", "500"}}));
        QCOMPARE(messages.status, 200);
        QVERIFY2(!messages.body.contains("Acme Roofing") && !messages.body.contains("acmeroofing.com"), messages.body.left(300).constData());
        ownBrand = ownBrand || messages.body.contains("Bluebird Roofing") || messages.body.contains("bluebirdroofing.com");
    }
    QVERIFY(ownBrand);
}

void TestSandboxTenants::otherTenantsOrganizationIsUnknown_data()
{
    QTest::addColumn<QByteArray>("ownerKey");
    QTest::addColumn<QByteArray>("otherKey");
    QTest::addColumn<QString>("ownPath");     // the owner's real organization and ids
    QTest::addColumn<QString>("unknownPath"); // the same with an organization id nobody has
    QTest::addColumn<QString>("query");

    const QString analytics = QStringLiteral("start_date=%1&end_date=%2")
                                  .arg(kAnchor.addDays(-90).toString(Qt::ISODate), kAnchor.toString(Qt::ISODate));
    for (const bool aOwns : {true, false}) {
        const TenantIds &ids = aOwns ? m_a : m_b;
        const QString conv = QStringLiteral("/conversations/") + seg(ids.conversation);
        const QString agent = QStringLiteral("/agents/") + seg(ids.agent);
        const QList<std::pair<const char *, QString>> routes{
            {"conversations", QStringLiteral("/conversations")},
            {"conversation", conv},
            {"messages", conv + QStringLiteral("/messages")},
            {"message", conv + QStringLiteral("/messages/") + seg(ids.message)},
            {"contacts", QStringLiteral("/contacts")},
            {"contact", QStringLiteral("/contacts/") + seg(ids.contact)},
            {"contact conversations", QStringLiteral("/contacts/") + seg(ids.contact) + QStringLiteral("/conversations")},
            {"companies", QStringLiteral("/companies")},
            {"company", QStringLiteral("/companies/") + seg(ids.company)},
            {"agents", QStringLiteral("/agents")},
            {"agent", agent},
            {"agent conversations", agent + QStringLiteral("/conversations")},
            {"sales", QStringLiteral("/sales")},
            {"sale", QStringLiteral("/sales/") + seg(ids.sale)},
            {"agent sales", agent + QStringLiteral("/sales")},
            {"analytics conversations", QStringLiteral("/analytics/conversations")},
            {"analytics response-time", QStringLiteral("/analytics/conversations/response-time")},
            {"analytics sales", QStringLiteral("/analytics/sales")},
            {"agent analytics", agent + QStringLiteral("/analytics")},
            {"response drafts", conv + QStringLiteral("/response-drafts")},
            {"response draft", conv + QStringLiteral("/response-drafts/") + seg(ids.responseDraft)},
            {"message drafts", QStringLiteral("/message-drafts")},
            {"message draft", QStringLiteral("/message-drafts/") + seg(ids.messageDraft)},
            {"audit logs", QStringLiteral("/audit-logs")},
            {"audit log", QStringLiteral("/audit-logs/") + seg(ids.audit)},
        };
        for (const auto &[name, rest] : routes) {
            QTest::addRow("%s: %s", aOwns ? "B asks A's" : "A asks B's", name)
                << (aOwns ? kFirstKey : kSecondKey) << (aOwns ? kSecondKey : kFirstKey) << orgPath(ids.org, rest)
                << orgPath(QStringLiteral("HR_id_nobodys_org"), rest)
                << (QString::fromLatin1(name).contains(QLatin1String("analytics")) ? analytics : QString());
        }
    }
}

void TestSandboxTenants::otherTenantsOrganizationIsUnknown()
{
    QFETCH(QByteArray, ownerKey);
    QFETCH(QByteArray, otherKey);
    QFETCH(QString, ownPath);
    QFETCH(QString, unknownPath);
    QFETCH(QString, query);
    Client owner(m_server->url(), ownerKey);
    Client other(m_server->url(), otherKey);
    const Reply own = owner.get(ownPath, QUrlQuery(query));
    QVERIFY2(own.status == 200, own.body.constData()); // the route works: the refusal below is about the tenant
    const Reply foreign = other.get(ownPath, QUrlQuery(query));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.detail(), QStringLiteral("Invalid organization_id"));
    const Reply unknown = other.get(unknownPath, QUrlQuery(query));
    QCOMPARE(foreign.status, unknown.status);
    QCOMPARE(foreign.body, unknown.body);
}

void TestSandboxTenants::otherTenantsOrganizationTakesNoWrites()
{
    const QString conv = QStringLiteral("/conversations/") + seg(m_b.conversation);
    const auto contactCount = [this] { return m_second->all(orgPath(m_b.org, QStringLiteral("/contacts")), {}, 500).size(); };
    const qsizetype contactsBefore = contactCount();
    const QList<Reply> replies{
        m_first->post(orgPath(m_b.org, QStringLiteral("/contacts")), QJsonObject{{QStringLiteral("name"), QStringLiteral("Intruder")}}),
        m_first->post(orgPath(m_b.org, QStringLiteral("/companies")),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Intruder Inc")}, {QStringLiteral("domain"), QStringLiteral("intruder.example")}}),
        m_first->post(orgPath(m_b.org, QStringLiteral("/message-drafts")),
                      QJsonObject{{QStringLiteral("modality"), QStringLiteral("email")}, {QStringLiteral("subject"), QStringLiteral("Hi")},
                                  {QStringLiteral("to_email"), QStringLiteral("x@example.com")}}),
        m_first->post(orgPath(m_b.org, conv + QStringLiteral("/response-drafts")),
                      QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Overwritten</p>")}}),
        m_first->del(orgPath(m_b.org, conv + QStringLiteral("/response-drafts/") + seg(m_b.responseDraft))),
        m_first->del(orgPath(m_b.org, QStringLiteral("/message-drafts/") + seg(m_b.messageDraft))),
    };
    for (const Reply &reply : replies) {
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.detail(), QStringLiteral("Invalid organization_id"));
    }
    QCOMPARE(contactCount(), contactsBefore);
    const Reply draft = m_second->get(orgPath(m_b.org, conv + QStringLiteral("/response-drafts/") + seg(m_b.responseDraft)));
    QCOMPARE(draft.status, 200);
    QCOMPARE(draft.object().value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Mine</p>"));
    QCOMPARE(m_second->get(orgPath(m_b.org, QStringLiteral("/message-drafts/") + seg(m_b.messageDraft))).status, 200);
}

void TestSandboxTenants::otherTenantsSolutionIsUnknown()
{
    const QString query = QStringLiteral("start_date=%1&end_date=%2")
                              .arg(kAnchor.addDays(-30).toString(Qt::ISODate), kAnchor.toString(Qt::ISODate));
    const auto analytics = [](const QString &uuid) { return QStringLiteral("/api/v1/solutions/") + uuid + QStringLiteral("/analytics"); };
    QCOMPARE(m_first->get(analytics(m_a.uuid), QUrlQuery(query)).status, 200);
    QCOMPARE(m_second->get(analytics(m_b.uuid), QUrlQuery(query)).status, 200);
    const Reply unknown = m_first->get(analytics(QStringLiteral("00000000-0000-4000-8000-000000000000")), QUrlQuery(query));
    QCOMPARE(unknown.status, 404);
    for (const Reply &foreign : {m_first->get(analytics(m_b.uuid), QUrlQuery(query)), m_second->get(analytics(m_a.uuid), QUrlQuery(query))}) {
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.detail(), QStringLiteral("Solution not found"));
        QCOMPARE(foreign.body, unknown.body);
    }
}

void TestSandboxTenants::secondKeyOff()
{
    for (const QString &second : {QString(), QString::fromLatin1(kFirstKey)}) { // the same key twice is no second tenant
        SandboxOptions options;
        options.apiKey = QString::fromLatin1(kFirstKey);
        options.secondApiKey = second;
        options.conversations = 20;
        options.anchor = kAnchor;
        SandboxServer server(options);
        QVERIFY(server.start());
        Client client(server.url(), kFirstKey);
        const Reply reply = client.get(QStringLiteral("/api/v2/organizations"));
        QCOMPARE(field(reply.data(), QStringLiteral("name")), (QStringList{"Acme Roofing", "Ferris Aircraft Sales"}));
        QCOMPARE(server.organizationIds(QString::fromLatin1(kFirstKey)), field(reply.data(), QStringLiteral("organization_id")));
        const Reply stranger = client.send("GET", QStringLiteral("/api/v2/organizations"), {}, {}, &kSecondKey);
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.detail(), QStringLiteral("Invalid API Key"));
        QVERIFY(server.organizationIds(QString::fromLatin1(kSecondKey)).isEmpty());
    }
}

void TestSandboxTenants::dataDirGainsSecondTenant()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(kFirstKey);
    options.conversations = 20;
    options.anchor = kAnchor;
    options.dataDir = dir.path();
    QStringList orgsA;
    {
        SandboxServer alone(options);
        QVERIFY(alone.start());
        orgsA = alone.organizationIds();
        QCOMPARE(orgsA.size(), 2);
    }
    {
        // Make it a data dir from before tenants existed (the file name is the sandbox's own).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-schema"));
        db.setDatabaseName(dir.filePath(QStringLiteral("hyperrep-sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE organizations DROP COLUMN tenant")), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-schema"));

    options.secondApiKey = QString::fromLatin1(kSecondKey);
    QStringList orgsB;
    {
        SandboxServer both(options);
        QVERIFY(both.start());
        QCOMPARE(both.organizationIds(QString::fromLatin1(kFirstKey)), orgsA);
        orgsB = both.organizationIds(QString::fromLatin1(kSecondKey));
        QCOMPARE(orgsB.size(), 2);
        Client second(both.url(), kSecondKey);
        const Reply reply = second.get(QStringLiteral("/api/v2/organizations"));
        QCOMPARE(field(reply.data(), QStringLiteral("organization_id")), orgsB);
        QCOMPARE(second.get(orgPath(orgsA.at(0), QStringLiteral("/conversations"))).detail(), QStringLiteral("Invalid organization_id"));
    }
    SandboxServer again(options);
    QVERIFY(again.start());
    QCOMPARE(again.organizationIds(QString::fromLatin1(kSecondKey)), orgsB); // kept, not generated twice
    QCOMPARE(again.organizationIds(QString::fromLatin1(kFirstKey)), orgsA);
}

QTEST_GUILESS_MAIN(TestSandboxTenants)
#include "tst_sandbox_tenants.moc"
