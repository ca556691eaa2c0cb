// ContactPanel against a live SandboxServer: what it shows and how it navigates.

#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "inbox/contact/ConversationLinkList.h"
#include "inbox/contact/SaleCard.h"
#include "inbox/contact/SaleCardList.h"
#include "tst_panels_contact_fixture.h"
#include "tst_panels_support.h"

#include <QClipboard>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTcpServer>
#include <QToolButton>

using namespace repdesk;

class TestPanelsContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void placeholderWhenCleared();
    void showsContactAndCompany();
    void copyButtonCopiesEmail();
    void otherConversationsExcludeCurrent();
    void enterAndDoubleClickOpenConversation();
    void salesFilteredToConversation();
    void oneSalesWalkServesEveryConversation();
    void saleOnTheLastPageOfAWalkIsFound();
    void noSalesEmptyState();
    void knownContactShownAtOnce();

private:
    PanelSection *section(const char *name) const { return test::section(m_panel.get(), name); }

    test::ContactPanelFixture m_fx;
    std::unique_ptr<ContactPanel> m_panel;
};

void TestPanelsContact::initTestCase()
{
    const QString problem = m_fx.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPanelsContact::init()
{
    m_fx.server->setLatencyMs(0);
    m_fx.account->transport()->setRetryPolicy(test::fastRetries());
    m_panel = std::make_unique<ContactPanel>();
    m_panel->resize(340, 760);
    ContactDetails *details = m_fx.makeDetails();
    QVERIFY2(details, qPrintable(m_fx.cache->lastError()));
    m_panel->setDetails(details);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPanelsContact::cleanup()
{
    m_panel.reset();
    m_fx.dropDetails();
}

void TestPanelsContact::placeholderWhenCleared()
{
    auto *placeholder = m_panel->findChild<EmptyStateWidget *>();
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->title(), QStringLiteral("Select a conversation"));
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(!placeholder->isVisible());
    m_panel->clear();
    QVERIFY(placeholder->isVisible());
    QVERIFY(m_panel->conversationId().isEmpty());
}

void TestPanelsContact::showsContactAndCompany()
{
    QSignalSpy loaded(m_fx.details.get(), &ContactDetails::contactLoaded);
    m_panel->showConversation(m_fx.target, nullptr);
    QCOMPARE(section("contactSection")->state(), PanelSection::State::Loading);
    QCOMPARE(section("contactSection")->statusText(), QStringLiteral("Loading…"));
    QVERIFY(test::waitLoaded(m_panel.get()));

    QCOMPARE(section("contactSection")->state(), PanelSection::State::Content);
    const QStringList contact = test::fieldValues(section("contactSection"));
    QVERIFY2(contact.contains(m_fx.contact.name), qPrintable(contact.join(QLatin1Char('|'))));
    QVERIFY(contact.contains(m_fx.contact.email));
    if (!m_fx.contact.phoneNumber.isEmpty())
        QVERIFY(contact.contains(m_fx.contact.phoneNumber));
    if (!m_fx.contact.companyRole.isEmpty())
        QVERIFY(contact.contains(m_fx.contact.companyRole));
    for (const auto &pair : m_fx.contact.customFieldPairs())
        QVERIFY(contact.contains(pair.second));

    QCOMPARE(section("companySection")->state(), PanelSection::State::Content);
    const QStringList company = test::fieldValues(section("companySection"));
    QVERIFY(company.contains(m_fx.company.name));
    if (!m_fx.company.domain.isEmpty())
        QVERIFY(company.contains(m_fx.company.domain));
    if (!m_fx.company.address.isEmpty())
        QVERIFY(company.contains(m_fx.company.address));

    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).value<Contact>().contactId, m_fx.contact.contactId);
    QCOMPARE(m_panel->conversationId(), m_fx.target.conversationId);
}

