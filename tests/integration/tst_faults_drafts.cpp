// Fault matrix, new messages (message drafts): in an account session on the sandbox, under each
// fault alone and all together, the drafts page is listed and a compose window saves a new
// message, with the server restarting or gone in the middle. Once the faults stop, the user saves
// again when told it failed or could not be confirmed, as the window says: the server must then
// hold exactly one draft with that subject (counted on the server's side), with every character of
// its text, and the drafts list must show it with no spinner and no Retry row. Prints one line of
// figures per run.
#include "DraftSubmission.h"
#include "MessageDraftListModel.h"
#include "MessageDrafts.h"
#include "ReplyText.h"
#include "tst_faults_support.h"

using namespace repdesk;
using namespace repdesk::test;

class TestFaultsDrafts : public QObject
{
    Q_OBJECT
    FaultFixture f;
    std::unique_ptr<AccountSession> account;

    QList<MessageDraft> serverDrafts(const QString &subject)
    {
        QList<MessageDraft> out;
        QString cursor;
        do {
            auto r = run(f.client()->listMessageDrafts(f.org, ListQuery{100, cursor, {}, {}}));
            if (!r.ok)
                return {};
            for (const MessageDraft &d : r.value->items)
                if (d.subject == subject)
                    out << d;
            cursor = r.value->isLast() ? QString() : r.value->nextCursor;
        } while (!cursor.isEmpty());
        return out;
    }

    static bool listed(MessageDraftListModel *model, const QString &draftId)
    {
        for (int row = 0; row < model->itemRowCount(); ++row)
            if (model->index(row).data(MessageDraftListModel::DraftIdRole).toString() == draftId)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.liveActivityMs = 0;
        QVERIFY(f.startFaults(o, QStringLiteral("tst_faults_drafts")));
        account = f.openAccount();
        QVERIFY(account);
    }

    void init() { f.clearFaults(); }
    void cleanupTestCase() { account.reset(); }

    void newMessageIsCreatedOnce_data() { addFaultRows(); }
    void newMessageIsCreatedOnce()
    {
        QFETCH(unsigned, faults);
        MessageDrafts *drafts = account->organization()->drafts();
        MessageDraftListModel *model = drafts->model();
        MessageDraftCreateRequest request;
        request.subject = QStringLiteral("Quote under %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        request.toEmail = QStringLiteral("buyer@example.com");
        request.toUserName = QStringLiteral("Dana Buyer");
        request.bodyHtml = QStringLiteral("<p>Here is the quote we discussed: 12 seats, annual, 15% off.</p>");

        auto *submission = drafts->newSubmission(this);
        submission->setSettleMs(30000 / kTimeScale); // the transfer timeout, scaled
        bool done = false, unconfirmed = false, failed = false;
        int troubled = 0;
        QString createdId;
        connect(submission, &DraftSubmission::finished, this, [&](const MessageDraftCreateResult &r) {
            done = true;
            createdId = r.draftId;
        });
        connect(submission, &DraftSubmission::failed, this, [&] { failed = true; ++troubled; });
        connect(submission, &DraftSubmission::unconfirmed, this, [&] { unconfirmed = true; ++troubled; });
        const int retriesBefore = f.retries();
        f.server->clearRequestLog();
        f.apply(faults);

        f.hitNext(faults);
        submission->start(request);
        (void)QTest::qWaitFor([&] { return !f.server->requestLog().isEmpty() || done || failed || unconfirmed; }, 10000);
        model->fetchMore({}); // the drafts page is open
        f.midFlow(faults);
        (void)QTest::qWaitFor([&] { return done || failed || unconfirmed; }, 30000);

        f.clearFaults();
        // What the window offers: Save again (it checks the earlier attempt before it POSTs).
        for (int attempt = 0; attempt < 3 && !done; ++attempt) {
            (void)QTest::qWaitFor([&] { return !submission->isRunning(); }, 30000);
            if (done)
                break;
            failed = unconfirmed = false;
            submission->start(request);
            (void)QTest::qWaitFor([&] { return done || failed || unconfirmed; }, 30000);
        }
        QVERIFY2(done, "the draft was never saved once the faults stopped");

        const QList<MessageDraft> onServer = serverDrafts(request.subject);
        // The list shows it by itself: a saved draft reloads it, also after a failed first page.
        if (model->fetchState() == PagedListModel::FetchState::Error)
            ++troubled;
        const bool shown = QTest::qWaitFor(
            [&] {
                return model->fetchState() != PagedListModel::FetchState::Loading
                    && model->fetchState() != PagedListModel::FetchState::Error && listed(model, createdId);
            },
            20000);

        Figures figures;
        figures.requests = f.requestCount();
        figures.retries = f.retries() - retriesBefore;
        figures.recoveries = troubled;
        figures.duplicates = qMax(0, int(onServer.size()) - 1);
        const QString want = ReplyText::comparable(request.bodyHtml);
        figures.lost = !onServer.isEmpty() && ReplyText::comparable(onServer.first().bodyHtml) == want ? 0 : int(want.size());
        figures.print("drafts");
        QCOMPARE(figures.duplicates, 0);
        QCOMPARE(figures.lost, 0);
        QCOMPARE(onServer.first().draftId, createdId);
        QVERIFY2(shown, qPrintable(QStringLiteral("list state %1, %2 rows").arg(int(model->fetchState())).arg(model->itemRowCount())));
        delete submission;
    }
};

QTEST_GUILESS_MAIN(TestFaultsDrafts)
#include "tst_faults_drafts.moc"
