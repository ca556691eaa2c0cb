// The directory workspace (Ctrl+5) offscreen against repdesk-sandbox: the lists fill and export,
// the search filters what is loaded, the create dialogs show the form's and the server's
// objections next to the field, a new record opens after it is created, a failed first page shows
// a banner whose Retry recovers, and the keyboard reaches a contact's conversation.
#include "CompanyListModel.h"
#include "ContactSearchProxy.h"
#include "ContactListModel.h"
#include "common/ErrorBanner.h"
#include "common/TableExportActions.h"
#include "dashboards/PagedListView.h"
#include "directory/CompanyCreateDialog.h"
#include "directory/CompanyDetailPane.h"
#include "directory/ContactCreateDialog.h"
#include "directory/ContactDetailPane.h"
#include "directory/DirectoryListPane.h"
#include "directory/DirectoryTable.h"
#include "directory/DirectoryWorkspace.h"
#include "directory/FieldErrorLabel.h"
#include "tst_directory_support.h"

#include <QApplication>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace repdesk;
using namespace repdesk::test;

// Waits for the sandbox and the event loop, generous for a loaded CI machine; never a fixed sleep.
constexpr int kWaitMs = 20000;

class TestDirectoryWorkspace : public QObject
{
    Q_OBJECT
    DirectoryFixture f;
    std::unique_ptr<AccountSession> account;
    std::unique_ptr<DirectorySession> directory;
    std::unique_ptr<DirectoryWorkspace> workspace;

