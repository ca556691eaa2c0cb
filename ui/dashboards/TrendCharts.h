#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "TrendModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace repdesk {

class ChartPanel;
class TrendChartModel;

// A scope's trends over the range's buckets (days, or weeks for long ranges),
// one chart per unit so every series can be read on its own axis: response
// rate (%), response time (minutes), and volume (received, sent, responded
// to). Charts the scope has no series for (an agent has no response rate)
// are hidden. Buckets load one by one: the charts draw what has arrived, the
// line under them says how many are still loading, and failed buckets are
// named there with one Retry that asks only those buckets again.
class TrendCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TrendCharts(QWidget *parent = nullptr);

    void setModel(TrendModel *model);
    TrendModel *model() const { return m_model; }

    ChartPanel *rateChart() const { return m_rate; }
    ChartPanel *timeChart() const { return m_time; }
    ChartPanel *volumeChart() const { return m_volume; }
    // The charts shown for this scope.
    QList<ChartPanel *> charts() const;
    QString statusText() const;
    QPushButton *retryButton() const { return m_retry; }
    int failedBuckets() const;

    // Asks every failed bucket again.
    void retryFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();

    QPointer<TrendModel> m_model;
    TrendChartModel *m_proxy;
    ChartPanel *m_rate;
    ChartPanel *m_time;
    ChartPanel *m_volume;
    QLabel *m_status;
    QPushButton *m_retry;
    bool m_pending = false;
};

} // namespace repdesk
