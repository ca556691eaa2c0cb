#pragma once

#include <QIdentityProxyModel>

namespace repdesk {

// A TrendModel as its charts read it: the response rate in percent and the
// response time in minutes (ChartValueRole), so the value axes count in units
// people read ("40" minutes, not "2400" seconds; "70" %, not "0.7"). Every
// other role, the table and the tooltips' formatted text included, is the
// TrendModel's own.
class TrendChartModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    static constexpr int ChartValueRole = Qt::UserRole + 100;

    explicit TrendChartModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace repdesk
