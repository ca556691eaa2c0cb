// MessageDrafts (the compose feature's only door to the provider) against an
// in-process SandboxServer over loopback, with no widget: deleteDraft on 204,
// 404 and 500, outcomes for an organization that is no longer current,
// submissions bound to the organization they were made for, and the detached
// state that must fail without a request.
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
