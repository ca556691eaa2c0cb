#pragma once

// Shared by the ContactPanel tests: a live SandboxServer on loopback, an
// Account talking to it, a conversation picked from the demo data that
// exercises every section (linked sales, a contact with other conversations,
// a company), and what OrganizationSession owns for the panel: a Cache, the
// organization's SalesIndex and the ContactDetails the panel draws. Nothing
// is mocked.

#include "Account.h"
#include "Cache.h"
#include "Company.h"
#include "Contact.h"
#include "ContactDetails.h"
#include "Conversation.h"
#include "InboxProvider.h"
#include "Sale.h"
#include "SalesIndex.h"
#include "SandboxServer.h"
#include "Transport.h"
#include "common/CopyableField.h"
#include "inbox/ContactPanel.h"
#include "inbox/contact/PanelSection.h"
#include "inbox/contact/SaleCard.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace repdesk::test {

// Runs a call to completion and copies out its result before it deletes itself.
template<typename T>
std::optional<T> runCall(Call<T> *call)
{
    std::optional<T> out;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&] {
        done = true;
        if (call->succeeded())
            out = call->result();
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return std::nullopt;
    return out;
}

inline QStringList fieldValues(const PanelSection *section)
{
    QStringList out;
    for (const CopyableField *f : section->findChildren<CopyableField *>())
        out << f->value();
    return out;
}

inline PanelSection *section(const ContactPanel *panel, const char *name)
{
    return panel->findChild<PanelSection *>(QLatin1String(name));
}

// The sale ids on display. Cards of a previous conversation may linger hidden
// behind an Empty sales section, so only cards the user can see count.
inline QStringList shownSaleIds(const ContactPanel *panel)
{
    // New cards added to a visible panel are shown by a queued call.
    QCoreApplication::processEvents();
    QStringList ids;
    for (const SaleCard *card : panel->findChildren<SaleCard *>())
        if (card->isVisibleTo(panel))
            ids << card->saleId();
    return ids;
}

// True once no section of the panel shows a spinner any more. A hidden
// section (e.g. the company while the contact failed) shows nothing, whatever
// it last held, so only the visible ones count.
inline bool waitLoaded(const ContactPanel *panel, int timeoutMs = 20000)
{
    return QTest::qWaitFor([panel] {
        for (const PanelSection *s : panel->findChildren<PanelSection *>())
            if (s->isVisibleTo(panel) && s->state() == PanelSection::State::Loading)
                return false;
        return true;
    }, timeoutMs);
}

inline RetryPolicy fastRetries()
{
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    return fast;
}

struct ContactPanelFixture
{
    // A page size small enough that the demo data's sales take several pages.
    static constexpr int kSmallSalesPage = 4;

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Account> account;
    QString org;
    QList<Conversation> conversations;
    QList<Sale> sales;
    Conversation target; // has linked sales; its contact has other conversations
    Contact contact;
    Company company;
    QList<Conversation> contactConversations;
    QList<QList<Sale>> salePages; // the server's sales as a walk of kSmallSalesPage sees them

    // Rebuilt by makeDetails(); declared in this order so the details go first, the cache files last.
    std::unique_ptr<QTemporaryDir> cacheDir;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<SalesIndex> salesIndex;
    std::unique_ptr<ContactDetails> details;

    // Returns an empty string on success, else what went wrong.
    QString start()
    {
        SandboxOptions options;
        options.apiKey = QStringLiteral("test-key");
        options.conversations = 80;
        // Relative times in the screenshots then read like a real inbox.
        options.anchor = QDateTime::currentDateTimeUtc();
        server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!server->start(0, &error))
            return QStringLiteral("sandbox failed to start: ") + error;
        account = std::make_unique<Account>(server->url(), QByteArrayLiteral("test-key"));
        account->transport()->setRetryPolicy(fastRetries());
        org = server->organizationIds().value(0);
        if (org.isEmpty())
            return QStringLiteral("the sandbox has no organization");

