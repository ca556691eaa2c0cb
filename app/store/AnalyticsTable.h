#pragma once

#include "CachedAnalytics.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace repdesk {

// The dashboards' analytics answers (`analytics`: key -> body), of two kinds:
// - permanent: the answer for a closed range, which can no longer change, so
//   a trend's past buckets are asked once and never again;
// - recent: the last answer a screen showed for a scope and range, so coming
//   back to it paints at once (marked with its age) while it refreshes.
// Both are bounded: recent answers beyond kMaxRecent and permanent ones
// beyond kMaxPermanent go, the least recently fetched first.
class AnalyticsTable
{
public:
    static constexpr int kMaxRecent = 2000;
    static constexpr int kMaxPermanent = 50000;

    static bool save(QSqlDatabase &db, const QString &key, const CachedAnalytics &entry, QSqlError *error);
    static std::optional<CachedAnalytics> find(const QSqlDatabase &db, const QString &key, QSqlError *error);
    static int count(const QSqlDatabase &db, bool permanent, QSqlError *error);

private:
    static bool prune(QSqlDatabase &db, bool permanent, int keep, QSqlError *error);
};

} // namespace repdesk
