#include "SandboxContext.h"

#include "SandboxIds.h"
#include "SandboxTime.h"

namespace repdesk {

SandboxContext::SandboxContext(SandboxDatabase &db, const SandboxOptions &options)
    : m_db(db)
    , m_options(options)
    , m_random(QRandomGenerator::securelySeeded())
{
}

qint64 SandboxContext::now() const
{
    return SandboxTime::nowMicros();
}

QString SandboxContext::newId()
{
    return SandboxIds::hrId(m_random);
}

std::optional<QVariantMap> SandboxContext::organization(const QString &organizationId) const
{
    return m_db.row(QStringLiteral("SELECT * FROM organizations WHERE id = ? AND tenant = ?"),
                    {organizationId, int(m_tenant)});
}

std::optional<QVariantMap> SandboxContext::organizationByUuid(const QString &uuid) const
{
    return m_db.row(QStringLiteral("SELECT * FROM organizations WHERE lower(uuid) = lower(?) AND tenant = ?"),
                    {uuid, int(m_tenant)});
}

QList<QVariantMap> SandboxContext::organizations() const
{
    return organizationsOf(m_tenant);
}

QList<QVariantMap> SandboxContext::organizationsOf(SandboxTenant tenant) const
{
    return m_db.rows(QStringLiteral("SELECT * FROM organizations WHERE tenant = ? ORDER BY position"), {int(tenant)});
}

std::optional<QVariantMap> SandboxContext::conversation(const QString &organizationId,
                                                        const QString &conversationId) const
{
    return m_db.row(QStringLiteral("SELECT * FROM conversations WHERE id = ? AND org_id = ?"),
                    {conversationId, organizationId});
}

QString SandboxContext::defaultAgentId(const QString &organizationId) const
{
    return m_db.scalar(QStringLiteral("SELECT id FROM agents WHERE org_id = ? ORDER BY position LIMIT 1"),
                       {organizationId}).toString();
}

} // namespace repdesk