        InboxProvider *provider = account->provider();
        ListQuery all;
        all.limit = 500;
        const auto convs = runCall(provider->listConversations(org, all));
        const auto sold = runCall(provider->listSales(org, all));
        if (!convs || !sold)
            return QStringLiteral("could not list conversations or sales");
        if (!sold->isLast())
            return QStringLiteral("more sales than one page: the expectations assume one");
        conversations = convs->items;
        sales = sold->items;
        for (const Conversation &c : std::as_const(conversations)) {
            if (salesOf(c.conversationId).isEmpty() || c.contactId.isEmpty())
                continue;
            const auto theirs = runCall(provider->listContactConversations(org, c.contactId, all));
            if (!theirs || theirs->items.size() < 2)
                continue;
            // The demo data is anchored at now, so which contact qualifies changes
            // from run to run: take the first that also works for a company.
            const auto person = runCall(provider->getContact(org, c.contactId));
            // ... and has an e-mail address, which the tests read and copy.
            if (!person || person->companyId.isEmpty() || person->email.isEmpty())
                continue;
            target = c;
            contactConversations = theirs->items;
            contact = *person;
            break;
        }
        if (target.conversationId.isEmpty())
            return QStringLiteral("no conversation with sales and a returning contact with a company in the demo data");
        const auto firm = runCall(provider->getCompany(org, contact.companyId));
        if (!firm)
            return QStringLiteral("could not load the company");
        company = *firm;

        QString cursor;
        do {
            ListQuery small;
            small.limit = kSmallSalesPage;
            small.cursor = cursor;
            const auto page = runCall(provider->listSales(org, small));
            if (!page)
                return QStringLiteral("could not walk the sales in small pages");
            salePages << page->items;
            cursor = page->isLast() ? QString() : page->nextCursor;
        } while (!cursor.isEmpty() && salePages.size() < 200);
        if (salePages.size() < 3)
            return QStringLiteral("the demo sales take fewer than 3 small pages: paging would go untested");
        return {};
    }

    // Fresh details over `provider` (the sandbox's when null), with an empty
    // cache so every test starts before the organization's first sales walk.
    // Replaces (and so deletes) the previous ones. Null when the cache fails to open.
    ContactDetails *makeDetails(InboxProvider *provider = nullptr, int salesPageSize = SalesIndex::kPageSize)
    {
        details.reset();
        salesIndex.reset();
        cache.reset();
        cacheDir = std::make_unique<QTemporaryDir>();
        if (!provider)
            provider = account->provider();
        cache = std::make_unique<Cache>(cacheDir->path(), QStringLiteral("panel-tests"));
        if (!cache->openOrganization(org))
            return nullptr;
        salesIndex = std::make_unique<SalesIndex>();
        salesIndex->setSource(provider, cache.get(), org);
        salesIndex->setPageSize(salesPageSize);
        details = std::make_unique<ContactDetails>();
        details->setSource(provider, org, salesIndex.get());
        return details.get();
    }

    void dropDetails()
    {
        details.reset();
        salesIndex.reset();
        cache.reset();
        cacheDir.reset();
    }

    QList<Sale> salesOf(const QString &conversationId) const
    {
        QList<Sale> out;
        for (const Sale &s : sales)
            if (s.associatedConversationIds.contains(conversationId))
                out << s;
        return out;
    }

    // Any conversation of another contact (any contact at all for an empty id).
    const Conversation &conversationWithout(const QString &contactId) const
    {
        for (const Conversation &c : conversations)
            if (c.contactId != contactId && !c.contactId.isEmpty())
                return c;
        return conversations.first();
    }

    int requestsTo(const QString &pathSuffix) const
    {
        int n = 0;
        for (const SandboxRequestRecord &r : server->requestLog())
            if (r.path.endsWith(pathSuffix))
                ++n;
        return n;
    }
};

} // namespace repdesk::test
