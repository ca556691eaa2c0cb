// Error paths of the client against the sandbox: each documented failure
// becomes the right ApiError kind with a readable message.
#include "ContactCreateRequest.h"
#include "Records.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace repdesk;
using namespace repdesk::test;

class TestClientErrors : public QObject
{
    Q_OBJECT
    SandboxFixture f;

private Q_SLOTS:
    // These tests save drafts on the first conversations: none may hold a drafted reply already.
    static SandboxOptions withoutDrafts()
    {
        SandboxOptions options;
        options.draftsToReview = false;
        return options;
    }

    void initTestCase() { QVERIFY(f.start(withoutDrafts())); }

    void wrongKeyIsAuth()
    {
        Account other(f.server->url(), QByteArrayLiteral("not-the-key"));
        auto *client = static_cast<HyperRepProvider *>(other.provider())->client();
        auto r = run(client->listOrganizations());
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind(), ApiError::Kind::Auth);
        QCOMPARE(r.error.httpStatus(), 403);
        QCOMPARE(r.error.detail(), QStringLiteral("Invalid API Key"));
        QCOMPARE(r.attempts, 1); // auth failures are not retried
    }

    void missingKeyIsAuth()
    {
        Account other(f.server->url(), QByteArray());
        auto *client = static_cast<HyperRepProvider *>(other.provider())->client();
        auto r = run(client->listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::Auth);
        QCOMPARE(r.error.detail(), QStringLiteral("Missing API Key"));
    }

    void cursorFromAnotherCollection()
    {
        auto contacts = run(f.client()->listContacts(f.org, ListQuery{2, {}, {}, {}}));
        REQUIRE_OK(contacts);
        QVERIFY(!contacts.value->nextCursor.isEmpty());
        auto r = run(f.client()->listConversations(f.org, ListQuery{2, contacts.value->nextCursor, {}, {}}));
        QCOMPARE(r.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(r.error.httpStatus(), 400);
        QCOMPARE(r.error.detail(), QStringLiteral("Invalid cursor"));
        auto garbage = run(f.client()->listConversations(f.org, ListQuery{2, QStringLiteral("%%garbage=="), {}, {}}));
        QCOMPARE(garbage.error.detail(), QStringLiteral("Invalid cursor"));
    }

    void limitOutOfRangeIs422WithReadableDetail()
    {
        auto r = run(f.client()->listConversations(f.org, ListQuery{501, {}, {}, {}}));
        QCOMPARE(r.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(r.error.httpStatus(), 422);
        QVERIFY2(r.error.detail().contains(QLatin1String("limit")), qPrintable(r.error.detail()));
        QVERIFY(!r.error.message().contains(QLatin1Char('{')));
    }

    void unknownIdsAreNotFound()
    {
        const QString huge = QString(150, QLatin1Char('x')) + QStringLiteral("/=+?#");
        auto conv = run(f.client()->getConversation(f.org, huge));
        QCOMPARE(conv.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(conv.error.detail(), QStringLiteral("Conversation not found"));
        auto org = run(f.client()->listConversations(huge));
        QCOMPARE(org.error.kind(), ApiError::Kind::NotFound);
    }

    void dateOrderIsValidated()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto r = run(f.client()->listConversations(f.org, ListQuery{10, {}, now, now.addDays(-1)}));
        QCOMPARE(r.error.httpStatus(), 400);
        QCOMPARE(r.error.detail(), QStringLiteral("start_date must be less than or equal to end_date"));
        auto analytics = run(f.client()->getConversationAnalytics(f.org, DateRange{}));
        QCOMPARE(analytics.error.httpStatus(), 422);
    }

    void promotedResponseDraftPointsToMessages()
    {
        SandboxOptions options = withoutDrafts();
        options.autosendDelayMs = 150;
        SandboxFixture quick;
        QVERIFY(quick.start(options));
        auto convs = run(quick.client()->listConversations(quick.org, ListQuery{1, {}, {}, {}}));
        REQUIRE_OK(convs);
        const QString conv = convs.value->items.first().conversationId;
        ResponseDraftSaveRequest req;
        req.bodyHtml = QStringLiteral("<p>Sent right away</p>");
        req.autosendDraft = true;
        auto queued = run(quick.client()->saveResponseDraft(quick.org, conv, req));
        REQUIRE_OK(queued);
        QVERIFY(queued.value->scheduledToSend);
        QVERIFY(queued.value->scheduledSendAt.isValid());

        auto whileSending = run(quick.client()->deleteResponseDraft(quick.org, conv, queued.value->responseId));
        QCOMPARE(whileSending.error.httpStatus(), 400);
        QVERIFY(!whileSending.error.detail().isEmpty());

        QTest::qWait(400);
        auto gone = run(quick.client()->getResponseDraft(quick.org, conv, queued.value->responseId));
        QCOMPARE(gone.error.kind(), ApiError::Kind::NotFound);
        QVERIFY2(gone.error.pointsToMessages(), qPrintable(gone.error.detail()));
        QVERIFY(!gone.error.pointsToMessageDrafts());
    }

    void messageDraftIdOnResponseRoutePointsToMessageDrafts()
    {
        MessageDraftCreateRequest req;
        req.subject = QStringLiteral("Hello");
        req.toEmail = QStringLiteral("a@example.com");
        auto created = run(f.client()->createMessageDraft(f.org, req));
        REQUIRE_OK(created);
        auto convs = run(f.client()->listConversations(f.org, ListQuery{1, {}, {}, {}}));
        auto r = run(f.client()->getResponseDraft(f.org, convs.value->items.first().conversationId,
                                                  created.value->draftId));
        QCOMPARE(r.error.kind(), ApiError::Kind::NotFound);
        QVERIFY2(r.error.pointsToMessageDrafts(), qPrintable(r.error.detail()));
    }

    void exclusiveFlagsNeverReachTheServerTogether()
    {
        auto convs = run(f.client()->listConversations(f.org, ListQuery{1, {}, {}, {}}));
        ResponseDraftSaveRequest req;
        req.bodyHtml = QStringLiteral("<p>x</p>");
        req.autosendDraft = true;
        req.addNotification = true; // a UI bug must not turn into a 400 from the server
        f.server->clearRequestLog();
        auto r = run(f.client()->saveResponseDraft(f.org, convs.value->items.first().conversationId, req));
        REQUIRE_OK(r);
        const QJsonObject sent = QJsonDocument::fromJson(f.server->requestLog().first().body).object();
        QCOMPARE(sent.value(QStringLiteral("autosend_draft")).toBool(), true);
        QCOMPARE(sent.value(QStringLiteral("add_notification")).toBool(), false);
    }

    void textDraftWithoutCredentials()
    {
        MessageDraftCreateRequest req;
        req.modality = QStringLiteral("text");
        req.bodyHtml = QStringLiteral("Hi");
        req.toPhoneNumber = QStringLiteral("+14155550199");
        auto r = run(f.client()->createMessageDraft(f.secondOrg, req));
        QCOMPARE(r.error.httpStatus(), 400);
        QVERIFY(r.error.detail().contains(QLatin1String("credentials")));
    }

    void malformedBodyIsRetriedByAGetThenADecodeError()
    {
        // One answer that is not JSON at all: a GET asks again and gets the real one.
        f.server->injectMalformed(1);
        auto once = run(f.client()->listOrganizations());
        REQUIRE_OK(once);
        QCOMPARE(once.attempts, 2);
        QVERIFY(!once.value->items.isEmpty());
        // Every answer broken: after the retry table's attempts, a Decode error in plain words.
        f.server->injectMalformed(20);
        auto r = run(f.client()->listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::Decode);
        QCOMPARE(r.attempts, 4);
        QVERIFY(!r.error.message().isEmpty());
        // A write is never repeated on a broken answer (the server may have done it).
        const QString org = f.server->organizationIds().value(0);
        ContactCreateRequest contact;
        contact.name = QStringLiteral("Broken Answer");
        auto c = run(f.client()->createContact(org, contact));
        QCOMPARE(c.error.kind(), ApiError::Kind::Decode);
        QCOMPARE(c.attempts, 1);
        f.server->injectMalformed(0);
        REQUIRE_OK(run(f.client()->listOrganizations())); // the next one is fine
    }

    void answerCutMidBodyIsANetworkErrorAndAGetIsRetried()
    {
        // The head and half the body, then the connection closes: not "malformed", and a GET goes again.
        f.server->injectDropMidBody(1);
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 2);
        QVERIFY(!r.value->items.isEmpty());
        // A POST that creates is not repeated blindly: its caller is told the connection went.
        const QString org = f.server->organizationIds().value(0);
        f.server->injectDropMidBody(1);
        ContactCreateRequest contact;
        contact.name = QStringLiteral("Cut Midbody");
        auto c = run(f.client()->createContact(org, contact));
        QVERIFY(!c.ok);
        QCOMPARE(c.error.kind(), ApiError::Kind::Network);
        QCOMPARE(c.attempts, 1);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        Account remote(QUrl(QStringLiteral("http://api.hyperrep.ai")), QByteArrayLiteral("secret"));
        auto *client = static_cast<HyperRepProvider *>(remote.provider())->client();
        auto r = run(client->listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::Insecure);
        QCOMPARE(r.attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestClientErrors)
#include "tst_client_errors.moc"
