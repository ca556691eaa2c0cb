#include "dashboards/TrendChartModel.h"

#include "TrendModel.h"

namespace repdesk {

TrendChartModel::TrendChartModel(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant TrendChartModel::data(const QModelIndex &index, int role) const
{
    if (role != ChartValueRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant raw = QIdentityProxyModel::data(index, Qt::UserRole);
    if (!raw.isValid())
        return raw;
    switch (index.column()) {
    case TrendModel::ResponseRateColumn:
        return raw.toDouble() * 100.0;
    case TrendModel::ResponseTimeColumn:
        return raw.toDouble() / 60.0;
    default:
        return raw;
    }
}

} // namespace repdesk
