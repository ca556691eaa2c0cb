// A Fernand account end to end without widgets: the environment's key for one
// run and the demo path through SessionManager, the inbox models, the thread
// with notes and events, the workflow actions, all against the Fernand sandbox.
#include "AccountInfo.h"
#include "AccountSession.h"
#include "Conversation.h"
#include "ConversationListModel.h"
#include "ConversationUpdate.h"
#include "ConversationWorkflow.h"
#include "FernandProvider.h"
#include "FernandSandboxServer.h"
#include "HyperRepProvider.h"
#include "InboxProvider.h"
#include "KeyVerifier.h"
#include "Message.h"
#include "MessageThreadModel.h"
#include "Organization.h"
#include "OrganizationSession.h"
#include "SessionManager.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace repdesk;

class TestFernandSession : public QObject
{
    Q_OBJECT
    std::unique_ptr<FernandSandboxServer> m_server;

    std::unique_ptr<SessionManager> newManager()
    {
        auto m = std::make_unique<SessionManager>(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QString error;
        if (!m->initialize(&error))
            qWarning() << error;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FernandSandboxOptions options;
        options.apiKey = QStringLiteral("sk_session");
        options.conversations = 80;
        m_server = std::make_unique<FernandSandboxServer>(options);
        QVERIFY(m_server->start());
    }

    void environmentKeyOpensTheInboxWithinTheBudget()
    {
        auto manager = newManager();
        SessionManager::Launch launch;
        launch.server = m_server->url();
        launch.serverGiven = true;
        launch.provider = AccountInfo::fernandProvider();
        launch.environmentKey = "sk_session";
        manager->start(launch);
        AccountSession *session = manager->current();
        QVERIFY(session);
        QCOMPARE(session->provider()->providerId(), QStringLiteral("fernand"));
        QVERIFY(session->identity().label.contains(QLatin1String("FERNAND_API_KEY")));
        QTRY_VERIFY_WITH_TIMEOUT(session->organization(), 15000);
        OrganizationSession *org = session->organization();
        QCOMPARE(org->organizationId(), FernandProvider::organizationId());
        QTRY_VERIFY_WITH_TIMEOUT(org->conversations()->itemRowCount() == 80, 20000);
        // Every request carried Fernand's header and the key; none was refused.
        for (const auto &e : m_server->requestLog()) {
            QCOMPARE(e.request.apiKey, QByteArray("sk_session"));
            QVERIFY2(e.request.status < 400, qPrintable(e.request.path));
        }

        // A thread: the stream's notes and events arrive as their own kinds.
        QString withNote;
        for (const auto &c : std::as_const(m_server->data().conversations))
            for (const auto &item : c.items)
                if (item.type == QLatin1String("note") && withNote.isEmpty())
                    withNote = QString::number(c.id);
        QVERIFY(!withNote.isEmpty());
        QVERIFY(org->openConversation(withNote));
        QTRY_VERIFY_WITH_TIMEOUT(org->thread()->state() == MessageThreadModel::State::Loaded, 15000);
        bool note = false;
        for (int row = 0; row < org->thread()->rowCount(); ++row)
            note = note || org->thread()->index(row).data(MessageThreadModel::ModalityRole).toString() == QLatin1String("note");
        QVERIFY(note);

        // The workflow actions exist for Fernand and move the row to its new folder.
        ConversationWorkflow workflow(org);
        QVERIFY(workflow.canChangeStatus() && workflow.canSnooze() && workflow.canAssign());
        QSignalSpy done(&workflow, &ConversationWorkflow::done);
        workflow.setStatus(withNote, QStringLiteral("closed"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        const int row = org->conversations()->rowOf(withNote);
        QVERIFY(row >= 0);
        QCOMPARE(org->conversations()->conversation(row)->folder, QStringLiteral("closed"));
        QCOMPARE(m_server->data().conversations.value(withNote.toLongLong()).status, QStringLiteral("CLOSED"));
        workflow.loadAgents();
        QTRY_VERIFY_WITH_TIMEOUT(!workflow.agents().isEmpty(), 15000);
        workflow.assign(withNote, workflow.agents().at(1).agentId);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
        QCOMPARE(m_server->data().conversations.value(withNote.toLongLong()).agentId,
                 workflow.agents().at(1).agentId.toLongLong());
    }

    void hyperRepHasNoWorkflowAndSendsNothingForIt()
    {
        // Capabilities, not provider names: HyperRep lacks them, and the default refuses locally.
        TransportConfig config;
        config.baseUrl = m_server->url();
        Transport transport(config);
        HyperRepProvider hyperRep(&transport);
        QVERIFY(!hyperRep.has(InboxProvider::ConversationStatus));
        QVERIFY(!hyperRep.has(InboxProvider::Snooze));
        QVERIFY(!hyperRep.has(InboxProvider::Assignment));
        m_server->clearRequestLog();
        ConversationUpdate close;
        close.status = QStringLiteral("closed");
        auto *call = hyperRep.updateConversation(QStringLiteral("org"), QStringLiteral("9001"), close);
        bool finished = false;
        ApiError error;
        connect(call, &ApiCall::finished, this, [&] { finished = true; error = call->error(); });
        QTRY_VERIFY(finished);
        QCOMPARE(error.kind(), ApiError::Kind::Validation);
        QVERIFY(m_server->requestLog().isEmpty());
    }

    void keyVerifierFindsTheV3Prefix()
    {
        // A server that answers only under /v3: the plain address 404s, the check tries /v3.
        FernandSandboxOptions options;
        options.apiKey = QStringLiteral("sk_session");
        options.conversations = 5;
        options.onlyV3 = true;
        FernandSandboxServer v3only(options);
        QVERIFY(v3only.start());
        KeyVerifier verifier;
        verifier.setProvider(AccountInfo::fernandProvider());
        QSignalSpy accepted(&verifier, &KeyVerifier::accepted);
        verifier.verify(v3only.url(), "sk_session");
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
        QCOMPARE(accepted.first().first().value<QList<Organization>>().size(), 1);
        QCOMPARE(verifier.verifiedServer().path(), QStringLiteral("/v3"));
        const auto log = v3only.requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).request.path, QStringLiteral("/agents"));
        QCOMPARE(log.at(0).request.status, 404);
        QCOMPARE(log.at(1).request.path, QStringLiteral("/v3/agents"));

        QSignalSpy refused(&verifier, &KeyVerifier::refused);
        verifier.verify(m_server->url(), "sk_nope");
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QCOMPARE(refused.first().first().value<KeyVerifier::Reason>(), KeyVerifier::Reason::InvalidKey);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-fernand-session-test"));
    TestFernandSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fernand_session.moc"
