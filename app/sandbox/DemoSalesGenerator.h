#pragma once

#include "DemoOrganization.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace repdesk {

class DemoRandom;
class SandboxDatabase;

// Sales in every pipeline stage with their status history and audit trail (more deals and a higher
// win rate for some agents than others, status changes spread over the half year, a share of quick
// deals decided within days, so recent ranges have a sales rate too), folder-change audit rows, and
// the pending response drafts and message drafts of the demo data.
class DemoSalesGenerator
{
public:
    DemoSalesGenerator(SandboxDatabase &db, DemoRandom &random, qint64 anchorMicros);

    void writeSales(const DemoOrganization &org);
    void writeFolderAudits(const DemoOrganization &org);
    void writeDrafts(const DemoOrganization &org);

private:
    static constexpr double kQuickShare = 0.3; // deals decided within a couple of days

    // The stages a sale went through, Qualified first, to end at `finalStage`.
    QList<int> stagesTo(int finalStage);
    QList<int> plannedStages(const DemoOrganization::Agent &owner);
    // With `keepWholePath`, a history that would reach past the anchor is squeezed into the time
    // left; otherwise the stages not reached yet are dropped. A `quick` deal moves in hours, not days.
    void writeSale(const DemoOrganization &org, int conversation, QList<int> path, bool keepWholePath, bool draft,
                   bool quick);
    void audit(const DemoOrganization &org, qint64 at, const QString &agentId, const QString &action,
               const QString &recordType, const QString &recordId, const QJsonArray &changes);
    QJsonObject quote(int topic, qint64 *totalCents);

    SandboxDatabase &m_db;
    DemoRandom &m_random;
    qint64 m_anchor;
    QSqlQuery m_insertSale;
    QSqlQuery m_insertAudit;
};

} // namespace repdesk
