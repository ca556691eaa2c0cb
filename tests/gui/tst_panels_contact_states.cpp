// ContactPanel against a live SandboxServer: stale answers, errors and Retry, keyboard, width, screenshots.

#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "inbox/contact/ConversationLinkList.h"
#include "inbox/contact/SaleCard.h"
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

class TestPanelsContactStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void staleResponseDropped();
    void errorAndRetryOnClosedPort();
    void retryRecoversAfterServerErrors();
    void controlsAreNamedAndTabbable();
    void fitsNarrowWidth();
    void screenshots();

private:
    PanelSection *section(const char *name) const { return test::section(m_panel.get(), name); }

    test::ContactPanelFixture m_fx;
    std::unique_ptr<ContactPanel> m_panel;
};

void TestPanelsContactStates::initTestCase()
{
    const QString problem = m_fx.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPanelsContactStates::init()
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

void TestPanelsContactStates::cleanup()
{
    m_panel.reset();
    m_fx.dropDetails();
}

void TestPanelsContactStates::staleResponseDropped()
{
    const Conversation &other = m_fx.conversationWithout(m_fx.target.contactId);
    QSignalSpy loaded(m_fx.details.get(), &ContactDetails::contactLoaded);
    m_fx.server->setLatencyMs(150);
    m_panel->showConversation(other, nullptr);
    // Let the first conversation's requests reach the server before moving on.
    QTest::qWait(60);
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    QTest::qWait(400); // anything late for `other` would have landed by now
    for (const QList<QVariant> &args : std::as_const(loaded))
        QCOMPARE(args.at(0).value<Contact>().contactId, m_fx.target.contactId);
    QVERIFY(test::fieldValues(section("contactSection")).contains(m_fx.contact.email));
    QVERIFY(test::fieldValues(section("companySection")).contains(m_fx.company.name));
    auto *list = m_panel->findChild<ConversationLinkList *>();
    QCOMPARE(list->count(), m_fx.contactConversations.size() - 1);
    QCOMPARE(m_panel->conversationId(), m_fx.target.conversationId);
    // The sales walk is shared, not cancelled: it must land on the current conversation.
    QStringList expectedSales;
    for (const Sale &sale : m_fx.salesOf(m_fx.target.conversationId))
        expectedSales << sale.saleId;
    QStringList shownSales = test::shownSaleIds(m_panel.get());
    expectedSales.sort();
    shownSales.sort();
    QCOMPARE(shownSales, expectedSales);
}

void TestPanelsContactStates::errorAndRetryOnClosedPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Account offline(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QByteArrayLiteral("test-key"));
    offline.transport()->setRetryPolicy(RetryPolicy::none());
    ContactDetails *details = m_fx.makeDetails(offline.provider());
    QVERIFY(details);
    m_panel->setDetails(details);
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));

    PanelSection *contact = section("contactSection");
    QCOMPARE(contact->state(), PanelSection::State::Error);
    QVERIFY(!contact->statusText().isEmpty());
    QPushButton *retry = contact->errorBanner()->retryButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry: Contact"));
    // Without the contact there is nothing true to say about its company, not even "No company".
    QVERIFY(!section("companySection")->isVisibleTo(m_panel.get()));
    QCOMPARE(section("conversationsSection")->state(), PanelSection::State::Error);
    QCOMPARE(section("salesSection")->state(), PanelSection::State::Error);

    retry->click();
    QCOMPARE(contact->state(), PanelSection::State::Loading);
    QTRY_COMPARE(contact->state(), PanelSection::State::Error);
    // The sales walk is retried too, and fails again instead of spinning.
    PanelSection *sales = section("salesSection");
    QPushButton *retrySales = sales->errorBanner()->retryButton();
    QVERIFY(retrySales->isVisible());
    retrySales->click();
    QCOMPARE(sales->state(), PanelSection::State::Loading);
    QTRY_COMPARE(sales->state(), PanelSection::State::Error);
    QVERIFY(!m_fx.salesIndex->isLoading());
    // The details go before the account whose calls they watch.
    m_panel->setDetails(nullptr);
    m_fx.dropDetails();
}

