#pragma once

#include "DemoOrganization.h"
#include "SandboxOptions.h"

namespace repdesk {

class DemoRandom;
class SandboxDatabase;

// Fills an empty sandbox database with two organizations' worth of realistic data, deterministic
// for (seed, anchor, conversations). Everything goes in one transaction with prepared statements,
// so ten thousand conversations take seconds.
class DemoDataGenerator
{
public:
    DemoDataGenerator(SandboxDatabase &db, const SandboxOptions &options) : m_db(db), m_options(options) {}

    void generate();

    static QString firstOrganizationName() { return QStringLiteral("Acme Roofing"); }
    static QString secondOrganizationName() { return QStringLiteral("Ferris Aircraft Sales"); }

private:
    DemoOrganization makeOrganization(DemoRandom &random, int position, int conversations);
    void writeDirectory(const DemoOrganization &org, int position);

    SandboxDatabase &m_db;
    const SandboxOptions &m_options;
    qint64 m_anchor = 0;
};

} // namespace repdesk