    template<typename Dialog>
    Dialog *openDialog()
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = workspace->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        }, 5000);
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        o.draftsToReview = false;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_directory_workspace")));
        account = f.openAccount(QStringLiteral("directory-workspace"));
        QVERIFY(account);
        directory = std::make_unique<DirectorySession>(account.get(), account->organization(), nullptr);
        directory->companies()->setPageSize(4); // the contact dialog must page on to offer them all
        workspace = std::make_unique<DirectoryWorkspace>(directory.get());
        workspace->resize(1200, 800);
        workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
        QVERIFY(directory->isStarted()); // shown: the first pages are asked
        QVERIFY(QTest::qWaitFor([this] { return directory->contacts()->itemRowCount() > 0; }, 10000));
        QVERIFY(QTest::qWaitFor([this] { return directory->agentsComplete(); }, 10000));
    }

    void init()
    {
        f.server->injectFaults(0, 500);
        f.server->clearRequestLog();
    }

    void contactTableShowsNamesAndExportsCsv()
    {
        DirectoryTable *table = workspace->contactList()->table();
        QCOMPARE(table->model()->columnCount(), 5);
        const Contact *first = directory->contacts()->contact(0);
        QCOMPARE(table->model()->index(0, 1).data().toString(), first->email);
        const QString csv = QString::fromUtf8(table->exportActions()->csv());
        QVERIFY2(csv.startsWith(QLatin1String("Name,Email,Phone,Company,Role\r\n")), qPrintable(csv.left(80)));
        QVERIFY(first->email.isEmpty() || csv.contains(first->email));
        // A contact's company is named in its column, never by id.
        for (int row = 0; row < directory->contacts()->itemRowCount(); ++row) {
            if (directory->contacts()->contact(row)->companyId.isEmpty())
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(!table->model()->index(row, 3).data().toString().isEmpty(), kWaitMs);
            QVERIFY(!table->model()->index(row, 3).data().toString().startsWith(QLatin1String("HR_id")));
            break;
        }
    }

    void searchFiltersAndEscapeClears()
    {
        workspace->focusSearch();
        QLineEdit *search = workspace->contactList()->searchField();
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), kWaitMs);
        const Contact *first = directory->contacts()->contact(0);
        const QString name = ContactListModel::displayName(*first);
        search->setText(name); // (keyClicks takes Latin-1 only; demo names may not be)
        DirectoryTable *table = workspace->contactList()->table();
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < directory->contacts()->rowCount());
        QCOMPARE(table->model()->index(0, 0).data().toString(), name);
        // Down goes to the results; the first one opens beside the list.
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->contactDetail()->contactId(), first->contactId, kWaitMs);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(table->model()->rowCount(), directory->contacts()->rowCount());
    }

    void keyboardReachesAContactsConversation()
    {
        // The contact of the first conversation has one to open.
        const QString contactId = f.allConversations().first().contactId;
        workspace->showContact(contactId);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->contactDetail()->contactId(), contactId, kWaitMs);
        PagedListView *conversations = workspace->contactDetail()->conversations();
        QTRY_VERIFY_WITH_TIMEOUT(conversations->model()->rowCount() > 0
                    && conversations->model()->index(0, 0).data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>()
                           == PagedListModel::RowKind::Item, kWaitMs);
        QSignalSpy open(workspace.get(), &DirectoryWorkspace::openConversationRequested);
        conversations->setFocus();
        conversations->setCurrentIndex(conversations->model()->index(0, 0));
        QTest::keyClick(conversations, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QVERIFY(!open.first().first().toString().isEmpty());
    }

    void companyDialogShowsTheFormsAndTheServersObjectionOnTheDomain()
    {
        workspace->createCompany();
        auto *dialog = openDialog<CompanyCreateDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Coast City Aviation"));
        QTest::keyClicks(dialog->domainField(), QStringLiteral("localhost"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        FieldErrorLabel *domainError = dialog->errorLabel(QStringLiteral("domain"));
        QVERIFY(domainError->isVisible());
        QVERIFY(!dialog->errorLabel(QStringLiteral("name"))->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->domainField()); // the dialog's focus (offscreen windows are not activated)
        QCOMPARE(dialog->domainField()->accessibleDescription(), domainError->text());
        QCOMPARE(f.posts(QStringLiteral("companies")), 0);

        // A dot, but an underscore the server refuses: its 422 lands on the domain too.
        dialog->domainField()->setText(QStringLiteral("coast_city.example"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), RecordCreate::State::Refused, kWaitMs);
        QVERIFY(domainError->isVisible());
        QVERIFY2(domainError->text().contains(QLatin1String("domain")), qPrintable(domainError->text()));
        QCOMPARE(f.posts(QStringLiteral("companies")), 1);

        // Corrected, with an owner from the roster: created once, and it opens.
        dialog->domainField()->setText(QStringLiteral("https://CoastCity.example/contact"));
        dialog->agentField()->setCurrentIndex(1);
        const QString owner = dialog->agentField()->currentText();
        QPointer<CompanyCreateDialog> guard(dialog);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);
        QCOMPARE(f.posts(QStringLiteral("companies")), 2);
        QCOMPARE(workspace->currentTab(), DirectoryWorkspace::Tab::Companies);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->companyDetail()->title(), QStringLiteral("Coast City Aviation"), kWaitMs);
        QCOMPARE(workspace->companyDetail()->ownerButton()->text(), tr("Owner: %1").arg(owner));
        DirectoryTable *companies = workspace->companyList()->table();
        QCOMPARE(companies->currentIndex().row(), 0);
        QCOMPARE(companies->model()->index(0, 1).data().toString(), QStringLiteral("coastcity.example"));
    }

    void contactDialogNeedsOneWayToReachThemAndOpensTheNewContact()
    {
        ContactPrefill prefill;
        prefill.email = QStringLiteral("carol.ferris@ferris.example");
        const QList<Company> companies = f.allCompanies();
        prefill.companyId = companies.last().companyId;
        workspace->createContact(prefill);
        auto *dialog = openDialog<ContactCreateDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->emailField()->text(), prefill.email);
        // Every company can be chosen (the list pages on to its end), the prefilled one chosen.
        QCOMPARE(dialog->companyField()->currentData().toString(), prefill.companyId);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->companyField()->currentText(), companies.last().name, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(directory->companies()->fetchState() == PagedListModel::FetchState::Complete, kWaitMs);
        QCOMPARE(dialog->companyField()->count(), companies.size() + 1);
        QCOMPARE(dialog->companyField()->currentData().toString(), prefill.companyId);
        // Nothing to reach them by: the form says so and sends nothing.
        dialog->emailField()->clear();
        QTest::keyClicks(dialog->roleField(), QStringLiteral("Test pilot"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(!dialog->formError().isEmpty());
        QCOMPARE(dialog->focusWidget(), dialog->nameField());
        QCOMPARE(f.posts(QStringLiteral("contacts")), 0);

        QTest::keyClicks(dialog->nameField(), QStringLiteral("Carol Ferris"));
        QPointer<ContactCreateDialog> guard(dialog);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return); // Enter creates (the default button)
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
        QCOMPARE(workspace->currentTab(), DirectoryWorkspace::Tab::Contacts);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->contactDetail()->contactId(), directory->contacts()->contact(0)->contactId, kWaitMs);
        QCOMPARE(directory->contacts()->contact(0)->name, QStringLiteral("Carol Ferris"));
        QCOMPARE(directory->contacts()->contact(0)->companyId, prefill.companyId);
    }

    void contactCreatedAfterItsDialogClosedInDoubtIsAnnounced()
    {
        workspace->createContact();
        auto *dialog = openDialog<ContactCreateDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Guy Gardner"));
        // The POST is taken and its answer lost; then the server fails every check.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->state(), RecordCreate::State::Unconfirmed, 20000);
        QCOMPARE(dialog->createButton()->text(), tr("Check again"));
        QVERIFY(!dialog->statusText().isEmpty());

        directory->setRecheckDelayMs(50);
        QPointer<ContactCreateDialog> closing(dialog);
        dialog->reject(); // not busy: it may close, and the session checks on
        QTRY_VERIFY_WITH_TIMEOUT(!closing, kWaitMs);
        QCOMPARE(directory->pendingChecks(), 1);
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        ErrorBanner *notice = workspace->notice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QVERIFY(notice->text().contains(QLatin1String("Guy Gardner")));
        QTest::mouseClick(notice->retryButton(), Qt::LeftButton); // "Open"
        QTRY_COMPARE_WITH_TIMEOUT(workspace->contactDetail()->contactId(), directory->contacts()->contact(0)->contactId, kWaitMs);
        QCOMPARE(directory->contacts()->contact(0)->name, QStringLiteral("Guy Gardner"));
        QCOMPARE(f.posts(QStringLiteral("contacts")), 1);
    }

    void keysWinOverTheWindowsMenusWhileTheDirectoryHasTheFocus()
    {
        // As in the main window: File > New message (Ctrl+N), View > Search (Ctrl+F), File > Refresh (F5).
        DirectorySession second(account.get(), account->organization(), nullptr);
        QMainWindow window;
        auto *view = new DirectoryWorkspace(&second);
        window.setCentralWidget(view);
        int menuShortcuts = 0;
        QMenu *menu = window.menuBar()->addMenu(QStringLiteral("&File"));
        for (const QKeySequence &keys : {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Find),
                                         QKeySequence(Qt::Key_F5)})
            menu->addAction(QStringLiteral("x"), [&menuShortcuts] { ++menuShortcuts; })->setShortcut(keys);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(second.contacts()->itemRowCount() > 0, kWaitMs);
        DirectoryTable *table = view->contactList()->table();
        table->setFocus();
        table->selectRow(0);

        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(view->contactList()->searchField()->hasFocus(), kWaitMs);
        f.server->clearRequestLog();
        QTest::keyClick(view->contactList()->searchField(), Qt::Key_F5);
        // The contacts are asked again from their first page (the directory's pages hold 100).
        const auto listedAgain = [this] {
            for (const auto &r : f.server->requestLog()) {
                if (r.path.endsWith(QLatin1String("/contacts")) && r.query.contains(QLatin1String("limit=100"))
                    && !r.query.contains(QLatin1String("cursor")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listedAgain(), kWaitMs);
        QTest::keyClick(view->contactList()->searchField(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = view->findChild<ContactCreateDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(menuShortcuts, 0);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!view->findChild<ContactCreateDialog *>(), kWaitMs);
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<CompanyCreateDialog *>(), kWaitMs);
        QCOMPARE(menuShortcuts, 0);

        // File > Export while the directory is on screen: the list shown.
        QMenu exportMenu;
        view->fillExportMenu(&exportMenu);
        QCOMPARE(exportMenu.actions().first()->text(), tr("Contacts"));
    }

    void searchOffersToCoverEveryContact()
    {
        DirectorySession second(account.get(), account->organization(), nullptr);
        second.contacts()->setPageSize(7);
        DirectoryWorkspace view(&second);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The table pages in what fills it, then waits for a scroll.
        QTRY_VERIFY_WITH_TIMEOUT(second.contacts()->itemRowCount() >= 7
                    && second.contacts()->fetchState() == PagedListModel::FetchState::Idle, kWaitMs);
        QPushButton *loadAll = view.contactList()->loadAllButton();
        QVERIFY(!loadAll->isVisible()); // no search, nothing to offer
        const QList<Contact> oracle = f.allContacts();
        const QString word = QStringLiteral("example"); // in many demo addresses
        int expected = 0;
        for (const Contact &c : oracle)
            expected += (c.email + c.name).contains(word, Qt::CaseInsensitive) ? 1 : 0;
        view.contactList()->searchField()->setText(word);
        QVERIFY(loadAll->isVisible());
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(second.contacts()->fetchState() == PagedListModel::FetchState::Complete, 20000);
        QCOMPARE(second.contacts()->itemRowCount(), oracle.size());
        QVERIFY(!loadAll->isVisible());
        QVERIFY(expected > 0);
        QCOMPARE(second.contactSearch()->matchCount(), expected);
    }

    void failedLaterPageLeavesARetryRowThatEnterRetries()
    {
        DirectorySession second(account.get(), account->organization(), nullptr);
        second.contacts()->setPageSize(5);
        DirectoryWorkspace view(&second);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ContactListModel *contacts = second.contacts();
        QTRY_VERIFY_WITH_TIMEOUT(contacts->itemRowCount() >= 5 && contacts->fetchState() == PagedListModel::FetchState::Idle, kWaitMs);
        const int before = contacts->itemRowCount();
        f.server->injectFaults(1000, 500);
        contacts->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(contacts->fetchState() == PagedListModel::FetchState::Error, 20000);
        DirectoryTable *table = view.contactList()->table();
        const int footer = table->model()->rowCount() - 1;
        QCOMPARE(footer, before);
        QVERIFY(table->model()->index(footer, 0).data().toString().contains(QLatin1String("retry")));
        QVERIFY(!view.contactList()->banner()->isVisible()); // the rows already there stay, the banner is for a first page
        f.server->injectFaults(0, 500);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(footer, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(contacts->itemRowCount() > before, 20000);
    }

    void failedFirstPageShowsABannerWhoseRetryRecovers()
    {
        DirectorySession second(account.get(), account->organization(), nullptr);
        DirectoryWorkspace view(&second);
        f.server->injectFaults(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ErrorBanner *banner = view.contactList()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->text().contains(QLatin1String("Could not load")));
        f.server->injectFaults(0, 500);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(second.contacts()->itemRowCount() > 0, 20000);
        QVERIFY(!banner->isVisible());
    }

    void cleanupTestCase()
    {
        workspace.reset();
        directory.reset();
        account.reset();
    }
};

QTEST_MAIN(TestDirectoryWorkspace)
#include "tst_directory_workspace.moc"
