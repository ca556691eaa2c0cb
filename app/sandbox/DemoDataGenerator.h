#pragma once

#include "DemoOrganization.h"
#include "SandboxOptions.h"
#include "SandboxTenant.h"

#include <QStringList>

namespace repdesk {

class DemoRandom;
class SandboxDatabase;

// Fills a sandbox database with each tenant's organizations and half a year of realistic data
// (DemoCalendar, DemoTeam), deterministic for (seed, anchor, conversations). Each tenant goes in one transaction with prepared
// statements, so ten thousand conversations take seconds.
class DemoDataGenerator
{
public:
    DemoDataGenerator(SandboxDatabase &db, const SandboxOptions &options) : m_db(db), m_options(options) {}

    // The first tenant (SandboxOptions::apiKey): firstOrganizationName() and secondOrganizationName().
    void generate();
    // The second tenant (SandboxOptions::secondApiKey): secondTenantOrganizationNames(), with other
    // people and conversations. It draws from its own random stream, so the first tenant's data is
    // the same whether or not the second tenant exists.
    void generateSecondTenant();

    static QString firstOrganizationName() { return QStringLiteral("Acme Roofing"); }
    static QString secondOrganizationName() { return QStringLiteral("Ferris Aircraft Sales"); }
    static QStringList secondTenantOrganizationNames()
    {
        return {QStringLiteral("Bluebird Roofing & Solar"), QStringLiteral("Kestrel Aviation Brokers")};
    }

private:
    // One organization as its tenant wants it, before anything random is drawn.
    struct Plan
    {
        DemoOrganization identity; // name, brand, domain, topic, credentials and id style
        int conversations = 0;
        bool featured = false;     // the featured contacts and the 240-message thread
        bool ownAgents = false;    // staff drawn from the name pools instead of the topic's fixed agents
    };

    void writeTenant(SandboxTenant tenant, DemoRandom &random, const QList<Plan> &plans);
    DemoOrganization makeOrganization(DemoRandom &random, const Plan &plan);
    void writeDirectory(const DemoOrganization &org, int position, SandboxTenant tenant);

    SandboxDatabase &m_db;
    const SandboxOptions &m_options;
    qint64 m_anchor = 0;
};

} // namespace repdesk
