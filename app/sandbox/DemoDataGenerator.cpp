#include "DemoDataGenerator.h"

#include "DemoConversationGenerator.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoSalesGenerator.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxTime.h"

#include <QJsonObject>

namespace repdesk {

void DemoDataGenerator::generate()
{
    m_anchor = SandboxTime::fromDateTime(m_options.anchor.isValid() ? m_options.anchor
                                                                    : QDateTime::currentDateTimeUtc());
    DemoRandom random(m_options.seed);
    const int first = qMax(1, m_options.conversations);
    QList<DemoOrganization> organizations{makeOrganization(random, 0, first),
                                          makeOrganization(random, 1, qMax(5, first / 10))};
    m_db.transaction();
    DemoConversationGenerator conversations(m_db, random, m_anchor);
    DemoSalesGenerator sales(m_db, random, m_anchor);
    for (int i = 0; i < organizations.size(); ++i) {
        DemoOrganization &org = organizations[i];
        const int count = i == 0 ? first : qMax(5, first / 10);
        conversations.plan(org, count, i == 0);
        // Contacts without a conversation (leads) still need a creation date.
        for (DemoOrganization::Contact &contact : org.contacts) {
            if (contact.createdAt == 0)
                contact.createdAt = m_anchor - random.range64(SandboxTime::kHour, 90 * SandboxTime::kDay);
        }
        writeDirectory(org, i);
        conversations.write(org);
        sales.writeSales(org);
        sales.writeFolderAudits(org);
        sales.writeDrafts(org);
    }
    m_db.setMetaValue(QStringLiteral("seed"), QString::number(m_options.seed));
    m_db.commit();
}

DemoOrganization DemoDataGenerator::makeOrganization(DemoRandom &random, int position, int conversations)
{
    DemoOrganization org;
    org.id = random.hrId();
    org.uuid = random.uuid();
    org.topic = position;
    org.name = position == 0 ? firstOrganizationName() : secondOrganizationName();
    org.domain = position == 0 ? QStringLiteral("acmeroofing.com") : QStringLiteral("ferrisaircraft.com");
    org.textCredentials = position == 0;
    org.longIds = position == 0;

    const QList<DemoNames::Person> agents = DemoNames::agents(org.topic);
    for (const DemoNames::Person &person : agents)
        org.agents.append({random.hrId(), person.name, person.emailLocal + QLatin1Char('@') + org.domain});

    const QList<DemoNames::Company> companies = DemoNames::companies(org.topic);
    for (const DemoNames::Company &company : companies)
        org.companies.append({random.hrId(), company.name, company.domain, random.index(org.agents.size())});

    const int contactCount = qMax(5, qRound(conversations * 1.5));
    const QList<DemoNames::Person> featured = position == 0 ? DemoNames::featured() : QList<DemoNames::Person>();
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

void DemoDataGenerator::writeDirectory(const DemoOrganization &org, int position)
{
    DemoRandom random(m_options.seed + 7919u * quint32(position + 1));
    m_db.exec(QStringLiteral("INSERT INTO organizations (id, uuid, name, position, email_credentials, text_credentials)"
                             " VALUES (?, ?, ?, ?, 1, ?)"),
              {org.id, org.uuid, org.name, position, org.textCredentials ? 1 : 0});
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