void TestPanelsContact::copyButtonCopiesEmail()
{
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QGuiApplication::clipboard()->clear();
    auto *copy = test::findByAccessibleName<QToolButton>(m_panel.get(), QStringLiteral("Copy email"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_fx.contact.email);
    auto *copyCompany = test::findByAccessibleName<QToolButton>(m_panel.get(), QStringLiteral("Copy company name"));
    QVERIFY(copyCompany);
    copyCompany->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_fx.company.name);
}

void TestPanelsContact::otherConversationsExcludeCurrent()
{
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(section("conversationsSection")->state(), PanelSection::State::Content);
    auto *list = m_panel->findChild<ConversationLinkList *>();
    QCOMPARE(list->count(), m_fx.contactConversations.size() - 1);
    QStringList allIds;
    for (const Conversation &c : std::as_const(m_fx.conversations))
        allIds << c.conversationId;
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY(list->conversationIdAt(row) != m_fx.target.conversationId);
        const QString text = list->model()->index(row, 0).data().toString();
        QVERIFY(!text.isEmpty());
        for (const QString &id : std::as_const(allIds))
            QVERIFY2(!text.contains(id), qPrintable(text)); // never raw ids
        QVERIFY(!list->model()->index(row, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
    }
}

void TestPanelsContact::enterAndDoubleClickOpenConversation()
{
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    auto *list = m_panel->findChild<ConversationLinkList *>();
    QVERIFY(list->count() >= 1);
    QSignalSpy open(m_panel.get(), &ContactPanel::openConversationRequested);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), list->conversationIdAt(0));
    QTest::keyClick(list, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(open.count(), 2);
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(open.count(), 2); // modified Return is left to shortcuts

    const QRect rect = list->visualRect(list->model()->index(0, 0));
    // What a real double click delivers: press, release, then the double-click
    // event (QTest::mouseDClick alone sends no press in Qt 6.4).
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 3);
    QCOMPARE(open.last().at(0).toString(), list->conversationIdAt(0));
}

void TestPanelsContact::salesFilteredToConversation()
{
    const QList<Sale> expected = m_fx.salesOf(m_fx.target.conversationId);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_fx.sales.size());

    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Content);
    const QList<SaleCard *> cards = m_panel->findChildren<SaleCard *>();
    QCOMPARE(cards.size(), expected.size());
    for (const SaleCard *card : cards) {
        bool found = false;
        for (const Sale &s : std::as_const(expected))
            if (s.saleId == card->saleId()) {
                found = true;
                if (s.currentStatus)
                    QCOMPARE(card->stageText(), s.currentStatus->label);
                const QStringList values = test::fieldValues(section("salesSection"));
                if (!s.quoteDetails.totalPrice.isEmpty())
                    QVERIFY(values.contains(SaleCard::formatTotal(s.quoteDetails)));
                if (!s.quoteDetails.products.isEmpty())
                    QVERIFY(values.join(QLatin1Char('\n')).contains(s.quoteDetails.products.first().productName));
            }
        QVERIFY2(found, qPrintable(card->saleId()));
    }
}

void TestPanelsContact::oneSalesWalkServesEveryConversation()
{
    // Small pages, so "one walk" means several requests and none after them.
    ContactDetails *details = m_fx.makeDetails(nullptr, test::ContactPanelFixture::kSmallSalesPage);
    QVERIFY(details);
    m_panel->setDetails(details);
    const QString sales = QStringLiteral("/sales");
    m_fx.server->clearRequestLog();
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    // The section may show a linked sale before the walk ends; let the walk finish.
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.salesIndex->isComplete() && !m_fx.salesIndex->isLoading(), 20000);
    QCOMPARE(m_fx.requestsTo(sales), m_fx.salePages.size());
    QCOMPARE(test::shownSaleIds(m_panel.get()).size(), m_fx.salesOf(m_fx.target.conversationId).size());

    const Conversation &other = m_fx.conversationWithout(m_fx.target.contactId);
    m_panel->showConversation(other, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(test::shownSaleIds(m_panel.get()).size(), m_fx.salesOf(other.conversationId).size());
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Content);
    QCOMPARE(test::shownSaleIds(m_panel.get()).size(), m_fx.salesOf(m_fx.target.conversationId).size());
    // The organization's index is reused while fresh: no second walk.
    QCOMPARE(m_fx.requestsTo(sales), m_fx.salePages.size());
}

