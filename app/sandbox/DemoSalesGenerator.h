#pragma once

#include "DemoOrganization.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace repdesk {

class DemoRandom;
class SandboxDatabase;

// Sales in every pipeline stage with their status history and audit trail, folder-change audit
// rows, and the pending response drafts and message drafts of the demo data.
class DemoSalesGenerator
{
public:
    DemoSalesGenerator(SandboxDatabase &db, DemoRandom &random, qint64 anchorMicros);

    void writeSales(const DemoOrganization &org);
    void writeFolderAudits(const DemoOrganization &org);
    void writeDrafts(const DemoOrganization &org);

private:
    void writeSale(const DemoOrganization &org, int conversation, int finalStage, bool draft);
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
