// The drafts page and templates against an in-process SandboxServer:
// FolderGroupingProxy under QAbstractItemModelTester while pages arrive,
// DraftsView grouping, preview, delete (confirmed, DELETE in the log), empty
// state, keys, the footer Retry row, and the Templates settings page.
#include "tst_compose_support.h"

#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "MessageDraftListModel.h"
#include "ReplyTemplate.h"
#include "common/EmptyStateWidget.h"
#include "compose/DraftPreview.h"
#include "compose/DraftsView.h"
#include "compose/FolderGroupingProxy.h"
#include "compose/TemplatesSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>

using namespace repdesk;
using namespace repdesk::test;

class TestComposeDrafts : public QObject, ComposeHelpers
{
    Q_OBJECT

    static bool waitComplete(MessageDraftListModel *m)
    {
        return QTest::qWaitFor([m] { return m->fetchState() == PagedListModel::FetchState::Complete; }, 20000);
    }
    static QStringList headers(const FolderGroupingProxy *p)
    {
        QStringList out;
        for (int row = 0; row < p->rowCount(); ++row)
            if (p->isHeader(row))
                out << p->index(row).data().toString();
        return out;
    }
    // Every item row sits under the header of its folder.
    static void checkGrouping(const FolderGroupingProxy *p)
    {
        QString group;
        for (int row = 0; row < p->rowCount(); ++row) {
            const QModelIndex idx = p->index(row);
            if (p->isHeader(row)) {
                group = idx.data(FolderGroupingProxy::GroupKeyRole).toString();
                QVERIFY(!(p->flags(idx) & Qt::ItemIsSelectable));
                continue;
            }
            if (idx.data(MessageDraftListModel::DraftIdRole).toString().isEmpty())
                continue; // footer
            QCOMPARE(idx.data(MessageDraftListModel::FolderRole).toString(), group);
            QCOMPARE(p->mapFromSource(p->mapToSource(row)), row);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        // A third folder that sorts between the demo's two, filled by a later page.
        for (const QString &subject : {QStringLiteral("m1"), QStringLiteral("m2")}) {
            MessageDraftCreateRequest r;
            r.subject = subject;
            r.toEmail = QStringLiteral("m@example.com");
            r.folder = QStringLiteral("Middle");
            bool done = false;
            auto *call = f.provider()->createMessageDraft(f.org, r);
            connect(call, &ApiCall::finished, this, [&] { done = call->succeeded(); });
            QTRY_VERIFY(done);
        }
    }
    void init() { f.server->clearRequestLog(); }

    void groupingProxyFollowsPagesAndRemovals()
    {
        MessageDraftListModel model;
        FolderGroupingProxy proxy(MessageDraftListModel::FolderRole, MessageDraftListModel::DraftIdRole);
        proxy.setHeaderText(&MessageDraftListModel::folderDisplayName);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.provider(), f.org);
        model.setPageSize(1); // one draft per page: every page inserts a row, often a header too
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 30 && model.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(proxy.canFetchMore({}) || model.fetchState() == PagedListModel::FetchState::Loading);
            proxy.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return model.fetchState() != PagedListModel::FetchState::Loading; }, 20000));
            checkGrouping(&proxy);
        }
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
        QCOMPARE(resets.size(), 0); // precise inserts only: selection and scroll survive paging
        QVERIFY(inserted.size() > model.itemRowCount());
        QCOMPARE(headers(&proxy), (QStringList{QStringLiteral("Drafts"), QStringLiteral("Middle"),
                                               QStringLiteral("Sales follow up")}));
        QCOMPARE(proxy.rowCount(), model.itemRowCount() + 3);
        const QList<MessageDraft> all = f.drafts(f.org);
        const auto inDrafts = std::count_if(all.cbegin(), all.cend(),
                                            [](const MessageDraft &d) { return d.folder == QLatin1String("drafts"); });
        QCOMPARE(proxy.index(0).data(FolderGroupingProxy::GroupCountRole).toInt(), int(inDrafts));
        QVERIFY(proxy.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Folder Drafts, ")));

        // Removing the last draft of a folder removes its header as well.
        const int middleHeader = headers(&proxy).indexOf(QStringLiteral("Middle"));
        QVERIFY(middleHeader >= 0);
        for (int row = proxy.rowCount() - 1; row >= 0; --row)
            if (proxy.index(row).data(MessageDraftListModel::FolderRole).toString() == QLatin1String("middle")
                && !proxy.isHeader(row))
                QVERIFY(model.removeDraft(proxy.index(row).data(MessageDraftListModel::DraftIdRole).toString()));
        QVERIFY(!headers(&proxy).contains(QStringLiteral("Middle")));
        checkGrouping(&proxy);
        model.reload();
        for (int i = 0; i < 30 && model.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(QTest::qWaitFor([&] { return model.fetchState() != PagedListModel::FetchState::Loading; }, 20000));
            proxy.fetchMore({});
        }
        QVERIFY(waitComplete(&model));
        checkGrouping(&proxy);
        QVERIFY(headers(&proxy).contains(QStringLiteral("Middle")));
    }

    void draftsViewGroupsPreviewsAndDeletes()
    {
        DraftsView view(f.provider(), f.journal.get(), {});
        view.resize(900, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setOrganization(f.org);
        QVERIFY(waitComplete(view.model()));
        FolderGroupingProxy *grouped = view.groupedModel();
        QVERIFY(headers(grouped).contains(QStringLiteral("Sales follow up")));
        checkGrouping(grouped);
        QVERIFY(!view.findChild<EmptyStateWidget *>(QStringLiteral("draftsEmpty"))->isVisible());

        // Row 0 is a header: making it current lands on the first draft instead.
        QListView *list = view.listView();
        list->setFocus();
        list->setCurrentIndex(grouped->index(0));
        QVERIFY(grouped->isHeader(0));
        QCOMPARE(list->currentIndex().row(), 1);
        const MessageDraft first = *view.currentDraft();
        QCOMPARE(view.preview()->subjectText(), first.subject.isEmpty() ? QStringLiteral("(no subject)") : first.subject);
        QVERIFY(!view.preview()->bodyText().contains(QLatin1Char('<')));
        QVERIFY(view.preview()->bodyText().size() > 3);

        // Enter edits: a compose window opens in edit mode.
        QSignalSpy opened(&view, &DraftsView::composeWindowOpened);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        auto *editor = opened.first().at(0).value<ComposeWindow *>();
        QVERIFY(editor->isEditing());
        editor->reject();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        list->setFocus();

        // Del asks first; Delete sends the DELETE and the row goes.
        const int before = view.model()->itemRowCount();
        QTest::keyClick(list, Qt::Key_Delete);
        QMessageBox *box = messageBox(&view, QStringLiteral("confirmDeleteDraft"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Delete"))->click();
        QTRY_COMPARE(view.model()->itemRowCount(), before - 1);
        QVERIFY(f.log().contains(QStringLiteral("DELETE ") + f.draftsPath(f.org) + QLatin1Char('/') + first.draftId));
        QCOMPARE(view.model()->rowOf(first.draftId), -1);
        checkGrouping(grouped);

        // F5 reloads, and the selected draft stays selected.
        list->setCurrentIndex(grouped->index(grouped->rowCount() - 1));
        const QString selected = view.currentDraft()->draftId;
        f.server->clearRequestLog();
        QTest::keyClick(list, Qt::Key_F5);
        QVERIFY(waitComplete(view.model()));
        QVERIFY(f.log().contains(QStringLiteral("GET ") + f.draftsPath(f.org)));
        QTRY_VERIFY(view.currentDraft() && view.currentDraft()->draftId == selected);

        // A failed page leaves a Retry row; Enter on it retries.
        f.server->injectFaults(1, 500);
        view.refresh();
        QVERIFY(QTest::qWaitFor([&] { return view.model()->fetchState() == PagedListModel::FetchState::Error; }, 20000));
        const int footer = grouped->rowCount() - 1;
        QCOMPARE(grouped->index(footer).data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>(),
                 PagedListModel::RowKind::ErrorFooter);
        list->setCurrentIndex(grouped->index(footer));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(waitComplete(view.model()));
        QCOMPARE(view.model()->itemRowCount(), before - 1);
        list->setCurrentIndex(grouped->index(1));
        QVERIFY(view.currentDraft());
        view.grab().save(QStringLiteral("/tmp/drafts.png"));
    }

    void emptyOrganizationShowsNoDrafts()
    {
        for (const MessageDraft &d : f.drafts(f.secondOrg)) {
            bool done = false;
            auto *call = f.provider()->deleteMessageDraft(f.secondOrg, d.draftId);
            connect(call, &ApiCall::finished, this, [&] { done = true; });
            QTRY_VERIFY(done);
        }
        DraftsView view(f.provider(), f.journal.get(), {});
        view.resize(700, 400);
        view.show();
        view.setOrganization(f.secondOrg);
        QVERIFY(waitComplete(view.model()));
        auto *empty = view.findChild<EmptyStateWidget *>(QStringLiteral("draftsEmpty"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No drafts"));
        QVERIFY(!view.currentDraft());
        view.grab().save(QStringLiteral("/tmp/drafts-empty.png"));

        // New opens a compose window for this organization; saving refreshes the list.
        ComposeWindow *w = view.newMessage();
        QVERIFY(w);
        QCOMPARE(w->organizationId(), f.secondOrg);
        QPointer<ComposeWindow> guard(w);
        fillEmail(*w, QStringLiteral("First one"));
        w->saveDraft();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->itemRowCount(), 1, 20000);
        QTRY_VERIFY(!empty->isVisible());
        QTRY_VERIFY(view.currentDraft() && view.currentDraft()->subject == QLatin1String("First one"));
        QCOMPARE(view.preview()->subjectText(), QStringLiteral("First one"));
        QTRY_VERIFY(!guard); // closed windows do not pile up
    }

    void templatesSettingsPageSavesAndDeletes()
    {
        SettingsDialog dialog(0, {});
        TemplatesSettingsPage *page = TemplatesSettingsPage::addTo(&dialog, f.templates.get());
        dialog.show();
        const int before = int(f.templates->templates().size());
        page->findChild<QPushButton *>(QStringLiteral("addTemplate"))->click();
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("templateName"));
        auto *body = page->findChild<QTextEdit *>(QStringLiteral("templateBody"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Aaa quick thanks"));
        body->setPlainText(QStringLiteral("<p>Thanks {contact.first_name}!</p>"));
        QVERIFY(page->hasUnsavedChanges());
        QCOMPARE(int(f.templates->templates().size()), before); // nothing written before Save
        page->findChild<QPushButton *>(QStringLiteral("saveTemplates"))->click();
        QVERIFY(!page->hasUnsavedChanges());
        QCOMPARE(int(f.templates->templates().size()), before + 1);
        bool found = false;
        for (const ReplyTemplate &t : f.templates->templates())
            found = found || (t.name == QLatin1String("Aaa quick thanks") && t.bodyHtml.contains(QStringLiteral("{contact.first_name}")));
        QVERIFY(found);
        QCOMPARE(page->list()->currentItem()->text(), QStringLiteral("Aaa quick thanks"));
        dialog.tabWidget()->setCurrentWidget(page);
        dialog.resize(720, 460);
        dialog.grab().save(QStringLiteral("/tmp/templates.png"));

        // Edits are saved by the dialog's OK as well.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Aaa thanks (edited)"));
        dialog.accept();
        found = false;
        for (const ReplyTemplate &t : f.templates->templates())
            found = found || t.name == QLatin1String("Aaa thanks (edited)");
        QVERIFY(found);

        dialog.show();
        page->findChild<QPushButton *>(QStringLiteral("deleteTemplate"))->click();
        QMessageBox *box = messageBox(page, QStringLiteral("confirmDeleteTemplate"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Delete"))->click();
        QTRY_COMPARE(int(f.templates->templates().size()), before);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestComposeDrafts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_compose_drafts.moc"
