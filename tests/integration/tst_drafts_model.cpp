// MessageDraftListModel against repdesk-sandbox: paging to the end with a
// tiny page size (rows of a later page land inside earlier folders), the
// folder/created_at order, error then retry, and the row helpers; and
// FolderGroupingProxy over it while pages arrive and rows go (no widgets:
// both are core models). QAbstractItemModelTester watches every signal.
#include "FolderGroupingProxy.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "MessageDraftListModel.h"
#include "SandboxFixture.h"

#include <QAbstractItemModelTester>

#include <algorithm>

using namespace repdesk;
using namespace repdesk::test;

class TestDraftsModel : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    int m_total = 0;

    static bool waitIdle(MessageDraftListModel &m, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&m] { return m.fetchState() != PagedListModel::FetchState::Loading; }, timeoutMs);
    }

    static void loadAll(MessageDraftListModel &m)
    {
        for (int i = 0; i < 20 && m.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(waitIdle(m));
            m.fetchMore({});
            QVERIFY(waitIdle(m));
        }
        QCOMPARE(m.fetchState(), PagedListModel::FetchState::Complete);
    }

    static QStringList headers(const FolderGroupingProxy &p)
    {
        QStringList out;
        for (int row = 0; row < p.rowCount(); ++row)
            if (p.isHeader(row))
                out << p.index(row).data().toString();
        return out;
    }

    // Every item row sits under the header of its folder, and maps back to itself.
    static void checkGrouping(const FolderGroupingProxy &p)
    {
        QString group;
        for (int row = 0; row < p.rowCount(); ++row) {
            const QModelIndex idx = p.index(row);
            if (p.isHeader(row)) {
                group = idx.data(FolderGroupingProxy::GroupKeyRole).toString();
                QVERIFY(!(p.flags(idx) & Qt::ItemIsSelectable));
                continue;
            }
            if (idx.data(MessageDraftListModel::DraftIdRole).toString().isEmpty())
                continue; // footer
            QCOMPARE(idx.data(MessageDraftListModel::FolderRole).toString(), group);
            QCOMPARE(p.mapFromSource(p.mapToSource(row)), row);
        }
    }

    QString create(const QString &folder, const QString &subject)
    {
        MessageDraftCreateRequest r;
        r.subject = subject;
        r.bodyHtml = QStringLiteral("<p>%1</p>").arg(subject);
        r.toEmail = QStringLiteral("someone@example.com");
        r.folder = folder;
        const auto out = run(f.account->provider()->createMessageDraft(f.org, r));
        return out.ok ? out.value->draftId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        // The demo has drafts in "drafts" and "sales-follow-up"; add folders on both sides of them.
        QVERIFY(!create(QStringLiteral("Zeta Leads"), QStringLiteral("zeta one")).isEmpty());
        QVERIFY(!create(QStringLiteral("alpha"), QStringLiteral("alpha one")).isEmpty());
        QVERIFY(!create(QString(), QStringLiteral("default folder")).isEmpty());
        const auto all = run(f.account->provider()->listMessageDrafts(f.org, ListQuery{}));
        REQUIRE_OK(all);
        m_total = int(all.value->items.size());
        QVERIFY(m_total >= 6);
    }

    void pagesToTheEndSortedByFolder()
    {
        MessageDraftListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.setSource(f.account->provider(), f.org);
        model.setPageSize(2);
        f.server->clearRequestLog();
        loadAll(model);
        QCOMPARE(model.itemRowCount(), m_total);
        QCOMPARE(model.rowCount(), m_total); // no footer once complete
        // One request per page of two (plus at most one empty last page), never one per fetchMore call.
        const int pages = (m_total + 1) / 2;
        QVERIFY2(f.requestCount() >= pages && f.requestCount() <= pages + 1, qPrintable(QString::number(f.requestCount())));
        for (int i = 1; i < model.itemRowCount(); ++i)
            QVERIFY2(!MessageDraftListModel::lessThan(*model.draft(i), *model.draft(i - 1)), qPrintable(QString::number(i)));
        QCOMPARE(model.folders(), (QStringList{QStringLiteral("drafts"), QStringLiteral("alpha"),
                                               QStringLiteral("sales-follow-up"), QStringLiteral("zeta-leads")}));
        // Within a folder: newest first.
        for (int i = 1; i < model.itemRowCount(); ++i) {
            if (model.draft(i)->folder == model.draft(i - 1)->folder)
                QVERIFY(model.draft(i - 1)->createdAt >= model.draft(i)->createdAt);
        }
    }

    void groupingProxyFollowsPagesAndRemovals()
    {
        MessageDraftListModel model;
        FolderGroupingProxy proxy(MessageDraftListModel::FolderRole, MessageDraftListModel::DraftIdRole);
        proxy.setHeaderText(&MessageDraftListModel::folderDisplayName);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.account->provider(), f.org);
        model.setPageSize(1); // one draft per page: every page inserts a row, often a header too
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 40 && model.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(proxy.canFetchMore({}) || model.fetchState() == PagedListModel::FetchState::Loading);
            proxy.fetchMore({});
            QVERIFY(waitIdle(model));
            checkGrouping(proxy);
        }
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
        QCOMPARE(resets.size(), 0); // precise inserts only: selection and scroll survive paging
        QVERIFY(inserted.size() > model.itemRowCount());
        QStringList expected;
        for (const QString &folder : model.folders())
            expected << MessageDraftListModel::folderDisplayName(folder);
        QCOMPARE(headers(proxy), expected);
        QCOMPARE(expected.first(), QStringLiteral("Drafts"));
        QVERIFY(expected.contains(QStringLiteral("Sales follow up")));
        QCOMPARE(proxy.rowCount(), model.itemRowCount() + int(expected.size()));
        const auto all = run(f.account->provider()->listMessageDrafts(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(all);
        const auto inDrafts = std::count_if(all.value->items.cbegin(), all.value->items.cend(), [](const MessageDraft &d) {
            return MessageDraftListModel::folderOf(d) == QLatin1String("drafts");
        });
        QCOMPARE(proxy.index(0).data(FolderGroupingProxy::GroupCountRole).toInt(), int(inDrafts));
        QVERIFY(proxy.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Folder Drafts, ")));

        // Removing the last draft of a folder removes its header as well ("alpha" has one).
        const QString alpha = MessageDraftListModel::folderDisplayName(QStringLiteral("alpha"));
        QVERIFY(headers(proxy).contains(alpha));
        for (int row = proxy.rowCount() - 1; row >= 0; --row)
            if (!proxy.isHeader(row) && proxy.index(row).data(MessageDraftListModel::FolderRole).toString() == QLatin1String("alpha"))
                QVERIFY(model.removeDraft(proxy.index(row).data(MessageDraftListModel::DraftIdRole).toString()));
        QVERIFY(!headers(proxy).contains(alpha));
        checkGrouping(proxy);
        QCOMPARE(proxy.rowCount(), model.itemRowCount() + int(expected.size()) - 1);

        // A reload brings it back; a source reset (organization switch) empties the proxy too.
        model.reload();
        for (int i = 0; i < 40 && model.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(waitIdle(model));
            proxy.fetchMore({});
        }
        QVERIFY(waitIdle(model));
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
        checkGrouping(proxy);
        QVERIFY(headers(proxy).contains(alpha));
        model.setSource(f.account->provider(), f.secondOrg);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSourceModel(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.canFetchMore({}));
    }

    void rolesAndText()
    {
        MessageDraftListModel model;
        model.setSource(f.account->provider(), f.org);
        loadAll(model);
        const int row = model.rowOf(model.draft(0)->draftId);
        QCOMPARE(row, 0);
        const QModelIndex idx = model.index(row);
        const MessageDraft *d = model.draft(row);
        QCOMPARE(idx.data(MessageDraftListModel::DraftIdRole).toString(), d->draftId);
        QCOMPARE(idx.data(MessageDraftListModel::SubjectRole).toString(), d->subject);
        QCOMPARE(idx.data(MessageDraftListModel::BodyHtmlRole).toString(), d->bodyHtml);
        QCOMPARE(idx.data(MessageDraftListModel::ModalityRole).toString(), d->modality);
        QCOMPARE(idx.data(MessageDraftListModel::RecipientEmailRole).toString(), d->recipientEmail);
        QCOMPARE(idx.data(MessageDraftListModel::FolderRole).toString(), QStringLiteral("drafts"));
        QCOMPARE(idx.data(MessageDraftListModel::CreatedAtRole).toDateTime(), d->createdAt);
        QVERIFY(idx.data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>() == PagedListModel::RowKind::Item);
        const QString display = idx.data(Qt::DisplayRole).toString();
        QVERIFY2(display.contains(d->subject.isEmpty() ? QStringLiteral("(no subject)") : d->subject.simplified()),
                 qPrintable(display));
        const QString spoken = idx.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("folder")) && spoken.endsWith(QLatin1Char('.')), qPrintable(spoken));
        QVERIFY(model.roleNames().value(MessageDraftListModel::RecipientPhoneRole) == "recipientPhone");

        // A text draft reads as one, and has no subject in the demo data.
        for (int i = 0; i < model.itemRowCount(); ++i) {
            if (model.draft(i)->modality == QLatin1String("text")) {
                QVERIFY(model.index(i).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Text")));
                QVERIFY(!model.index(i).data(MessageDraftListModel::RecipientPhoneRole).toString().isEmpty());
            }
        }
    }

    void removeDraftHelper()
    {
        MessageDraftListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.account->provider(), f.org);
        loadAll(model);
        const int before = model.itemRowCount();
        const QString id = model.draft(1)->draftId;
        QVERIFY(model.removeDraft(id));
        QCOMPARE(model.itemRowCount(), before - 1);
        QCOMPARE(model.rowOf(id), -1);
        QVERIFY(!model.removeDraft(id));
        QVERIFY(!model.draft(-1));
        QVERIFY(!model.draft(model.itemRowCount()));
        // Indexes after the removed row still resolve.
        for (int i = 0; i < model.itemRowCount(); ++i)
            QCOMPARE(model.rowOf(model.draft(i)->draftId), i);
    }

    void errorThenRetry()
    {
        MessageDraftListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.account->provider(), f.org);
        model.setPageSize(2);
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.itemRowCount(), 2);
        f.server->injectFaults(1, 500);
        QSignalSpy errors(&model, &PagedListModel::errorOccurred);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 3); // two drafts and the Retry row
        const QModelIndex footer = model.index(2);
        QCOMPARE(footer.data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>(),
                 PagedListModel::RowKind::ErrorFooter);
        QVERIFY(!footer.data(PagedListModel::ErrorTextRole).toString().isEmpty());
        QVERIFY(footer.data(MessageDraftListModel::DraftIdRole).toString().isEmpty());
        QVERIFY(!model.canFetchMore({}));
        model.retry();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.itemRowCount(), 4);
        loadAll(model);
        QCOMPARE(model.itemRowCount(), m_total);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        f.account->transport()->setRetryPolicy(fast);
    }

    void organizationSwitch()
    {
        MessageDraftListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.account->provider(), f.org);
        f.server->setLatencyMs(300);
        model.fetchMore({});
        QTest::qWait(50);
        model.setSource(f.account->provider(), f.secondOrg);
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QTest::qWait(400); // the first organization's page has arrived and must have been dropped
        f.server->setLatencyMs(0);
        loadAll(model);
        QCOMPARE(model.organizationId(), f.secondOrg);
        const auto second = run(f.account->provider()->listMessageDrafts(f.secondOrg, ListQuery{}));
        REQUIRE_OK(second);
        QCOMPARE(model.itemRowCount(), int(second.value->items.size()));
    }

    void noSourceCompletesWithoutRequest()
    {
        MessageDraftListModel model;
        const int before = f.requestCount();
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
        QCOMPARE(f.requestCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestDraftsModel)
#include "tst_drafts_model.moc"
