// Creating contacts and companies against repdesk-sandbox: the API's rules are checked before
// anything is sent, the server's 4xx lands on the field it names, and a create whose answer was
// lost is never sent twice: Repdesk first finds out whether the server took it.
#include "CreateValidation.h"
#include "CreateVerifier.h"
#include "tst_directory_support.h"

#include <QJsonDocument>

using namespace repdesk;
using namespace repdesk::test;

class TestDirectoryCreate : public QObject
{
    Q_OBJECT
    DirectoryFixture f;
    std::unique_ptr<AccountSession> account;
    std::unique_ptr<DirectorySession> directory;
    int unique = 0;

    QString uniqueEmail() { return QStringLiteral("new.person.%1@example.org").arg(++unique); }

    int contactsWithEmail(const QString &email)
    {
        int n = 0;
        for (const Contact &c : f.allContacts())
            n += c.email.compare(email, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }

    static bool settle(RecordCreate *create)
    {
        return QTest::qWaitFor([create] { return !create->isBusy(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 40;
        o.draftsToReview = false;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_directory_create")));
        account = f.openAccount(QStringLiteral("directory-create"));
        QVERIFY(account);
        directory = std::make_unique<DirectorySession>(account.get(), account->organization(), nullptr);
        directory->start();
        QVERIFY(QTest::qWaitFor([this] { return directory->agentsComplete(); }, 10000));
    }

    void init()
    {
        f.server->injectFaults(0, 500);
        f.server->injectDropAfterProcessing(0);
        f.server->clearRequestLog();
    }

    void contactNeedsNameEmailOrPhoneAndNothingIsSent()
    {
        RecordCreate *create = directory->newContactCreate(this);
        ContactCreateRequest empty;
        empty.name = QStringLiteral("   ");
        empty.companyRole = QStringLiteral("Buyer"); // not enough on its own
        QVERIFY(!create->submitContact(empty));
        QCOMPARE(create->state(), RecordCreate::State::Refused);
        QVERIFY(!create->errors().form.isEmpty());
        QCOMPARE(f.posts(QStringLiteral("contacts")), 0);
        delete create;
    }

    void companyRulesAreCheckedBeforeSending()
    {
        RecordCreate *create = directory->newCompanyCreate(this);
        CompanyCreateRequest r;
        r.domain = QStringLiteral("https://localhost/path");
        r.agentId = QStringLiteral("HR_id_not_in_this_org");
        QVERIFY(!create->submitCompany(r));
        QCOMPARE(create->state(), RecordCreate::State::Refused);
        QVERIFY(!create->errors().field(QStringLiteral("name")).isEmpty());
        QVERIFY(!create->errors().field(QStringLiteral("domain")).isEmpty());
        QVERIFY(!create->errors().field(QStringLiteral("agent_id")).isEmpty());
        QCOMPARE(f.posts(QStringLiteral("companies")), 0);
        QCOMPARE(CreateValidation::normalizeDomain(QStringLiteral(" HTTPS://Www.Example.COM/about?x=1")),
                 QStringLiteral("www.example.com"));
        delete create;
    }

    void companyIsCreatedWithItsDomainNormalizedAndJoinsTheList()
    {
        QSignalSpy joined(directory.get(), &DirectorySession::recordCreated);
        RecordCreate *create = directory->newCompanyCreate(this);
        CompanyCreateRequest r;
        r.name = QStringLiteral("Ferris Aircraft");
        r.domain = QStringLiteral("HTTP://FerrisAircraft.COM/about");
        r.agentId = directory->agentIds().first();
        QVERIFY(create->submitCompany(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Created);
        QCOMPARE(create->company()->domain, QStringLiteral("ferrisaircraft.com"));
        QByteArray sent;
        for (const auto &record : f.server->requestLog())
            sent = record.method == QLatin1String("POST") ? record.body : sent;
        const QJsonObject body = QJsonDocument::fromJson(sent).object();
        QCOMPARE(body.value(QStringLiteral("domain")).toString(), QStringLiteral("ferrisaircraft.com"));
        QCOMPARE(joined.count(), 1);
        QCOMPARE(directory->companies()->company(0)->companyId, create->createdId());
        QCOMPARE(directory->companyName(create->createdId()), QStringLiteral("Ferris Aircraft"));
        delete create;
    }

    void serversRefusalLandsOnItsField()
    {
        // The domain has a dot, so it passes here; the server refuses its underscore (422, loc domain).
        RecordCreate *create = directory->newCompanyCreate(this);
        CompanyCreateRequest r;
        r.name = QStringLiteral("Bad Domain Inc");
        r.domain = QStringLiteral("bad_domain.com");
        QVERIFY(create->submitCompany(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Refused);
        QVERIFY2(create->errors().field(QStringLiteral("domain")).contains(QLatin1String("domain")),
                 qPrintable(create->errors().field(QStringLiteral("domain"))));
        QVERIFY(create->errors().form.isEmpty());
        QCOMPARE(create->postsSent(), 1);
        delete create;

        // An agent of another organization: "Invalid agent_id" (400) goes next to the agent.
        RecordCreate *other = new RecordCreate(RecordCreate::Kind::Company, f.client(), f.org, this);
        const QString foreignAgent = run(f.client()->listAgents(f.secondOrg, ListQuery{1, {}, {}, {}})).value->items.first().agentId;
        r.domain = QStringLiteral("good.example");
        r.agentId = foreignAgent;
        QVERIFY(other->submitCompany(r));
        QVERIFY(settle(other));
        QCOMPARE(other->state(), RecordCreate::State::Refused);
        QVERIFY(!other->errors().field(QStringLiteral("agent_id")).isEmpty());
        delete other;
    }

    void droppedAnswerAfterTheServerTookItIsNotSentAgain()
    {
        RecordCreate *create = directory->newContactCreate(this);
        QSignalSpy created(create, &RecordCreate::created);
        ContactCreateRequest r;
        r.name = QStringLiteral("Hal Jordan");
        r.email = uniqueEmail();
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QVERIFY(create->submitContact(r));
        QVERIFY(created.wait(20000));
        QCOMPARE(create->state(), RecordCreate::State::Created);
        QCOMPARE(create->postsSent(), 1);
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(contactsWithEmail(r.email), 1);
        QCOMPARE(create->contact()->email, r.email);
        // The record found by the check is the one the directory opens and lists first.
        QCOMPARE(directory->contacts()->contact(0)->contactId, create->createdId());
        delete create;
    }

    void droppedBeforeTheServerTookItIsSentAgainOnlyAfterACheck()
    {
        RecordCreate *create = directory->newContactCreate(this);
        ContactCreateRequest r;
        r.phoneNumber = QStringLiteral("+1 415 555 0199");
        r.email = uniqueEmail();
        f.server->injectFaults(1, 0); // the connection drops, nothing processed
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::NotCreated);
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(contactsWithEmail(r.email), 0);

        // Create again: a check first, then the one POST that creates it.
        f.server->clearRequestLog();
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Created);
        const auto log = f.server->requestLog();
        QVERIFY(log.first().method == QLatin1String("GET")); // the check came before the POST
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(contactsWithEmail(r.email), 1);
        delete create;
    }

    void uncheckableOutcomeNeverPostsAgain()
    {
        RecordCreate *create = directory->newContactCreate(this);
        ContactCreateRequest r;
        r.name = QStringLiteral("Unconfirmed Person");
        r.email = uniqueEmail();
        // The POST is processed and its answer lost; then every request fails.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Unconfirmed);
        QVERIFY(!create->statusText().isEmpty());

        // Pressing Create (Check again) while nobody can tell asks; it does not POST.
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Unconfirmed);
        QCOMPARE(create->postsSent(), 1);

        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Created);
        QCOMPARE(create->postsSent(), 1);
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(contactsWithEmail(r.email), 1);
        delete create;
    }

    void formClosedInDoubtIsCheckedOnByTheSession()
    {
        RecordCreate *create = directory->newContactCreate(this);
        ContactCreateRequest r;
        r.name = QStringLiteral("Kyle Rayner");
        r.email = uniqueEmail();
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QVERIFY(create->submitContact(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Unconfirmed);

        // The form closes; the session checks on by itself and never posts.
        directory->setRecheckDelayMs(50);
        QSignalSpy later(directory.get(), &DirectorySession::createdLater);
        directory->keepChecking(create);
        QCOMPARE(directory->pendingChecks(), 1);
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QVERIFY(later.wait(20000));
        QCOMPARE(later.first().at(2).toString(), QStringLiteral("Kyle Rayner"));
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(contactsWithEmail(r.email), 1);
        QCOMPARE(directory->contacts()->contact(0)->email, r.email);
        QTRY_COMPARE(directory->pendingChecks(), 0);
    }

    void formClosedAfterACleanRefusalLeavesNothingToCheck()
    {
        RecordCreate *create = directory->newCompanyCreate(this);
        CompanyCreateRequest r;
        r.name = QStringLiteral("Refused Inc");
        r.domain = QStringLiteral("bad_domain.example");
        QVERIFY(create->submitCompany(r));
        QVERIFY(settle(create));
        QCOMPARE(create->state(), RecordCreate::State::Refused);
        QVERIFY(!create->hasDoubt()); // the server answered: nothing to find out
        directory->keepChecking(create);
        QCOMPARE(directory->pendingChecks(), 0);
        delete create;
    }

    void theCheckRecognisesTheRecordSent()
    {
        const QDateTime attempt(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        ContactCreateRequest r;
        r.name = QStringLiteral("Hal Jordan");
        r.phoneNumber = QStringLiteral("+1 (415) 555-0199");
        Contact stored;
        stored.name = QStringLiteral("Hal Jordan");
        stored.phoneNumber = QStringLiteral("+14155550199"); // the server's own formatting
        stored.createdAt = attempt.addSecs(2);
        QVERIFY(CreateVerifier::matches(r, stored, attempt));
        stored.createdAt = attempt.addSecs(-CreateVerifier::clockSkewMarginSecs - 60); // an older namesake
        QVERIFY(!CreateVerifier::matches(r, stored, attempt));
        stored.createdAt = attempt;
        stored.email = QStringLiteral("hal@example.org"); // more than was sent: someone else's record
        QVERIFY(!CreateVerifier::matches(r, stored, attempt));

        CompanyCreateRequest c;
        c.name = QStringLiteral("Ferris Aircraft");
        c.domain = QStringLiteral("ferrisaircraft.com");
        Company company;
        company.name = c.name;
        company.domain = QStringLiteral("FerrisAircraft.com");
        QVERIFY(CreateVerifier::matches(c, company, attempt)); // no creation time: not ruled out by it
        company.agentId = QStringLiteral("HR_id_someone");
        QVERIFY(!CreateVerifier::matches(c, company, attempt));
    }

    void serverErrorsMapToFields()
    {
        const QStringList fields = CreateValidation::companyFields();
        const ApiError located(ApiError::Kind::Validation,
                               QStringLiteral("domain: Value error, domain must contain a dot; name: Field required"), 422);
        FieldErrors e = CreateValidation::fromServer(located, fields);
        QCOMPARE(e.field(QStringLiteral("domain")), QStringLiteral("domain must contain a dot"));
        QCOMPARE(e.field(QStringLiteral("name")), QStringLiteral("Field required"));
        QVERIFY(e.form.isEmpty());
        e = CreateValidation::fromServer(ApiError(ApiError::Kind::Validation, QStringLiteral("Something else"), 400), fields);
        QVERIFY(e.fields.isEmpty());
        QCOMPARE(e.form, QStringLiteral("Something else"));
    }

    void cleanupTestCase()
    {
        directory.reset();
        account.reset();
    }
};

QTEST_MAIN(TestDirectoryCreate)
#include "tst_directory_create.moc"
