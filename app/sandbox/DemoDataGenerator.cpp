#include "DemoDataGenerator.h"

#include "DemoCalendar.h"
#include "DemoConversationGenerator.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoReviewQueue.h"
#include "DemoSalesGenerator.h"
#include "DemoTeam.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxTime.h"

#include <QJsonObject>

namespace repdesk {

namespace {

DemoOrganization identity(const QString &name, const QString &brand, const QString &domain, int topic,
                          bool textCredentials, bool longIds)
{
    DemoOrganization org;
    org.name = name;
    org.brand = brand;
    org.domain = domain;
    org.topic = topic;
    org.textCredentials = textCredentials;
    org.longIds = longIds;
    return org;
}

// Seeds the second tenant apart from the first (golden-ratio offset), still a function of the seed.
constexpr quint32 kSecondTenantSeedOffset = 0x9e3779b9u;
// The review queue draws from a stream of its own per organization (see DemoReviewQueue::write).
constexpr quint32 kReviewQueueSeedSalt = 0x2e71e3a5u;

} // namespace

void DemoDataGenerator::generate()
{
    const int first = qMax(1, m_options.conversations);
    DemoRandom random(m_options.seed);
    writeTenant(SandboxTenant::First, random,
                {{identity(firstOrganizationName(), QStringLiteral("Acme Roofing"), QStringLiteral("acmeroofing.com"), 0, true, true),
                  first, true, false},
                 {identity(secondOrganizationName(), QStringLiteral("Ferris Aircraft"), QStringLiteral("ferrisaircraft.com"), 1, false, false),
                  qMax(5, first / 10), false, false}});
    m_db.setMetaValue(QStringLiteral("seed"), QString::number(m_options.seed));
}

void DemoDataGenerator::generateSecondTenant()
{
    const int first = qMax(1, m_options.secondTenantConversations);
    const QStringList names = secondTenantOrganizationNames();
    DemoRandom random(m_options.seed + kSecondTenantSeedOffset);
    writeTenant(SandboxTenant::Second, random,
                {{identity(names.at(0), QStringLiteral("Bluebird Roofing"), QStringLiteral("bluebirdroofing.com"), 0, true, false),
                  first, false, true},
                 {identity(names.at(1), QStringLiteral("Kestrel Aviation"), QStringLiteral("kestrelaviation.com"), 1, false, false),
                  qMax(5, first / 10), false, true}});
}

void DemoDataGenerator::writeTenant(SandboxTenant tenant, DemoRandom &random, const QList<Plan> &plans)
{
    m_anchor = SandboxTime::fromDateTime(m_options.anchor.isValid() ? m_options.anchor
                                                                    : QDateTime::currentDateTimeUtc());
    // Positions go on after the organizations already there, so one ORDER BY position lists every tenant.
    const int firstPosition = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM organizations")).toInt();
    QList<DemoOrganization> organizations;
    for (const Plan &plan : plans)
        organizations.append(makeOrganization(random, plan));
    m_db.transaction();
    DemoConversationGenerator conversations(m_db, random, m_anchor);
    DemoSalesGenerator sales(m_db, random, m_anchor);
    DemoReviewQueue review(m_db, m_anchor);
    for (int i = 0; i < organizations.size(); ++i) {
        DemoOrganization &org = organizations[i];
        conversations.plan(org, plans.at(i).conversations, plans.at(i).featured);
        // Contacts without a conversation (leads) still need a creation date.
        for (DemoOrganization::Contact &contact : org.contacts) {
            if (contact.createdAt == 0)
                contact.createdAt = m_anchor - random.range64(SandboxTime::kHour, DemoCalendar::kWeeks * 7 * SandboxTime::kDay);
        }
        writeDirectory(org, firstPosition + i, tenant);
        conversations.write(org);
        sales.writeSales(org);
        sales.writeFolderAudits(org);
        sales.writeDrafts(org);
        if (m_options.draftsToReview)
            review.write(org, (m_options.seed ^ kReviewQueueSeedSalt) + 104729u * quint32(firstPosition + i + 1));
    }
    m_db.commit();
}

DemoOrganization DemoDataGenerator::makeOrganization(DemoRandom &random, const Plan &plan)
{
    DemoOrganization org = plan.identity;
    org.id = random.hrId();
    org.uuid = random.uuid();

    QList<DemoNames::Person> agents;
    if (plan.ownAgents) {
        for (int i = 0; i < 3; ++i)
            agents.append(DemoNames::person(random));
    } else {
        agents = DemoNames::agents(org.topic);
    }
    org.agents = DemoTeam::build(random, agents, org.domain);

    const QList<DemoNames::Company> companies = DemoNames::companies(org.topic);
    for (const DemoNames::Company &company : companies)
        org.companies.append({random.hrId(), company.name, company.domain, random.index(org.agents.size())});

    const int contactCount = qMax(5, qRound(plan.conversations * 1.5));
    const QList<DemoNames::Person> featured = plan.featured ? DemoNames::featured() : QList<DemoNames::Person>();
    for (int i = 0; i < contactCount; ++i) {
        const DemoNames::Person person = i < featured.size() ? featured.at(i) : DemoNames::person(random);
        DemoOrganization::Contact contact;
        contact.id = org.longIds ? random.fernetId() : random.hrId();
        contact.name = person.name;
        contact.company = random.chance(0.65) ? random.index(org.companies.size()) : -1;
        const QString domain = contact.company >= 0 ? org.companies.at(contact.company).domain
                                                    : DemoNames::freeMailDomain(random);
        // A few contacts are reachable by phone only, a few by e-mail only.
        if (i < featured.size() || !random.chance(0.1))
            contact.email = person.emailLocal + QLatin1Char('@') + domain;
        if (i < featured.size() || contact.email.isEmpty() || !random.chance(0.1))
            contact.phone = DemoNames::phone(random);
        org.contacts.append(contact);
    }
    return org;
}

void DemoDataGenerator::writeDirectory(const DemoOrganization &org, int position, SandboxTenant tenant)
{
    DemoRandom random(m_options.seed + 7919u * quint32(position + 1));
    m_db.exec(QStringLiteral("INSERT INTO organizations (id, uuid, name, position, email_credentials, text_credentials, tenant)"
                             " VALUES (?, ?, ?, ?, 1, ?, ?)"),
              {org.id, org.uuid, org.name, position, org.textCredentials ? 1 : 0, int(tenant)});
    for (int i = 0; i < org.agents.size(); ++i) {
        const auto &agent = org.agents.at(i);
        m_db.exec(QStringLiteral("INSERT INTO agents (id, org_id, name, email, position) VALUES (?, ?, ?, ?, ?)"),
                  {agent.id, org.id, agent.name, agent.email, i});
    }
    QSqlQuery company = m_db.prepare(QStringLiteral(
        "INSERT INTO companies (id, org_id, name, domain, custom_fields, address, agent_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < org.companies.size(); ++i) {
        const auto &c = org.companies.at(i);
        const QJsonObject fields = i % 3 == 0 ? QJsonObject{{QStringLiteral("notes"), QStringLiteral("Priority account")},
                                                            {QStringLiteral("tier"), QStringLiteral("gold")}}
                                              : QJsonObject();
        const QVariantList values{c.id, org.id, c.name, c.domain, SandboxRecordJson::serialize(fields),
                                  i % 5 == 4 ? QVariant() : QVariant(DemoNames::address(random)),
                                  org.agents.at(c.agent).id,
                                  m_anchor - random.range64(61 * SandboxTime::kDay, 400 * SandboxTime::kDay)};
        for (int v = 0; v < values.size(); ++v)
            company.bindValue(v, values.at(v));
        company.exec();
    }
    static const QList<QString> notes{QStringLiteral("Prefers SMS"), QStringLiteral("Prefers texts 📱"),
                                      QStringLiteral("Call after 5pm"), QStringLiteral("🏠 Homeowner since 2019"),
                                      QStringLiteral("Referred by a neighbour")};
    QSqlQuery contact = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts (id, org_id, name, email, phone_number, created_at, company_id, custom_fields, company_role)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < org.contacts.size(); ++i) {
        const auto &c = org.contacts.at(i);
        QJsonObject fields;
        if (random.chance(0.6))
            fields.insert(QStringLiteral("notes"), random.pick(notes));
        if (random.chance(0.3))
            fields.insert(QStringLiteral("lead_source"), random.chance(0.5) ? QStringLiteral("Google Ads") : QStringLiteral("Referral"));
        const QVariantList values{c.id, org.id, c.name, c.email.isEmpty() ? QVariant() : QVariant(c.email),
                                  c.phone.isEmpty() ? QVariant() : QVariant(c.phone), c.createdAt,
                                  c.company >= 0 ? QVariant(org.companies.at(c.company).id) : QVariant(),
                                  SandboxRecordJson::serialize(fields),
                                  c.company >= 0 ? QVariant(DemoNames::role(random, org.topic)) : QVariant()};
        for (int v = 0; v < values.size(); ++v)
            contact.bindValue(v, values.at(v));
        contact.exec();
    }
}

} // namespace repdesk
