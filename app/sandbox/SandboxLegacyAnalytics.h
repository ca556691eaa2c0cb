#pragma once

#include "SandboxDateRange.h"

#include <QJsonObject>
#include <QString>

namespace repdesk {

class SandboxDatabase;

// The legacy v1 "solution analytics" body: funnel, response, value and autonomy figures, all
// derived from the same messages and sales as the v2 analytics.
class SandboxLegacyAnalytics
{
public:
    SandboxLegacyAnalytics(SandboxDatabase &db, qint64 nowMicros) : m_db(db), m_now(nowMicros) {}

    QJsonObject compute(const QString &organizationId, const SandboxDateRange &range) const;

    // Monday to Friday, 09:00 to 17:00 UTC.
    static bool isBusinessHours(qint64 micros);

private:
    SandboxDatabase &m_db;
    qint64 m_now;
};

} // namespace repdesk
