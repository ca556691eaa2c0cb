// MessageDrafts (the compose feature's only door to the provider) against an
// in-process SandboxServer over loopback, with no widget: deleteDraft on 204,
// 404 and 500, outcomes for an organization that is no longer current,
// submissions bound to the organization they were made for, the detached
// state that must fail without a request, and a create whose answer was lost,
// which is checked on the server before it is ever posted again.
#include "DraftSubmission.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "MessageDraftListModel.h"
#include "MessageDrafts.h"
#include "SandboxFixture.h"

#include <QAbstractItemModelTester>

using namespace repdesk;
using namespace repdesk::test;

class TestMessageDrafts : public QObject
{
    Q_OBJECT
    SandboxFixture f;

    static bool loadAll(MessageDraftListModel *m)
    {
        for (int i = 0; i < 30 && m->fetchState() != PagedListModel::FetchState::Complete; ++i) {
            m->fetchMore({});
            if (!QTest::qWaitFor([m] { return m->fetchState() != PagedListModel::FetchState::Loading; }, 20000))
                return false;
            if (m->fetchState() == PagedListModel::FetchState::Error)
                return false;
        }
        return m->fetchState() == PagedListModel::FetchState::Complete;
    }

    QString create(const QString &org, const QString &subject, bool autosend = false)
    {
        MessageDraftCreateRequest r;
        r.subject = subject;
        r.bodyHtml = QStringLiteral("<p>%1</p>").arg(subject);
        r.toEmail = QStringLiteral("someone@example.com");
        r.autosendDraft = autosend;
        const auto out = run(f.account->provider()->createMessageDraft(org, r));
        return out.ok ? out.value->draftId : QString();
    }

    bool onServer(const QString &org, const QString &draftId)
    {
        const auto all = run(f.account->provider()->listMessageDrafts(org, ListQuery{500, {}, {}, {}}));
        if (!all.ok)
            return false;
        for (const MessageDraft &d : all.value->items)
            if (d.draftId == draftId)
                return true;
        return false;
    }

