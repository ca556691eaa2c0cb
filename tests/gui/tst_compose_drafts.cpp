// The drafts page and templates against an in-process SandboxServer:
// DraftsView over a MessageDrafts (grouping, preview, delete confirmed then
// done by MessageDrafts, a failed delete in the banner, empty state, keys,
// the footer Retry row), the page following an organization switch and being
// detached, ComposeActions' drafts window, and the Templates settings page.
// (FolderGroupingProxy itself is tested without widgets in tst_drafts_model.)
#include "tst_compose_support.h"

#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "MessageDraftListModel.h"
#include "ComposeActions.h"
#include "FolderGroupingProxy.h"
#include "ReplyTemplate.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "compose/DraftPreview.h"
#include "compose/DraftsView.h"
#include "compose/TemplatesSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QToolButton>

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

    void draftsViewGroupsPreviewsAndDeletes()
    {
        DraftsView view(f.draftsFor(), f.journal.get(), {});
        view.resize(900, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QCOMPARE(view.organizationId(), f.org);
        QCOMPARE(view.model(), f.draftsFor()->model());
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
        DraftsView view(f.draftsFor(f.secondOrg), f.journal.get(), {});
        view.resize(700, 400);
        view.show();
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

    void failedDeleteShowsInTheBannerAndKeepsTheRow()
    {
        DraftsView view(f.draftsFor(), f.journal.get(), {});
        view.resize(900, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(waitComplete(view.model()));
        QListView *list = view.listView();
        list->setFocus();
        list->setCurrentIndex(view.groupedModel()->index(1));
        QVERIFY(view.currentDraft());
        const QString id = view.currentDraft()->draftId;
        const int before = view.model()->itemRowCount();
        f.server->clearRequestLog();

        // Cancel sends nothing.
        QTest::keyClick(list, Qt::Key_Delete);
        QMessageBox *box = messageBox(&view, QStringLiteral("confirmDeleteDraft"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(f.log(), QStringList());

        QSignalSpy failed(f.draftsFor(), &MessageDrafts::deleteFailed);
        f.server->injectFaults(1, 500); // the fixture's account does not retry
        QTest::keyClick(list, Qt::Key_Delete);
        box = messageBox(&view, QStringLiteral("confirmDeleteDraft"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Delete"))->click();
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY(view.banner()->isVisible());
        QCOMPARE(view.banner()->kind(), ErrorBanner::Kind::Error);
        QVERIFY2(view.banner()->text().startsWith(QStringLiteral("Could not delete the draft.")),
                 qPrintable(view.banner()->text()));
        QCOMPARE(view.model()->itemRowCount(), before);
        QVERIFY(view.model()->rowOf(id) >= 0);
        QCOMPARE(view.currentDraft()->draftId, id);
        QCOMPARE(f.requests(QStringLiteral("DELETE"), f.draftsPath(f.org) + QLatin1Char('/') + id).first().status, 500);
    }

    void followsOrganizationSwitchAndDetach()
    {
        auto *drafts = new MessageDrafts;
        drafts->setSource(f.provider(), f.org);
        DraftsView view(drafts, f.journal.get(), {});
        view.resize(900, 560);
        view.show();
        QVERIFY(waitComplete(view.model()));
        QAbstractItemModelTester tester(view.groupedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // only the page itself may ask for pages here
        view.listView()->setCurrentIndex(view.groupedModel()->index(1));
        QVERIFY(view.currentDraft());
        QVERIFY(!view.banner()->isVisible());

        // The owner switches (here while the page is hidden): the page drops the old rows and
        // selection and loads the new organization.
        view.hide();
        f.server->clearRequestLog();
        drafts->setSource(f.provider(), f.secondOrg);
        QCOMPARE(view.organizationId(), f.secondOrg);
        QVERIFY(!view.currentDraft());
        QVERIFY(waitComplete(view.model()));
        view.show();
        QCOMPARE(view.model()->itemRowCount(), int(f.drafts(f.secondOrg).size()));
        QVERIFY(f.log().contains(QStringLiteral("GET ") + f.draftsPath(f.secondOrg)));
        QVERIFY(!f.log().contains(QStringLiteral("GET ") + f.draftsPath(f.org)));
        auto *newButton = view.findChild<QToolButton *>(QStringLiteral("newDraft"));
        QVERIFY(newButton->isEnabled());
        ComposeWindow *w = view.newMessage();
        QVERIFY(w);
        QCOMPARE(w->organizationId(), f.secondOrg);
        w->reject();

        // Detached: empty, says why, nothing to act on, no request.
        f.server->clearRequestLog();
        view.setSource(nullptr, f.journal.get());
        QVERIFY(view.isDetached());
        QVERIFY(!view.model());
        QCOMPARE(view.groupedModel()->rowCount(), 0);
        QVERIFY(view.banner()->isVisible());
        QCOMPARE(view.banner()->kind(), ErrorBanner::Kind::Info);
        QVERIFY(!newButton->isEnabled());
        QVERIFY(!view.newMessage());
        view.refresh();
        QTest::keyClick(view.listView(), Qt::Key_Delete);
        QVERIFY(!messageBox(&view, QStringLiteral("confirmDeleteDraft")));
        QTest::qWait(50);
        QCOMPARE(f.log(), QStringList());

        // Attached again it loads; and when its MessageDrafts goes away it detaches by itself.
        view.setSource(drafts, f.journal.get());
        QVERIFY(!view.isDetached());
        QVERIFY(!view.banner()->isVisible());
        QVERIFY(waitComplete(view.model()));
        QCOMPARE(view.organizationId(), f.secondOrg);
        QCOMPARE(view.groupedModel()->rowCount() > 0, view.model()->itemRowCount() > 0);
        delete drafts;
        QVERIFY(view.isDetached());
        QCOMPARE(view.groupedModel()->rowCount(), 0);
        QVERIFY(view.banner()->isVisible());
    }

    void composeActionsDraftsWindowFollowsItsSource()
    {
        QWidget window;
        ComposeActions actions(&window, f.templates.get());
        actions.showDrafts(); // no source yet: nothing to show
        QVERIFY(!actions.draftsView());
        QCOMPARE(actions.restoreUnsent(), 0);

        MessageDrafts drafts;
        drafts.setSource(f.provider(), f.org);
        actions.setSource(&drafts, f.journal.get());
        actions.showDrafts();
        QPointer<DraftsView> view = actions.draftsView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->organizationId(), f.org);
        QVERIFY(waitComplete(view->model()));
        actions.showDrafts(); // raises the same window
        QCOMPARE(actions.draftsView(), view.data());

        // The main window's switch: same MessageDrafts, new organization.
        drafts.setSource(f.provider(), f.secondOrg);
        actions.setSource(&drafts, f.journal.get());
        QCOMPARE(view->organizationId(), f.secondOrg);
        QVERIFY(waitComplete(view->model()));

        // Detached: the open window says so and the actions do nothing.
        actions.setSource(nullptr, nullptr);
        QVERIFY(view && view->isDetached());
        QVERIFY(view->banner()->isVisible());
        const int children = int(window.findChildren<ComposeWindow *>().size());
        actions.newMessage();
        QCOMPARE(int(window.findChildren<ComposeWindow *>().size()), children);
        QCOMPARE(actions.restoreUnsent(), 0);

        // Attached again, the same window follows.
        actions.setSource(&drafts, f.journal.get());
        QVERIFY(!view->isDetached());
        QCOMPARE(view->organizationId(), f.secondOrg);
        view->close();
        QTRY_VERIFY(!actions.draftsView()); // WA_DeleteOnClose
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