void TestPanelsContact::saleOnTheLastPageOfAWalkIsFound()
{
    // A sale on a late page, and a conversation whose every sale is on that page or after it:
    // nothing before that page can satisfy the expectation. The last page where the demo data
    // (anchored at this minute) has one; any page after the first proves the walk goes on.
    Sale late;
    for (int latePage = m_fx.salePages.size() - 1; latePage >= 1 && late.saleId.isEmpty(); --latePage) {
        for (const Sale &s : std::as_const(m_fx.salePages.at(latePage))) {
            for (const QString &id : s.associatedConversationIds) {
                bool onlyLate = true;
                for (int page = 0; page < latePage; ++page)
                    for (const Sale &earlier : std::as_const(m_fx.salePages.at(page)))
                        onlyLate = onlyLate && !earlier.associatedConversationIds.contains(id);
                if (onlyLate && late.saleId.isEmpty()) {
                    late = s;
                    late.associatedConversationIds = {id};
                }
            }
        }
    }
    QVERIFY2(!late.saleId.isEmpty(), "no conversation whose sales all come after the first page");
    const QString conversationId = late.associatedConversationIds.first();
    Conversation conversation;
    conversation.conversationId = conversationId;
    for (const Conversation &c : std::as_const(m_fx.conversations))
        if (c.conversationId == conversationId)
            conversation = c;

    ContactDetails *details = m_fx.makeDetails(nullptr, test::ContactPanelFixture::kSmallSalesPage);
    QVERIFY(details);
    m_panel->setDetails(details);
    m_fx.server->clearRequestLog();
    m_panel->showConversation(conversation, nullptr);
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Loading);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.salesIndex->isComplete() && !m_fx.salesIndex->isLoading(), 20000);

    QCOMPARE(m_fx.requestsTo(QStringLiteral("/sales")), m_fx.salePages.size());
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Content);
    const QStringList shown = test::shownSaleIds(m_panel.get());
    QVERIFY2(shown.contains(late.saleId), qPrintable(shown.join(QLatin1Char(','))));
    QCOMPARE(shown.size(), m_fx.salesOf(conversationId).size());
    // The index is complete: no "still indexing" (or "only the most recent") note under the cards.
    QVERIFY(m_panel->findChild<SaleCardList *>()->note().isEmpty());
}

void TestPanelsContact::noSalesEmptyState()
{
    const Conversation *without = nullptr;
    for (const Conversation &c : std::as_const(m_fx.conversations))
        if (!without && m_fx.salesOf(c.conversationId).isEmpty())
            without = &c;
    QVERIFY(without);
    m_panel->showConversation(*without, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Empty);
    QCOMPARE(section("salesSection")->statusText(), QStringLiteral("No sales linked to this conversation"));
    QVERIFY(test::shownSaleIds(m_panel.get()).isEmpty());
}

void TestPanelsContact::knownContactShownAtOnce()
{
    QSignalSpy loaded(m_fx.details.get(), &ContactDetails::contactLoaded);
    Contact cached = m_fx.contact;
    cached.companyRole = QStringLiteral("Stale role from the cache");
    m_panel->showConversation(m_fx.target, &cached);
    // No network round trip needed to show it...
    QCOMPARE(section("contactSection")->state(), PanelSection::State::Content);
    QVERIFY(test::fieldValues(section("contactSection")).contains(QStringLiteral("Stale role from the cache")));
    QCOMPARE(loaded.count(), 0);
    // ...and the background refresh replaces it.
    QVERIFY(loaded.wait(10000));
    QVERIFY(test::waitLoaded(m_panel.get()));
    QVERIFY(!test::fieldValues(section("contactSection")).contains(QStringLiteral("Stale role from the cache")));
    QVERIFY(test::fieldValues(section("contactSection")).contains(m_fx.contact.email));
}

REPDESK_PANELS_TEST_MAIN(TestPanelsContact)
#include "tst_panels_contact.moc"
