#pragma once

#include "SandboxDatabase.h"
#include "SandboxOptions.h"
#include "SandboxTenant.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace repdesk {

class DraftPromoter;

// What every route group shares: the store, the options, the clock and the draft scheduler.
class SandboxContext
{
public:
    SandboxContext(SandboxDatabase &db, const SandboxOptions &options);

    SandboxDatabase &db() const { return m_db; }
    const SandboxOptions &options() const { return m_options; }
    qint64 now() const;
    // Runtime ids are not tied to the seed: a reused data dir must never see a collision.
    QString newId();
    QRandomGenerator &random() { return m_random; }

    DraftPromoter *promoter() const { return m_promoter; }
    void setPromoter(DraftPromoter *promoter) { m_promoter = promoter; }

    // The tenant of the request being handled. The server sets it after authentication and resets
    // it to None afterwards; this is the one place tenants are kept apart, because every route
    // reaches an organization only through the lookups below.
    void setTenant(SandboxTenant tenant) { m_tenant = tenant; }
    SandboxTenant tenant() const { return m_tenant; }

    // The current tenant's organizations only: another tenant's is as unknown as a made-up id.
    std::optional<QVariantMap> organization(const QString &organizationId) const;
    std::optional<QVariantMap> organizationByUuid(const QString &uuid) const;
    QList<QVariantMap> organizations() const; // in position order, as GET /organizations lists them
    QList<QVariantMap> organizationsOf(SandboxTenant tenant) const;
    std::optional<QVariantMap> conversation(const QString &organizationId, const QString &conversationId) const;
    // The agent that API-created drafts and messages are attributed to.
    QString defaultAgentId(const QString &organizationId) const;

private:
    SandboxDatabase &m_db;
    const SandboxOptions &m_options;
    QRandomGenerator m_random;
    DraftPromoter *m_promoter = nullptr;
    SandboxTenant m_tenant = SandboxTenant::None;
};

} // namespace repdesk
