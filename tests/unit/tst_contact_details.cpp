// ContactDetails without any widget: the scripted FakeInboxProvider answers,
// a Cache in a temporary directory holds the organization's SalesIndex, and
// the test reads the per-section states the contact panel would draw. The
// sales section's states during an index walk are in tst_contact_details_sales.
#include "tst_contact_details_support.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::detailstest;

class TestContactDetails : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_runs = 0;
    DetailsRig m_rig;

    ContactDetails &d() { return *m_rig.details; }
    bool settled() { return m_rig.settled(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        const QString problem = m_rig.build(m_dir.path(), QStringLiteral("acct-%1").arg(++m_runs));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_rig.tearDown(); }

    void everySectionLoads()
    {
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada"), QStringLiteral("co1")));
        m_rig.fake->script(QStringLiteral("getCompany"), company(QStringLiteral("co1"), QStringLiteral("Acme")));
        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       FakeInboxProvider::page({conversationJson(QStringLiteral("c1"), QStringLiteral("p1")),
                                                conversationJson(QStringLiteral("c2"), QStringLiteral("p1")),
                                                conversationJson(QStringLiteral("c3"), QStringLiteral("p1"))}));
        m_rig.fake->script(QStringLiteral("listSales"),
                       FakeInboxProvider::page({sale(QStringLiteral("s1"), QStringLiteral("c1")),
                                                sale(QStringLiteral("s2"), QStringLiteral("c9"))}));
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(d().isActive());
        for (const Section s : kAllSections)
            QCOMPARE(d().state(s), State::Loading);
        QVERIFY(settled());

        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().contact()->name, QStringLiteral("Ada"));
        QCOMPARE(d().state(Section::Company), State::Loaded);
        QCOMPARE(d().company()->name, QStringLiteral("Acme"));
        QCOMPARE(d().state(Section::Conversations), State::Loaded);
        // The open conversation is not one of the "other" conversations.
        QCOMPARE(conversationIds(d().otherConversations()), (QStringList{QStringLiteral("c2"), QStringLiteral("c3")}));
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        QVERIFY(d().salesNote().isEmpty());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).value<Contact>().contactId, QStringLiteral("p1"));
        QVERIFY(m_rig.fake->calls().contains(QStringLiteral("getCompany o1 co1")));
    }

    void emptySectionsSayWhatIsMissing()
    {
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada")));
        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       FakeInboxProvider::page({conversationJson(QStringLiteral("c1"), QStringLiteral("p1"))}));
        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::page({sale(QStringLiteral("s2"), QStringLiteral("c9"))}));
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(settled());
        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().state(Section::Company), State::Empty);
        QCOMPARE(d().message(Section::Company), QStringLiteral("No company"));
        QCOMPARE(d().state(Section::Conversations), State::Empty);
        QCOMPARE(d().message(Section::Conversations), QStringLiteral("No other conversations"));
        QCOMPARE(d().state(Section::Sales), State::Empty);
        QCOMPARE(d().message(Section::Sales), QStringLiteral("No sales linked to this conversation"));
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("getCompany")), 0);

        // A conversation without a contact asks nothing about one.
        m_rig.fake->clearCalls();
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("c5"), QString()), std::nullopt);
        QVERIFY(settled());
        QCOMPARE(d().state(Section::Contact), State::Empty);
        QCOMPARE(d().state(Section::Company), State::Empty);
        QCOMPARE(d().state(Section::Conversations), State::Empty);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("getContact")), 0);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listContactConversations")), 0);
        QCOMPARE(loaded.size(), 0);
    }

    void failedSectionsSayWhy()
    {
        m_rig.fake->script(QStringLiteral("getContact"), FakeInboxProvider::status(500, QStringLiteral("boom")));
        m_rig.fake->script(QStringLiteral("listContactConversations"), FakeInboxProvider::network());
        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::network());
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(settled());
        for (const Section s : {Section::Contact, Section::Conversations, Section::Sales}) {
            QCOMPARE(d().state(s), State::Error);
            QVERIFY(!d().message(s).isEmpty());
            QVERIFY(d().retryable(s));
        }
        // Without the contact nothing true can be said about its company, not even "No company".
        QCOMPARE(d().state(Section::Company), State::Hidden);
        QVERIFY(!m_rig.sales->isComplete());
        QCOMPARE(loaded.size(), 0);

        // The company fails on its own.
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada"), QStringLiteral("co1")));
        m_rig.fake->script(QStringLiteral("getCompany"), FakeInboxProvider::status(503));
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(settled());
        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().state(Section::Company), State::Error);
        QVERIFY(d().retryable(Section::Company));
    }

    void knownContactShownAtOnceThenRefreshed()
    {
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada Lovelace"), {}, 30));
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), knownContact(QStringLiteral("p1"), QStringLiteral("Ada (cached)")));
        // Synchronously, before any answer.
        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().contact()->name, QStringLiteral("Ada (cached)"));
        QCOMPARE(loaded.size(), 0);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(d().contact()->name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(loaded.size(), 1);

        // A cached contact of someone else is not this conversation's contact.
        d().show(conversation(QStringLiteral("c2"), QStringLiteral("p2")), knownContact(QStringLiteral("p1"), QStringLiteral("Ada")));
        QCOMPARE(d().state(Section::Contact), State::Loading);
        QVERIFY(!d().contact());
    }

    void failedRefreshKeepsTheKnownContact()
    {
        m_rig.fake->script(QStringLiteral("getContact"), FakeInboxProvider::network());
        QSignalSpy failed(m_rig.fake.get(), &InboxProvider::callFailed);
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), knownContact(QStringLiteral("p1"), QStringLiteral("Ada")));
        QVERIFY(settled());
        QTRY_VERIFY(m_rig.fake->callCount(QStringLiteral("getContact")) == 1 && !failed.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().contact()->name, QStringLiteral("Ada"));
        QCOMPARE(loaded.size(), 0);
    }

    void lateAnswersForAPreviousConversationAreDropped()
    {
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("pA"), QStringLiteral("Alice"), {}, 150));
        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       delayed(FakeInboxProvider::page({conversationJson(QStringLiteral("a2"), QStringLiteral("pA"))}), 150));
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("pB"), QStringLiteral("Bob")));
        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       FakeInboxProvider::page({conversationJson(QStringLiteral("b2"), QStringLiteral("pB"))}));
        QSignalSpy loaded(m_rig.details.get(), &ContactDetails::contactLoaded);
        d().show(conversation(QStringLiteral("a1"), QStringLiteral("pA")), std::nullopt);
        QTest::qWait(20);
        d().show(conversation(QStringLiteral("b1"), QStringLiteral("pB")), std::nullopt);
        QVERIFY(settled());
        QTest::qWait(300); // anything late for the first conversation has landed by now
        QCOMPARE(d().conversation().conversationId, QStringLiteral("b1"));
        QCOMPARE(d().contact()->name, QStringLiteral("Bob"));
        QCOMPARE(conversationIds(d().otherConversations()), QStringList{QStringLiteral("b2")});
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).value<Contact>().contactId, QStringLiteral("pB"));

        // Nor does anything land after clear().
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("pA"), QStringLiteral("Alice"), {}, 50));
        d().show(conversation(QStringLiteral("a1"), QStringLiteral("pA")), std::nullopt);
        QSignalSpy changed(m_rig.details.get(), &ContactDetails::sectionChanged);
        d().clear();
        QTest::qWait(150);
        QVERIFY(!d().isActive());
        QVERIFY(!d().contact());
        QCOMPARE(d().state(Section::Contact), State::Hidden);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void aRetryIsNotOverwrittenByTheAttemptItReplaced()
    {
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada")));
        m_rig.fake->script(QStringLiteral("listContactConversations"), delayed(FakeInboxProvider::status(500), 150));
        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       FakeInboxProvider::page({conversationJson(QStringLiteral("c2"), QStringLiteral("p1"))}));
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        d().retry(Section::Conversations);
        QTRY_COMPARE(d().state(Section::Conversations), State::Loaded);
        QTest::qWait(250);
        QCOMPARE(d().state(Section::Conversations), State::Loaded);
        QCOMPARE(conversationIds(d().otherConversations()), QStringList{QStringLiteral("c2")});
    }

    void aCompanyAnswerForTheCachedContactLosesToTheServersContact()
    {
        // The cached contact worked at co1; the server says they no longer have a company.
        m_rig.fake->script(QStringLiteral("getCompany"), company(QStringLiteral("co1"), QStringLiteral("Old Employer"), 150));
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada")));
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")),
                 knownContact(QStringLiteral("p1"), QStringLiteral("Ada"), QStringLiteral("co1")));
        QTRY_COMPARE(d().state(Section::Company), State::Empty);
        QTest::qWait(250); // the old company's answer has landed by now
        QCOMPARE(d().state(Section::Company), State::Empty);
        QVERIFY(!d().company());
    }

    void retryOfEachSectionReasksAndRecovers()
    {
        m_rig.fake->script(QStringLiteral("getContact"), FakeInboxProvider::status(500));
        m_rig.fake->script(QStringLiteral("listContactConversations"), FakeInboxProvider::status(500));
        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::network());
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(settled());
        for (const Section s : {Section::Contact, Section::Conversations, Section::Sales})
            QCOMPARE(d().state(s), State::Error);

        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada"), QStringLiteral("co1")));
        m_rig.fake->script(QStringLiteral("getCompany"), FakeInboxProvider::status(500));
        d().retry(Section::Contact);
        QCOMPARE(d().state(Section::Contact), State::Loading);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("getContact")), 2);
        QTRY_COMPARE(d().state(Section::Contact), State::Loaded);
        QTRY_COMPARE(d().state(Section::Company), State::Error);

        m_rig.fake->script(QStringLiteral("getCompany"), company(QStringLiteral("co1"), QStringLiteral("Acme")));
        d().retry(Section::Company);
        QCOMPARE(d().state(Section::Company), State::Loading);
        QTRY_COMPARE(d().state(Section::Company), State::Loaded);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("getCompany")), 2);
        QCOMPARE(d().company()->name, QStringLiteral("Acme"));

        m_rig.fake->script(QStringLiteral("listContactConversations"),
                       FakeInboxProvider::page({conversationJson(QStringLiteral("c2"), QStringLiteral("p1"))}));
        d().retry(Section::Conversations);
        QCOMPARE(d().state(Section::Conversations), State::Loading);
        QTRY_COMPARE(d().state(Section::Conversations), State::Loaded);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listContactConversations")), 2);

        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::page({sale(QStringLiteral("s1"), QStringLiteral("c1"))}));
        d().retry(Section::Sales);
        QCOMPARE(d().state(Section::Sales), State::Loading);
        QTRY_COMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 2);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
    }

    void retryAfterClearAsksNothing()
    {
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QVERIFY(settled());
        d().clear();
        m_rig.fake->clearCalls();
        for (const Section s : kAllSections)
            d().retry(s);
        QTest::qWait(20);
        QCOMPARE(m_rig.fake->calls(), QStringList());
        for (const Section s : kAllSections)
            QCOMPARE(d().state(s), State::Hidden);
    }

    void withoutCompaniesOrSalesThoseSectionsAreHidden()
    {
        m_rig.fake->setCapabilities(InboxProvider::Organizations | InboxProvider::ResponseDrafts | InboxProvider::MessageDrafts);
        m_rig.fake->script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ada"), QStringLiteral("co1")));
        QList<State> companyAndSalesStates;
        connect(m_rig.details.get(), &ContactDetails::sectionChanged, this, [&](Section s) {
            if (s == Section::Company || s == Section::Sales)
                companyAndSalesStates << d().state(s);
        });
        d().show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QCOMPARE(d().state(Section::Company), State::Hidden);
        QCOMPARE(d().state(Section::Sales), State::Hidden);
        QVERIFY(settled());
        QCOMPARE(d().state(Section::Contact), State::Loaded);
        QCOMPARE(d().state(Section::Company), State::Hidden);
        QCOMPARE(d().state(Section::Sales), State::Hidden);
        // Never in any other state on the way.
        for (const State state : std::as_const(companyAndSalesStates))
            QCOMPARE(state, State::Hidden);
        d().retry(Section::Sales);
        d().retry(Section::Company);
        QCOMPARE(d().state(Section::Sales), State::Hidden);
        QCOMPARE(d().state(Section::Company), State::Hidden);
        QTest::qWait(20);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("getCompany")), 0);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 0);
        QVERIFY(d().sales().isEmpty());
    }

    void withoutAProviderNothingSpins()
    {
        ContactDetails offline;
        offline.setSource(nullptr, kOrg, nullptr);
        offline.show(conversation(QStringLiteral("c1"), QStringLiteral("p1")), std::nullopt);
        QCoreApplication::processEvents();
        for (const Section s : kAllSections)
            QVERIFY2(offline.state(s) != State::Loading, QMetaEnum::fromType<Section>().valueToKey(int(s)));
        QCOMPARE(offline.state(Section::Contact), State::Error);
        QVERIFY(!offline.retryable(Section::Contact));
    }
};

QTEST_GUILESS_MAIN(TestContactDetails)
#include "tst_contact_details.moc"
