// The directory's lists against repdesk-sandbox: each pages to its end with the size asked for
// and holds exactly what the server's own routes list, companies and owners are named (never
// ids), the search finds what is loaded, and a contact's conversations are its own.
#include "ContactConversationListModel.h"
#include "ContactSearchProxy.h"
#include "RecordSalesModel.h"
#include "SalesIndex.h"
#include "RoleColumnsProxy.h"
#include "tst_directory_support.h"

#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

class TestDirectoryLists : public QObject
{
    Q_OBJECT
    DirectoryFixture f;
    std::unique_ptr<AccountSession> account;
    std::unique_ptr<DirectorySession> directory;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 80;
        o.draftsToReview = false;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_directory_lists")));
        account = f.openAccount(QStringLiteral("directory-lists"));
        QVERIFY(account);
        directory = std::make_unique<DirectorySession>(account.get(), account->organization(), nullptr);
        directory->contacts()->setPageSize(7);
        directory->companies()->setPageSize(3);
        directory->agents()->setPageSize(2);
        f.server->clearRequestLog();
        directory->start();
    }

    void contactsPageToTheEnd()
    {
        ContactListModel *m = directory->contacts();
        QVERIFY(DirectoryFixture::pageToEnd(m));
        const QList<Contact> oracle = f.allContacts();
        QVERIFY(oracle.size() > 7 * 2);
        QCOMPARE(m->itemRowCount(), oracle.size());
        QCOMPARE(m->rowCount(), oracle.size()); // no footer row left behind
        for (int i = 0; i < oracle.size(); ++i)
            QCOMPARE(m->contact(i)->contactId, oracle.at(i).contactId);
        // Every listing asked for the page size set, and went on from the server's cursor.
        int pages = 0;
        for (const auto &r : f.server->requestLog()) {
            // The organization session reads contacts too (in pages of 500, for names); those are not ours.
            if (r.method != QLatin1String("GET") || !r.path.endsWith(QLatin1String("/contacts"))
                || QUrlQuery(r.query).queryItemValue(QStringLiteral("limit")) != QLatin1String("7"))
                continue;
            QCOMPARE(QUrlQuery(r.query).hasQueryItem(QStringLiteral("cursor")), pages > 0);
            ++pages;
        }
        const int least = int((oracle.size() + 6) / 7);
        QVERIFY2(pages == least || pages == least + 1, qPrintable(QString::number(pages)));
    }

    void companiesPageToTheEndWithOwnersNamed()
    {
        CompanyListModel *m = directory->companies();
        QVERIFY(DirectoryFixture::pageToEnd(m));
        const QList<Company> oracle = f.allCompanies();
        QVERIFY(oracle.size() > 3);
        QCOMPARE(m->itemRowCount(), oracle.size());
        QHash<QString, QString> agentNames;
        for (const Agent &a : f.allAgents())
            agentNames.insert(a.agentId, a.name);
        QVERIFY(QTest::qWaitFor([this] { return directory->agentsComplete(); }, 10000));
        int named = 0;
        for (int i = 0; i < oracle.size(); ++i) {
            const QModelIndex index = m->index(i);
            QCOMPARE(index.data(CompanyListModel::CompanyIdRole).toString(), oracle.at(i).companyId);
            const QString agentId = oracle.at(i).agentId;
            if (agentId.isEmpty())
                continue;
            QCOMPARE(index.data(CompanyListModel::AgentNameRole).toString(), agentNames.value(agentId));
            ++named;
        }
        QVERIFY(named > 0);
    }

    void agentRosterIsReadToItsEnd()
    {
        AgentListModel *m = directory->agents();
        // The session reads the roster to its end by itself (it names every owner).
        QVERIFY(QTest::qWaitFor([m] { return m->fetchState() == PagedListModel::FetchState::Complete; }, 10000));
        const QList<Agent> oracle = f.allAgents();
        QVERIFY(oracle.size() > 2);
        QCOMPARE(m->itemRowCount(), oracle.size());
        QCOMPARE(directory->agentIds().size(), oracle.size());
        QCOMPARE(directory->agentName(oracle.last().agentId), oracle.last().name);
        QCOMPARE(directory->agentName(QStringLiteral("HR_id_nobody")), QStringLiteral("Unknown agent"));
    }

    void contactsNameTheirCompany()
    {
        ContactListModel *m = directory->contacts();
        QHash<QString, QString> companyNames;
        for (const Company &c : f.allCompanies())
            companyNames.insert(c.companyId, c.name);
        int withCompany = 0;
        for (int row = 0; row < m->itemRowCount(); ++row) {
            const QString companyId = m->contact(row)->companyId;
            if (companyId.isEmpty())
                continue;
            ++withCompany;
            QTRY_COMPARE(m->index(row).data(ContactListModel::CompanyNameRole).toString(), companyNames.value(companyId));
        }
        QVERIFY(withCompany > 0);
    }

    void searchFindsLoadedContacts()
    {
        ContactSearchProxy *search = directory->contactSearch();
        const QList<Contact> oracle = f.allContacts();
        // A contact's e-mail, typed in upper case: the search ignores case.
        QString email;
        for (const Contact &c : oracle) {
            if (!c.email.isEmpty()) {
                email = c.email;
                break;
            }
        }
        QVERIFY(!email.isEmpty());
        search->setSearchText(email.toUpper());
        int expected = 0;
        for (const Contact &c : oracle)
            expected += (QStringList{c.name, c.email, c.phoneNumber, c.companyRole}.join(QLatin1Char('\n')))
                                .contains(email, Qt::CaseInsensitive)
                            ? 1
                            : 0;
        QVERIFY(expected >= 1);
        QCOMPARE(search->matchCount(), expected);
        QCOMPARE(search->index(0, 0).data(ContactListModel::EmailRole).toString(), email);
        // Two words must both match: a name and a word that no contact has.
        search->setSearchText(oracle.first().name + QStringLiteral(" zzqxnotaword"));
        QCOMPARE(search->matchCount(), 0);
        search->setSearchText(QString());
        QCOMPARE(search->matchCount(), oracle.size());
    }

    void tableColumnsReadRoles()
    {
        RoleColumnsProxy table;
        table.setSourceModel(directory->contactSearch());
        table.setColumns({{QStringLiteral("Name"), Qt::DisplayRole, ContactListModel::NameRole},
                          {QStringLiteral("Email"), ContactListModel::EmailRole, ContactListModel::EmailRole}});
        QCOMPARE(table.columnCount(), 2);
        QCOMPARE(table.rowCount(), directory->contacts()->itemRowCount());
        const Contact *first = directory->contacts()->contact(0);
        QCOMPARE(table.index(0, 1).data().toString(), first->email);
        QCOMPARE(table.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Email"));
    }

    void openedContactListsItsConversations()
    {
        // The contact of the organization's first conversation has at least that one.
        const QList<Conversation> conversations = f.allConversations();
        QVERIFY(!conversations.isEmpty());
        const QString contactId = conversations.first().contactId;
        QSignalSpy opened(directory.get(), &DirectorySession::contactOpened);
        directory->contactConversations()->setPageSize(1);
        directory->openContact(contactId);
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        ContactConversationListModel *m = directory->contactConversations();
        QVERIFY(DirectoryFixture::pageToEnd(m));
        int expected = 0;
        for (const Conversation &c : conversations)
            expected += c.contactId == contactId ? 1 : 0;
        QCOMPARE(m->itemRowCount(), expected);
    }

    void recordsListTheirSalesAndContacts()
    {
        SalesIndex *index = account->organization()->sales();
        QVERIFY(QTest::qWaitFor([index] { return index->isComplete() && !index->isLoading(); }, 30000));
        QCOMPARE(directory->salesState(), DirectorySession::SalesState::Known);
        const QList<Sale> sales = f.walk<Sale>([this](const ListQuery &q) { return f.client()->listSales(f.org, q); });
        QVERIFY(!sales.isEmpty());
        // The company of the first sale that has one, and the primary contact of the first sale with one.
        QString companyId;
        QString contactId;
        for (const Sale &s : sales) {
            if (companyId.isEmpty())
                companyId = s.companyId;
            if (contactId.isEmpty())
                contactId = s.primaryContactId();
        }
        QVERIFY(!companyId.isEmpty() && !contactId.isEmpty());
        int companySales = 0;
        int contactSales = 0;
        for (const Sale &s : sales) {
            companySales += s.companyId == companyId ? 1 : 0;
            bool withContact = false;
            for (const SaleContact &c : s.associatedContacts)
                withContact = withContact || c.contactId == contactId;
            contactSales += withContact ? 1 : 0;
        }
        directory->openCompany(companyId);
        QCOMPARE(directory->companySales()->rowCount(), companySales);
        QStringList expected;
        for (const Contact &c : f.allContacts())
            if (c.companyId == companyId)
                expected << c.contactId;
        QStringList listed;
        for (const Contact &c : directory->contactsOfCompany(companyId))
            listed << c.contactId;
        expected.sort();
        listed.sort();
        QCOMPARE(listed, expected);
        directory->openContact(contactId);
        QTRY_COMPARE(directory->contactSales()->rowCount(), contactSales);
        // Owners are named, never shown as ids.
        const QString owner = directory->contactSales()->index(0, RecordSalesModel::OwnerColumn).data().toString();
        QVERIFY(!owner.isEmpty() && !owner.startsWith(QLatin1String("HR_id")));
    }

    void unknownContactSaysSo()
    {
        QSignalSpy failed(directory.get(), &DirectorySession::contactOpenFailed);
        directory->openContact(QStringLiteral("HR_id_no_such_contact"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind(), ApiError::Kind::NotFound);
    }

    void cleanupTestCase()
    {
        directory.reset();
        account.reset();
    }
};

QTEST_MAIN(TestDirectoryLists)
#include "tst_directory_lists.moc"
