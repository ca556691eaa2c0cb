#pragma once

#include "SandboxDatabase.h"
#include "SandboxOptions.h"

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

    std::optional<QVariantMap> organization(const QString &organizationId) const;
    std::optional<QVariantMap> organizationByUuid(const QString &uuid) const;
    std::optional<QVariantMap> conversation(const QString &organizationId, const QString &conversationId) const;
    // The agent that API-created drafts and messages are attributed to.
    QString defaultAgentId(const QString &organizationId) const;

private:
    SandboxDatabase &m_db;
    const SandboxOptions &m_options;
    QRandomGenerator m_random;
    DraftPromoter *m_promoter = nullptr;
};

} // namespace repdesk