void TestPanelsContactStates::retryRecoversAfterServerErrors()
{
    m_fx.account->transport()->setRetryPolicy(RetryPolicy::none());
    // Contact, other conversations and sales: the first three requests fail.
    m_fx.server->injectFaults(3, 500);
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    PanelSection *contact = section("contactSection");
    PanelSection *sales = section("salesSection");
    QCOMPARE(contact->state(), PanelSection::State::Error);
    QCOMPARE(section("conversationsSection")->state(), PanelSection::State::Error);
    QCOMPARE(sales->state(), PanelSection::State::Error);
    QVERIFY(!section("companySection")->isVisibleTo(m_panel.get()));

    contact->errorBanner()->retryButton()->click();
    sales->errorBanner()->retryButton()->click();
    section("conversationsSection")->errorBanner()->retryButton()->click();
    QVERIFY(test::waitLoaded(m_panel.get()));
    QCOMPARE(contact->state(), PanelSection::State::Content);
    QCOMPARE(section("companySection")->state(), PanelSection::State::Content);
    QCOMPARE(section("conversationsSection")->state(), PanelSection::State::Content);
    QCOMPARE(sales->state(), PanelSection::State::Content);
    QVERIFY(section("companySection")->isVisibleTo(m_panel.get()));
    QVERIFY(test::fieldValues(contact).contains(m_fx.contact.email));
    QVERIFY(test::fieldValues(section("companySection")).contains(m_fx.company.name));
}

void TestPanelsContactStates::controlsAreNamedAndTabbable()
{
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    for (QAbstractButton *b : m_panel->findChildren<QAbstractButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
    for (QAbstractItemView *v : m_panel->findChildren<QAbstractItemView *>())
        QVERIFY(!v->accessibleName().isEmpty());

    // Tab walks the panel in reading order: contact, company, conversations, sales.
    auto *scroll = m_panel->findChild<QScrollArea *>();
    scroll->setFocus();
    QVERIFY(scroll->hasFocus());
    QStringList visited;
    QList<QWidget *> seen;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        if (!w || w == scroll || seen.contains(w))
            break;
        seen << w;
        visited << w->accessibleName();
    }
    QVERIFY2(visited.size() >= 4, qPrintable(visited.join(QLatin1String(", "))));
    QCOMPARE(visited.first(), QStringLiteral("Copy name"));
    QVERIFY(visited.indexOf(QStringLiteral("Copy email")) < visited.indexOf(QStringLiteral("Copy company name")));
    QVERIFY(visited.indexOf(QStringLiteral("Copy company name")) < visited.indexOf(QStringLiteral("Other conversations")));
    // The sales come last. A sale shows "Copy total" only when it has a total, and the demo
    // data (anchored at now) sometimes gives the picked conversation sales without one (seen
    // in CI): then the sales section has nothing to tab to, and the order above is the check
    // (SaleCard adds the field only for a total).
    const int total = visited.indexOf(QStringLiteral("Copy total"));
    if (total >= 0)
        QVERIFY(visited.indexOf(QStringLiteral("Other conversations")) < total);
}

void TestPanelsContactStates::fitsNarrowWidth()
{
    m_panel->showConversation(m_fx.target, nullptr);
    QVERIFY(test::waitLoaded(m_panel.get()));
    auto *scroll = m_panel->findChild<QScrollArea *>();
    for (int width : {280, 400}) {
        m_panel->resize(width, 700);
        QTRY_COMPARE(m_panel->width(), width);
        QApplication::processEvents();
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    }
}

void TestPanelsContactStates::screenshots()
{
    struct Shot
    {
        QPalette palette;
        const char *file;
        int width;
    };
    // Light at a comfortable width, dark at the narrowest supported one.
    for (const Shot &shot : {Shot{test::lightPalette(), "contact_panel.png", 340},
                             Shot{test::darkPalette(), "contact_panel_dark.png", 280}}) {
        QApplication::setPalette(shot.palette);
        ContactPanel panel;
        ContactDetails *details = m_fx.makeDetails();
        QVERIFY(details);
        panel.setDetails(details);
        panel.resize(shot.width, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showConversation(m_fx.target, nullptr);
        QVERIFY(test::waitLoaded(&panel));
        QTest::qWait(20);
        QVERIFY(panel.grab().save(test::screenshotPath(QString::fromLatin1(shot.file))));
    }
    // The error look, narrow.
    QApplication::setPalette(test::lightPalette());
    ContactPanel panel;
    ContactDetails *details = m_fx.makeDetails();
    QVERIFY(details);
    panel.setDetails(details);
    panel.resize(280, 600);
    panel.show();
    m_fx.server->injectFaults(3, 503);
    m_fx.account->transport()->setRetryPolicy(RetryPolicy::none());
    panel.showConversation(m_fx.conversationWithout(QString()), nullptr);
    QVERIFY(test::waitLoaded(&panel));
    QTest::qWait(20);
    QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("contact_panel_errors.png"))));
}

REPDESK_PANELS_TEST_MAIN(TestPanelsContactStates)
#include "tst_panels_contact_states.moc"
