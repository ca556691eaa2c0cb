// A Fernand account's server-side filters and orderings (ConversationQuery through the
// organization session and the list model) and its drafts for a colleague (AgentDrafts:
// title, author, target; created once, deleted), against the Fernand sandbox. No widgets.
#include "AccountInfo.h"
#include "AccountSession.h"
#include "AgentDrafts.h"
#include "Conversation.h"
#include "ConversationListModel.h"
#include "ConversationQuery.h"
#include "FernandProvider.h"
#include "FernandSandboxServer.h"
#include "OrganizationSession.h"
#include "SessionManager.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace repdesk;

class TestFernandQueries : public QObject
{
    Q_OBJECT
    std::unique_ptr<FernandSandboxServer> m_server;
    std::unique_ptr<SessionManager> m_manager;
    OrganizationSession *m_org = nullptr;

    ConversationListModel *list() const { return m_org->conversations(); }

    // Applies a query and waits for its first page.
    bool apply(const ConversationQuery &q)
    {
        m_org->setConversationQuery(q);
        using F = PagedListModel::FetchState;
        return QTest::qWaitFor([this] { return list()->fetchState() == F::Complete || list()->fetchState() == F::Error; },
                               30000);
    }

    int postsTo(const QString &pathPart) const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog())
            n += e.request.method == "POST" && e.request.path.contains(pathPart) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FernandSandboxOptions options;
        options.apiKey = QStringLiteral("sk_queries");
        options.conversations = 90;
        m_server = std::make_unique<FernandSandboxServer>(options);
        QVERIFY(m_server->start());
        m_manager = std::make_unique<SessionManager>(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QString error;
        QVERIFY2(m_manager->initialize(&error), qPrintable(error));
        SessionManager::Launch launch;
        launch.server = m_server->url();
        launch.serverGiven = true;
        launch.provider = AccountInfo::fernandProvider();
        launch.environmentKey = "sk_queries";
        m_manager->start(launch);
        QVERIFY(m_manager->current());
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->current()->organization(), 15000);
        m_org = m_manager->current()->organization();
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), 90, 30000);
        QVERIFY(m_manager->current()->has(InboxProvider::ConversationQueries));
        QVERIFY(m_manager->current()->has(InboxProvider::AgentDrafts));
    }

    void statusFilterListsOnlyThatStatus()
    {
        int closedOnServer = 0;
        for (const auto &c : std::as_const(m_server->data().conversations))
            closedOnServer += c.status == QLatin1String("CLOSED") ? 1 : 0;
        QVERIFY(closedOnServer > 0 && closedOnServer < 90);
        ConversationQuery q;
        q.status = QStringLiteral("closed");
        QVERIFY(apply(q));
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), closedOnServer, 15000);
        for (int row = 0; row < list()->itemRowCount(); ++row)
            QCOMPARE(list()->conversation(row)->folder, QStringLiteral("closed"));
        QVERIFY(list()->isServerFiltered());
        // The request said so, in Fernand's words.
        QVERIFY(m_server->requestLog().constLast().request.query.contains("status%3Aclosed"));
    }

    void assigneeFiltersAskTheServer()
    {
        // Unassigned: exactly the conversations without an agent.
        QSet<QString> unassigned;
        for (const auto &c : std::as_const(m_server->data().conversations))
            if (!c.agentId)
                unassigned.insert(QString::number(c.id));
        ConversationQuery q;
        q.assignee = ConversationQuery::Assignee::Unassigned;
        QVERIFY(apply(q));
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), int(unassigned.size()), 15000);
        for (int row = 0; row < list()->itemRowCount(); ++row)
            QVERIFY(unassigned.contains(list()->conversation(row)->conversationId));

        // One agent, by e-mail ("assigned to me" is choosing yourself).
        const auto &agent = m_server->data().agents.constFirst();
        QSet<QString> theirs;
        for (const auto &c : std::as_const(m_server->data().conversations))
            if (c.agentId == agent.id)
                theirs.insert(QString::number(c.id));
        QVERIFY(!theirs.isEmpty());
        q.assignee = ConversationQuery::Assignee::Agent;
        q.agentEmail = agent.email;
        QVERIFY(apply(q));
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), int(theirs.size()), 15000);
        for (int row = 0; row < list()->itemRowCount(); ++row)
            QVERIFY(theirs.contains(list()->conversation(row)->conversationId));
    }

    void orderOldestKeepsTheServersOrder()
    {
        ConversationQuery q;
        q.order = ConversationQuery::Order::Oldest;
        QVERIFY(apply(q));
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), 90, 15000);
        // Oldest activity first, not re-sorted by the list into newest first.
        for (int row = 1; row < list()->itemRowCount(); ++row)
            QVERIFY(list()->conversation(row - 1)->lastActivityAt <= list()->conversation(row)->lastActivityAt);
        QVERIFY(!list()->isServerFiltered()); // an order alone selects everything
    }

    void clearingTheQueryShowsTheWholeListByActivity()
    {
        QVERIFY(apply({}));
        QTRY_COMPARE_WITH_TIMEOUT(list()->itemRowCount(), 90, 15000);
        for (int row = 1; row < list()->itemRowCount(); ++row)
            QVERIFY(list()->conversation(row - 1)->lastActivityAt >= list()->conversation(row)->lastActivityAt);
        QVERIFY(m_org->conversationQuery().isEmpty());
    }

    void draftForAColleagueIsCreatedWithTitleAndTargetThenDeleted()
    {
        AgentDrafts drafts(m_org);
        QVERIFY(drafts.isAvailable());
        const auto &agents = m_server->data().agents;
        QVERIFY(agents.size() >= 2);
        const QString conv = QString::number(m_server->data().conversations.firstKey());
        const int draftsBefore = m_server->data().drafts.size();
        AgentDraftRequest request;
        request.contentHtml = QStringLiteral("<p>Ask legal before we promise the SLA.</p>");
        request.title = QStringLiteral("Lawyer response");
        request.authorAgentId = QString::number(agents.at(0).id);
        request.targetAgentId = QString::number(agents.at(1).id);
        QSignalSpy created(&drafts, &AgentDrafts::created);
        QVERIFY(drafts.create(conv, request));
        QVERIFY(!drafts.create(conv, request)); // one at a time: a second click sends nothing
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        QCOMPARE(m_server->data().drafts.size(), draftsBefore + 1);
        const auto &onServer = m_server->data().drafts.last();
        QCOMPARE(onServer.title, request.title);
        QCOMPARE(onServer.authorId, agents.at(0).id);
        QCOMPARE(onServer.targetId, agents.at(1).id);
        QCOMPARE(QString::number(onServer.conversationId), conv);
        const AgentDraft draft = created.first().first().value<AgentDraft>();
        QCOMPARE(draft.title, request.title);
        QCOMPARE(drafts.drafts(conv).size(), 1);

        QSignalSpy removed(&drafts, &AgentDrafts::removed);
        QVERIFY(drafts.remove(conv, draft.id));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 15000);
        QCOMPARE(m_server->data().drafts.size(), draftsBefore);
        QVERIFY(drafts.drafts(conv).isEmpty());
    }

    void aCreateThatMayHaveLandedIsNotSentAgain()
    {
        AgentDrafts drafts(m_org);
        const QString conv = QString::number(m_server->data().conversations.firstKey());
        AgentDraftRequest request;
        request.contentHtml = QStringLiteral("<p>Second opinion please.</p>");
        request.authorAgentId = QString::number(m_server->data().agents.at(0).id);
        const int postsBefore = postsTo(QStringLiteral("/drafts"));
        m_server->injectFaults(1, 500);
        QSignalSpy failed(&drafts, &AgentDrafts::failed);
        QVERIFY(drafts.create(conv, request));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.first().first().value<AgentDrafts::Failure>(), AgentDrafts::Failure::Uncertain);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("may or may not")));
        QTest::qWait(300); // no retry on its way either
        QCOMPARE(postsTo(QStringLiteral("/drafts")), postsBefore + 1);
        QVERIFY(drafts.drafts(conv).isEmpty());
    }

    void invalidDraftsAreRefusedWithoutARequest()
    {
        AgentDrafts drafts(m_org);
        const QString conv = QString::number(m_server->data().conversations.firstKey());
        const int requests = m_server->requestLog().size();
        QSignalSpy failed(&drafts, &AgentDrafts::failed);
        AgentDraftRequest noText;
        noText.authorAgentId = QString::number(m_server->data().agents.at(0).id);
        QVERIFY(drafts.create(conv, noText));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.last().first().value<AgentDrafts::Failure>(), AgentDrafts::Failure::Refused);
        AgentDraftRequest noAuthor;
        noAuthor.contentHtml = QStringLiteral("<p>x</p>");
        QVERIFY(drafts.create(conv, noAuthor));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
        AgentDraftRequest longTitle = noAuthor;
        longTitle.authorAgentId = noText.authorAgentId;
        longTitle.title = QString(AgentDraftRequest::maxTitleLength + 1, QLatin1Char('t'));
        QVERIFY(drafts.create(conv, longTitle));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 5000);
        QCOMPARE(m_server->requestLog().size(), requests);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
    }
};

QTEST_GUILESS_MAIN(TestFernandQueries)
#include "tst_fernand_queries.moc"
