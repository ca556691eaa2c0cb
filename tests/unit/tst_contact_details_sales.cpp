// The sales section of ContactDetails while the organization's SalesIndex
// walks GET /sales (scripted FakeInboxProvider pages, a temporary Cache):
// Loading while it walks, Loaded as soon as a linked sale arrives, Empty after
// a complete walk without one, Error (retryable) when the walk fails before it
// ever completed, and never a Loading state left over once a walk has ended.
#include "tst_contact_details_support.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::detailstest;

class TestContactDetailsSales : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_runs = 0;
    DetailsRig m_rig;
    // The sales section's state each time a walk ended (the details see the signal first).
    QList<State> m_atWalkEnd;

    ContactDetails &d() { return *m_rig.details; }
    SalesIndex &index() { return *m_rig.sales; }
    void script(const QJsonArray &sales, const QString &nextCursor = {}, int delayMs = 0)
    {
        m_rig.fake->script(QStringLiteral("listSales"), delayed(FakeInboxProvider::page(sales, nextCursor), delayMs));
    }
    bool walkEnded() { return QTest::qWaitFor([this] { return !index().isLoading(); }, 5000); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        const QString problem = m_rig.build(m_dir.path(), QStringLiteral("sales-%1").arg(++m_runs));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_atWalkEnd.clear();
        connect(m_rig.sales.get(), &SalesIndex::loadingChanged, this, [this](bool loading) {
            if (!loading)
                m_atWalkEnd << d().state(Section::Sales);
        });
    }

    void cleanup()
    {
        // Whatever a test did, no walk ended with the section still spinning.
        QVERIFY2(!m_atWalkEnd.contains(State::Loading), "the sales section was Loading after its walk ended");
        m_rig.tearDown();
    }

    void loadingWhileWalkingLoadedWhenALinkedSaleArrives()
    {
        script({sale(QStringLiteral("s9"), QStringLiteral("c9"))}, QStringLiteral("p2"));
        // Delays wide enough to look at each step of the walk on a busy machine.
        script({sale(QStringLiteral("s1"), QStringLiteral("c1"))}, QStringLiteral("p3"), 150);
        script({sale(QStringLiteral("s8"), QStringLiteral("c8"))}, {}, 400);
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Loading);
        QTRY_COMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 2);
        QCOMPARE(d().state(Section::Sales), State::Loading); // the first page had nothing for c1

        // Found during the walk: shown at once, with a note that more may come.
        QTRY_COMPARE(d().state(Section::Sales), State::Loaded);
        QVERIFY(index().isLoading());
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        QVERIFY(!d().salesNote().isEmpty());

        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        QVERIFY(d().salesNote().isEmpty());
        QCOMPARE(m_rig.fake->calls(), (QStringList{QStringLiteral("listSales o1"), QStringLiteral("listSales o1 p2"),
                                                   QStringLiteral("listSales o1 p3")}));
        QCOMPARE(m_atWalkEnd, QList<State>{State::Loaded});
    }

    void emptyAfterACompleteWalkWithoutOne()
    {
        script({sale(QStringLiteral("s9"), QStringLiteral("c9"))}, QStringLiteral("p2"));
        script({sale(QStringLiteral("s8"), QStringLiteral("c8"))}, {}, 200);
        QSignalSpy changed(m_rig.details.get(), &ContactDetails::sectionChanged);
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Loading);
        QTRY_COMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 2);
        QCOMPARE(d().state(Section::Sales), State::Loading); // not "no sales" before the walk is complete
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Empty);
        QCOMPARE(d().message(Section::Sales), QStringLiteral("No sales linked to this conversation"));
        QVERIFY(d().sales().isEmpty());
        QCOMPARE(m_atWalkEnd, QList<State>{State::Empty});
        QVERIFY(!changed.isEmpty());
    }

    void errorWhenTheWalkFailsBeforeCompletingThenRetryResumes()
    {
        script({sale(QStringLiteral("s9"), QStringLiteral("c9"))}, QStringLiteral("p2"));
        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::network(QStringLiteral("Connection reset")));
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Error);
        QVERIFY(d().retryable(Section::Sales));
        QVERIFY(!d().message(Section::Sales).isEmpty());
        QVERIFY(!index().isComplete());

        // Retry goes on from the page that failed, and recovers.
        m_rig.fake->clearCalls();
        script({sale(QStringLiteral("s1"), QStringLiteral("c1"))});
        d().retry(Section::Sales);
        QCOMPARE(d().state(Section::Sales), State::Loading);
        QVERIFY(walkEnded());
        QCOMPARE(m_rig.fake->calls(), QStringList{QStringLiteral("listSales o1 p2")});
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        QVERIFY(index().isComplete());
        QCOMPARE(m_atWalkEnd, (QList<State>{State::Error, State::Loaded}));
    }

    void aFailedWalkKeepsALinkedSaleItAlreadyFound()
    {
        script({sale(QStringLiteral("s1"), QStringLiteral("c1"))}, QStringLiteral("p2"));
        m_rig.fake->script(QStringLiteral("listSales"), FakeInboxProvider::status(503));
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        QVERIFY(!d().salesNote().isEmpty()); // the index is not complete: more may exist
    }

    void oneWalkServesEveryConversation()
    {
        script({sale(QStringLiteral("s1"), QStringLiteral("c1"))}, QStringLiteral("p2"));
        script({sale(QStringLiteral("s2"), QStringLiteral("c2"))}, {}, 400);
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QTRY_COMPARE(d().state(Section::Sales), State::Loaded);
        // Moved on while the walk runs: the same walk answers for the new conversation.
        d().show(conversation(QStringLiteral("c2"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Loading);
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s2")});

        // The index is complete and fresh: the answer is there at once, without a request.
        QList<State> salesStates;
        connect(m_rig.details.get(), &ContactDetails::sectionChanged, this, [&](Section s) {
            if (s == Section::Sales)
                salesStates << d().state(s);
        });
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});
        d().show(conversation(QStringLiteral("c3"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Empty);
        QTest::qWait(20);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 2);
        QVERIFY(!salesStates.isEmpty());
        QVERIFY(!salesStates.contains(State::Loading));
    }

    void aFailedRefreshOfACompleteIndexKeepsWhatItKnows()
    {
        // A complete walk an hour ago: stale, so showing a conversation refreshes it.
        const qint64 walk = m_rig.cache->beginSalesWalk();
        QVERIFY(walk > 0);
        Sale old;
        old.saleId = QStringLiteral("s1");
        old.associatedConversationIds = {QStringLiteral("c1")};
        QVERIFY(m_rig.cache->saveSalesPage(walk, {old}, QString()));
        m_rig.cache->finishSalesWalk(walk, QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(index().isComplete());
        QVERIFY(!index().isFresh());

        m_rig.fake->setDefault(QStringLiteral("listSales"), FakeInboxProvider::network());
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Loaded); // from the cache, before the refresh answers
        QVERIFY(index().isLoading());
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Loaded);
        QCOMPARE(saleIds(d().sales()), QStringList{QStringLiteral("s1")});

        // A conversation the complete index has no sale for: still "none", not an error.
        d().show(conversation(QStringLiteral("c2"), QString()), std::nullopt);
        QVERIFY(walkEnded());
        QCOMPARE(d().state(Section::Sales), State::Empty);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 2);
    }

    void retryWhenTheIndexCannotWalkDoesNotSpin()
    {
        // An index with nothing to ask (no provider): there is no walk whose end would settle a spinner.
        index().setSource(nullptr, m_rig.cache.get(), kOrg);
        d().show(conversation(QStringLiteral("c1"), QString()), std::nullopt);
        QCOMPARE(d().state(Section::Sales), State::Error);
        QVERIFY(d().retryable(Section::Sales));
        d().retry(Section::Sales);
        QCoreApplication::processEvents();
        QVERIFY(!index().isLoading());
        QCOMPARE(d().state(Section::Sales), State::Error);
        QCOMPARE(m_rig.fake->callCount(QStringLiteral("listSales")), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactDetailsSales)
#include "tst_contact_details_sales.moc"
