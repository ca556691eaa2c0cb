#pragma once

// Shared by the ContactPanel tests: a live SandboxServer on loopback, an
// Account talking to it, and a conversation picked from the demo data that
// exercises every section (linked sales, a contact with other conversations,
// a company). Nothing is mocked.

#include "Account.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "InboxProvider.h"
#include "Sale.h"
#include "SandboxServer.h"
#include "Transport.h"
#include "common/CopyableField.h"
#include "inbox/ContactPanel.h"
#include "inbox/contact/PanelSection.h"

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

// True once no section of the panel is loading any more.
inline bool waitLoaded(const ContactPanel *panel, int timeoutMs = 20000)
{
    return QTest::qWaitFor([panel] {
        for (const PanelSection *s : panel->findChildren<PanelSection *>())
            if (s->state() == PanelSection::State::Loading)
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
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Account> account;
    QString org;
    QList<Conversation> conversations;
    QList<Sale> sales;
    Conversation target; // has linked sales; its contact has other conversations
    Contact contact;
    Company company;
    QList<Conversation> contactConversations;

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
            if (theirs && theirs->items.size() >= 2) {
                target = c;
                contactConversations = theirs->items;
                break;
            }
        }
        if (target.conversationId.isEmpty())
            return QStringLiteral("no conversation with sales and a returning contact in the demo data");
        const auto person = runCall(provider->getContact(org, target.contactId));
        if (!person || person->companyId.isEmpty())
            return QStringLiteral("the target contact has no company");
        contact = *person;
        const auto firm = runCall(provider->getCompany(org, contact.companyId));
        if (!firm)
            return QStringLiteral("could not load the company");
        company = *firm;
        return {};
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