    // Drafts of the organization with this subject, every page read.
    int withSubject(const QString &org, const QString &subject)
    {
        int n = 0;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const auto out = run(f.account->provider()->listMessageDrafts(org, ListQuery{500, cursor, {}, {}}));
            if (!out.ok)
                return -1;
            for (const MessageDraft &d : out.value->items)
                n += d.subject == subject ? 1 : 0;
            if (!out.value->hasMore)
                return n;
            cursor = out.value->nextCursor;
        }
        return -1;
    }

    int creates(const QString &org) const
    {
        int n = 0;
        for (const SandboxRequestRecord &r : f.server->requestLog())
            n += r.method == QLatin1String("POST") && r.path.endsWith(org + QStringLiteral("/message-drafts"));
        return n;
    }

    static MessageDraftCreateRequest message(const QString &subject, bool autosend = false)
    {
        MessageDraftCreateRequest r;
        r.subject = subject;
        r.bodyHtml = QStringLiteral("<p>Hi Diana, about %1.</p>").arg(subject);
        r.toUserName = QStringLiteral("Diana Prince");
        r.toEmail = QStringLiteral("diana@example.com");
        r.autosendDraft = autosend;
        return r;
    }

    int deletes(const QString &org, const QString &draftId) const
    {
        const QString path = QStringLiteral("/api/v2/organizations/%1/message-drafts/%2").arg(org, draftId);
        int n = 0;
        for (const SandboxRequestRecord &r : f.server->requestLog())
            n += r.method == QLatin1String("DELETE") && r.path == path;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.autosendDelayMs = 60000; // autosent drafts stay "sending" (undeletable) for the whole test
        QVERIFY(f.start(options));
    }

    void init()
    {
        f.account->transport()->setRetryPolicy(RetryPolicy::none()); // a 500 must reach us, not be retried away
        f.server->injectFaults(0, 500);
        f.server->injectDropAfterProcessing(0);
        f.server->clearRequestLog();
    }

    void setSourceClearsTheOneModel()
    {
        MessageDrafts drafts;
        MessageDraftListModel *model = drafts.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!drafts.isAttached());
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(drafts.isAttached());
        QCOMPARE(drafts.organizationId(), f.org);
        QCOMPARE(f.requestCount(), 0); // nothing is fetched until a view asks
        QVERIFY(loadAll(model));
        QVERIFY(model->itemRowCount() > 0);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        drafts.setSource(f.account->provider(), f.secondOrg);
        QCOMPARE(drafts.model(), model);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model->itemRowCount(), 0);
        QCOMPARE(model->organizationId(), f.secondOrg);
    }

    void deleteNoContentRemovesTheRow()
    {
        const QString id = create(f.org, QStringLiteral("delete me"));
        QVERIFY(!id.isEmpty());
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        const int before = drafts.model()->itemRowCount();
        QVERIFY(drafts.model()->rowOf(id) >= 0);
        QSignalSpy deleted(&drafts, &MessageDrafts::draftDeleted);
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        f.server->clearRequestLog();
        drafts.deleteDraft(id);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(deleted.first().at(0).toString(), id);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(f.server->requestLog().first().status, 204);
        QCOMPARE(deletes(f.org, id), 1);
        QCOMPARE(drafts.model()->rowOf(id), -1);
        QCOMPARE(drafts.model()->itemRowCount(), before - 1);
        QVERIFY(!onServer(f.org, id));
    }

    void deleteNotFoundCountsAsGone()
    {
        // Loaded into the list, then deleted elsewhere: our DELETE answers 404.
        const QString id = create(f.org, QStringLiteral("deleted elsewhere"));
        QVERIFY(!id.isEmpty());
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        QVERIFY(drafts.model()->rowOf(id) >= 0);
        QVERIFY(run(f.account->provider()->deleteMessageDraft(f.org, id)).ok);
        QSignalSpy deleted(&drafts, &MessageDrafts::draftDeleted);
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        f.server->clearRequestLog();
        drafts.deleteDraft(id);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(f.server->requestLog().first().status, 404);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(drafts.model()->rowOf(id), -1);
    }

    void serverErrorKeepsTheRow()
    {
        const QString id = create(f.org, QStringLiteral("stays"));
        QVERIFY(!id.isEmpty());
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        const int before = drafts.model()->itemRowCount();
        QSignalSpy deleted(&drafts, &MessageDrafts::draftDeleted);
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        f.server->clearRequestLog();
        f.server->injectFaults(1, 500);
        drafts.deleteDraft(id);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), id);
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Server);
        QCOMPARE(error.httpStatus(), 500);
        QCOMPARE(deleted.size(), 0);
        QCOMPARE(f.server->requestLog().first().status, 500);
        QVERIFY(drafts.model()->rowOf(id) >= 0);
        QCOMPARE(drafts.model()->itemRowCount(), before);
        QVERIFY(onServer(f.org, id));
    }

    void refusedDeleteOfASendingDraftIsAFailure()
    {
        // 400 ("currently sending") is not "gone": the draft is still there and the row must stay.
        const QString id = create(f.org, QStringLiteral("going out"), true);
        QVERIFY(!id.isEmpty());
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        drafts.deleteDraft(id);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind(), ApiError::Kind::Validation);
        QVERIFY(drafts.model()->rowOf(id) >= 0);
    }

    void outcomeForAnOldOrganizationIsDropped()
    {
        const QString id = create(f.org, QStringLiteral("switched away"));
        QVERIFY(!id.isEmpty());
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        QSignalSpy deleted(&drafts, &MessageDrafts::draftDeleted);
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        f.server->setLatencyMs(200);
        drafts.deleteDraft(id);
        drafts.setSource(f.account->provider(), f.secondOrg);
        QVERIFY(QTest::qWaitFor([&] { return deletes(f.org, id) == 1; }, 20000));
        QTest::qWait(100); // the answer has been delivered by now
        f.server->setLatencyMs(0);
        QCOMPARE(deleted.size() + failed.size(), 0);
        QVERIFY(!onServer(f.org, id)); // the request itself went through: only our reaction is dropped
    }

    void submissionsStayWithTheirOrganization()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QVERIFY(loadAll(drafts.model()));
        QSignalSpy saved(&drafts, &MessageDrafts::draftSaved);

        // Saved into the current organization: announced, and the loaded list reloads to show it.
        QObject owner;
        DraftSubmission *first = drafts.newSubmission(&owner);
        QCOMPARE(first->parent(), &owner);
        QCOMPARE(first->organizationId(), f.org);
        MessageDraftCreateRequest r;
        r.subject = QStringLiteral("from a compose window");
        r.toEmail = QStringLiteral("x@example.com");
        QSignalSpy firstDone(first, &DraftSubmission::finished);
        first->start(r);
        QVERIFY(firstDone.wait(20000));
        QCOMPARE(saved.size(), 1);
        const QString newId = saved.first().at(0).toString();
        QCOMPARE(newId, firstDone.first().at(0).value<MessageDraftCreateResult>().draftId);
        QVERIFY(QTest::qWaitFor([&] { return drafts.model()->rowOf(newId) >= 0; }, 20000));

        // A window opened before a switch still saves where it was opened, and the new list is left alone.
        DraftSubmission *second = drafts.newSubmission(&owner);
        drafts.setSource(f.account->provider(), f.secondOrg);
        f.server->clearRequestLog();
        QSignalSpy secondDone(second, &DraftSubmission::finished);
        second->start(r);
        QVERIFY(secondDone.wait(20000));
        QCOMPARE(f.server->requestLog().size(), 1);
        QCOMPARE(f.server->requestLog().first().path, QStringLiteral("/api/v2/organizations/%1/message-drafts").arg(f.org));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(drafts.model()->fetchState(), PagedListModel::FetchState::Idle); // nobody loaded it: no reload
    }

    // Issue 13: a new message's body is sanitised (editor mode) where the request is built.
    void composeScriptNeverReachesTheServer()
    {
        MessageDraftCreateRequest r = message(QStringLiteral("hostile body"));
        r.bodyHtml = QStringLiteral("<div onmouseover=\"steal()\">Hello<script>alert(1)</script>"
                                    "<iframe src=\"https://t.example/\"></iframe><img src=x onerror=alert(2)></div>");
        const auto out = run(f.account->provider()->createMessageDraft(f.org, r));
        REQUIRE_OK(out);
        const auto stored = run(f.client()->getMessageDraft(f.org, out.value->draftId));
        REQUIRE_OK(stored);
        QCOMPARE(stored.value->bodyHtml, QStringLiteral("<div>Hello</div>"));
        QCOMPARE(stored.value->subject, QStringLiteral("hostile body"));
    }

    void lostAnswerIsCheckedNotPostedAgain()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QObject owner;
        DraftSubmission *submission = drafts.newSubmission(&owner);
        const MessageDraftCreateRequest r = message(QStringLiteral("answer lost after the create"));
        QSignalSpy failed(submission, &DraftSubmission::failed);
        QSignalSpy done(submission, &DraftSubmission::finished);
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        submission->start(r);
        QVERIFY(failed.wait(20000));
        QVERIFY(submission->isInDoubt()); // the draft exists, but nobody told us
        const ApiError error = failed.first().first().value<ApiError>();
        QVERIFY(DraftSubmission::errorText(error, false, false, true).startsWith(
            QStringLiteral("The draft may or may not have been saved.")));
        QCOMPARE(withSubject(f.org, r.subject), 1);

        submission->start(r); // Retry: the server is asked, and has it
        QVERIFY(done.wait(20000));
        QVERIFY(!submission->isInDoubt());
        QCOMPARE(creates(f.org), 1);
        QCOMPARE(withSubject(f.org, r.subject), 1);
        QVERIFY(onServer(f.org, done.first().first().value<MessageDraftCreateResult>().draftId));
    }

    void unprocessedCreateIsPostedOnceAfterTwoChecks()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QObject owner;
        DraftSubmission *submission = drafts.newSubmission(&owner);
        submission->setSettleMs(300); // the transfer timeout, scaled down
        const MessageDraftCreateRequest r = message(QStringLiteral("dropped before the create"));
        QSignalSpy failed(submission, &DraftSubmission::failed);
        QSignalSpy progress(submission, &DraftSubmission::progress);
        QSignalSpy done(submission, &DraftSubmission::finished);
        f.server->injectFaults(1, 0); // the connection drops before any processing
        submission->start(r);
        QVERIFY(failed.wait(20000));
        QVERIFY(submission->isInDoubt());
        f.server->clearRequestLog();
        submission->start(r);
        QVERIFY(done.wait(20000));
        // Nothing on the server, twice, the second time past the settle time: then one POST.
        int listings = 0;
        for (const SandboxRequestRecord &rec : f.server->requestLog()) {
            if (rec.method == QLatin1String("POST"))
                break;
            listings += rec.method == QLatin1String("GET") ? 1 : 0;
        }
        QVERIFY2(listings >= 2, qPrintable(QString::number(listings)));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(creates(f.org), 1);
        QCOMPARE(withSubject(f.org, r.subject), 1);
    }

    void editedAfterALostAnswerReplacesTheEarlierDraft()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QObject owner;
        DraftSubmission *submission = drafts.newSubmission(&owner);
        MessageDraftCreateRequest r = message(QStringLiteral("edited after a lost answer"));
        QSignalSpy failed(submission, &DraftSubmission::failed);
        QSignalSpy done(submission, &DraftSubmission::finished);
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        submission->start(r);
        QVERIFY(failed.wait(20000));
        r.bodyHtml = QStringLiteral("<p>Hi Diana, a better version.</p>"); // typed while in doubt
        submission->start(r);
        QVERIFY(done.wait(20000));
        // The earlier version was found as a draft: the new one replaces it, as an edit would.
        QCOMPARE(creates(f.org), 2);
        QCOMPARE(withSubject(f.org, r.subject), 1);
        const QString earlier = done.first().at(1).toString();
        QVERIFY(!earlier.isEmpty());
        QVERIFY(!done.first().at(2).value<ApiError>().isError());
        QVERIFY(!onServer(f.org, earlier));
        QCOMPARE(deletes(f.org, earlier), 1);
    }

    void refusedCreateLeavesNoDoubt()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QObject owner;
        DraftSubmission *submission = drafts.newSubmission(&owner);
        QSignalSpy failed(submission, &DraftSubmission::failed);
        f.server->injectFaults(1, 422);
        submission->start(message(QStringLiteral("refused")));
        QVERIFY(failed.wait(20000));
        QVERIFY(!submission->isInDoubt());
        QVERIFY(DraftSubmission::errorText(failed.first().first().value<ApiError>(), false, false)
                    .startsWith(QStringLiteral("The draft was not saved.")));
    }

    void messageToSendIsFoundQueuedOrLeftToTheUser()
    {
        MessageDrafts drafts;
        drafts.setSource(f.account->provider(), f.org);
        QObject owner;
        // Processed: the draft is queued for sending (the sandbox holds it for a minute).
        DraftSubmission *sent = drafts.newSubmission(&owner);
        const MessageDraftCreateRequest queued = message(QStringLiteral("sent, answer lost"), true);
        QSignalSpy sentFailed(sent, &DraftSubmission::failed);
        QSignalSpy sentDone(sent, &DraftSubmission::finished);
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        sent->start(queued);
        QVERIFY(sentFailed.wait(20000));
        sent->start(queued);
        QVERIFY(sentDone.wait(20000));
        QVERIFY(sentDone.first().first().value<MessageDraftCreateResult>().scheduledToSend);
        QCOMPARE(creates(f.org), 1);

        // Not processed: a message that went out leaves no draft, so its absence proves
        // nothing. Nothing is posted until the user decides.
        f.server->clearRequestLog();
        DraftSubmission *unsure = drafts.newSubmission(&owner);
        const MessageDraftCreateRequest lost = message(QStringLiteral("maybe sent"), true);
        QSignalSpy unsureFailed(unsure, &DraftSubmission::failed);
        QSignalSpy unconfirmed(unsure, &DraftSubmission::unconfirmed);
        QSignalSpy unsureDone(unsure, &DraftSubmission::finished);
        f.server->injectFaults(1, 0);
        unsure->start(lost);
        QVERIFY(unsureFailed.wait(20000));
        unsure->start(lost);
        QVERIFY(unconfirmed.wait(20000));
        QCOMPARE(unconfirmed.first().at(1).toBool(), false); // checking again cannot tell either
        QVERIFY(!unsure->isRunning());
        QCOMPARE(creates(f.org), 1); // the first, dropped one
        unsure->forgetEarlierAttempt(); // "Send anyway"
        unsure->start(lost);
        QVERIFY(unsureDone.wait(20000));
        QCOMPARE(creates(f.org), 2);
        QCOMPARE(withSubject(f.org, lost.subject), 1);
    }

    void detachedFailsWithoutARequest()
    {
        MessageDrafts drafts;
        QSignalSpy failed(&drafts, &MessageDrafts::deleteFailed);
        drafts.deleteDraft(QStringLiteral("d_1"));
        QCOMPARE(failed.size(), 0); // queued, like a real answer
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind(), ApiError::Kind::Network);

        QObject owner;
        DraftSubmission *submission = drafts.newSubmission(&owner);
        QSignalSpy submitFailed(submission, &DraftSubmission::failed);
        MessageDraftCreateRequest r;
        r.subject = QStringLiteral("nowhere");
        r.toEmail = QStringLiteral("x@example.com");
        submission->start(r);
        QVERIFY(submission->isRunning());
        QVERIFY(submitFailed.wait(5000));
        QVERIFY(!submission->isRunning());
        QCOMPARE(f.requestCount(), 0);

        // Attached, then the provider goes away: the model and submissions do not touch it.
        MessageDrafts orphan;
        {
            Account gone(f.server->url(), QByteArrayLiteral("test-key"));
            orphan.setSource(gone.provider(), f.org);
            QVERIFY(orphan.isAttached());
        }
        QVERIFY(!orphan.isAttached());
        QCOMPARE(orphan.model()->organizationId(), QString()); // the model no longer points at it
        QSignalSpy orphanFailed(&orphan, &MessageDrafts::deleteFailed);
        orphan.deleteDraft(QStringLiteral("d_1"));
        QVERIFY(orphanFailed.wait(5000));
        QCOMPARE(f.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageDrafts)
#include "tst_message_drafts.moc"
