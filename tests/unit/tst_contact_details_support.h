#pragma once

// Shared by the ContactDetails tests: what OrganizationSession owns for the
// contact panel (a Cache in a temporary directory, the organization's
// SalesIndex and the ContactDetails), over the scripted FakeInboxProvider,
// plus JSON builders for the records the fake answers with.

#include "Cache.h"
#include "ContactDetails.h"
#include "FakeInboxProvider.h"
#include "SalesIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace repdesk::detailstest {

using repdesk::test::FakeInboxProvider;
using Section = ContactDetails::Section;
using State = ContactDetails::State;

inline const QString kOrg = QStringLiteral("o1");
inline constexpr Section kAllSections[] = {Section::Contact, Section::Company, Section::Conversations, Section::Sales};

struct DetailsRig
{
    // Declared so that the details go first and the cache file last.
    std::unique_ptr<FakeInboxProvider> fake;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<SalesIndex> sales;
    std::unique_ptr<ContactDetails> details;

    // A fresh cache per call (its own account key): no test inherits another's finished sales walk.
    // Returns what went wrong, or an empty string.
    QString build(const QString &directory, const QString &accountKey)
    {
        tearDown();
        fake = std::make_unique<FakeInboxProvider>();
        cache = std::make_unique<Cache>(directory, accountKey);
        if (!cache->openOrganization(kOrg))
            return cache->lastError();
        sales = std::make_unique<SalesIndex>();
        sales->setSource(fake.get(), cache.get(), kOrg);
        details = std::make_unique<ContactDetails>();
        details->setSource(fake.get(), kOrg, sales.get());
        return {};
    }

    void tearDown()
    {
        details.reset();
        sales.reset();
        cache.reset();
        fake.reset();
    }

    // True once no section is loading.
    bool settled(int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([this] {
            for (const Section s : kAllSections)
                if (details->state(s) == State::Loading)
                    return false;
            return true;
        }, timeoutMs);
    }
};

inline QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

inline FakeInboxProvider::Answer delayed(FakeInboxProvider::Answer a, int delayMs)
{
    a.delayMs = delayMs;
    return a;
}

inline FakeInboxProvider::Answer contact(const QString &id, const QString &name, const QString &companyId = {},
                                         int delayMs = 0)
{
    return delayed(FakeInboxProvider::json({{QStringLiteral("contact_id"), id},
                                            {QStringLiteral("name"), name},
                                            {QStringLiteral("email"), id + QStringLiteral("@example.com")},
                                            {QStringLiteral("company_id"), orNull(companyId)}}),
                   delayMs);
}

inline FakeInboxProvider::Answer company(const QString &id, const QString &name, int delayMs = 0)
{
    return delayed(FakeInboxProvider::json({{QStringLiteral("company_id"), id}, {QStringLiteral("name"), name}}), delayMs);
}

inline QJsonObject conversationJson(const QString &id, const QString &contactId)
{
    return {{QStringLiteral("conversation_id"), id},
            {QStringLiteral("contact_id"), contactId},
            {QStringLiteral("last_activity_at"), QStringLiteral("2026-01-02T10:00:00Z")}};
}

inline QJsonObject sale(const QString &id, const QString &conversationId)
{
    return {{QStringLiteral("sale_id"), id},
            {QStringLiteral("associated_conversation_ids"), QJsonArray{conversationId}},
            {QStringLiteral("last_activity_at"), QStringLiteral("2026-01-02T10:00:00Z")}};
}

inline Conversation conversation(const QString &id, const QString &contactId)
{
    Conversation c;
    c.conversationId = id;
    c.contactId = contactId;
    return c;
}

inline Contact knownContact(const QString &id, const QString &name, const QString &companyId = {})
{
    Contact c;
    c.contactId = id;
    c.name = name;
    c.companyId = companyId;
    return c;
}

inline QStringList conversationIds(const QList<Conversation> &list)
{
    QStringList ids;
    for (const Conversation &c : list)
        ids << c.conversationId;
    return ids;
}

inline QStringList saleIds(const QList<Sale> &list)
{
    QStringList ids;
    for (const Sale &s : list)
        ids << s.saleId;
    return ids;
}

} // namespace repdesk::detailstest
