#include "dashboards/TrendCharts.h"

#include "dashboards/CountAxis.h"
#include "common/ThemeColors.h"
#include "dashboards/ResponsiveGrid.h"
#include "dashboards/TrendChartModel.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"
#include "FigureFormatter.h"
#include "TrendModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

namespace {
ChartPanel *lineChart(const QString &title, const QList<int> &columns, TrendChartModel *model, QWidget *parent)
{
    auto *panel = new ChartPanel(title, parent);
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Line;
    spec.labelColumn = TrendModel::BucketColumn;
    spec.seriesColumns = columns;
    spec.valueRole = TrendChartModel::ChartValueRole;
    panel->setSpec(spec);
    panel->setModel(model);
    panel->setMinimumHeight(220);
    panel->setEmptyText(TrendCharts::tr("No data for this range"));
    return panel;
}
} // namespace

TrendCharts::TrendCharts(QWidget *parent)
    : QWidget(parent),
      m_proxy(new TrendChartModel(this)),
      m_rate(lineChart(tr("Response rate (%)"), {TrendModel::ResponseRateColumn}, m_proxy, this)),
      m_time(lineChart(tr("Response time (minutes)"), {TrendModel::ResponseTimeColumn}, m_proxy, this)),
      m_volume(lineChart(tr("Volume"),
                         {TrendModel::ReceivedColumn, TrendModel::SentColumn, TrendModel::RespondedToColumn}, m_proxy,
                         this)),
      m_status(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry failed buckets"), this))
{
    // Three series and a legend: more height, or the value axis has no room for its labels.
    m_volume->setMinimumHeight(280);
    CountAxis::attach(m_volume);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, &TrendCharts::retryFailed);
    for (ChartPanel *panel : {m_rate, m_time, m_volume})
        connect(panel, &ChartPanel::retryRequested, this, &TrendCharts::retryFailed);

    // One to a line in a half-screen pane (the day labels need the width), more on wide screens.
    auto *charts = new ResponsiveGrid(420, 3, this);
    charts->addWidget(m_rate);
    charts->addWidget(m_time);
    charts->addWidget(m_volume);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(0, 0, 0, 0);
    status->addWidget(m_status, 1);
    status->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(charts);
    layout->addLayout(status);
    ThemeColors::setTextColor(m_status, ThemeColors::muted(palette()));
}

void TrendCharts::setModel(TrendModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        // Buckets answer one by one: one state update per event loop turn, like the charts' rebuilds.
        const auto schedule = [this] {
            if (m_pending)
                return;
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                updateState();
            });
        };
        connect(model, &QAbstractItemModel::dataChanged, this, schedule);
        connect(model, &QAbstractItemModel::modelReset, this, schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    }
    m_rate->setVisible(model && model->hasSeries(TrendModel::ResponseRateColumn));
    m_time->setVisible(model && model->hasSeries(TrendModel::ResponseTimeColumn));
    QList<int> volume;
    for (int column : {TrendModel::ReceivedColumn, TrendModel::SentColumn, TrendModel::RespondedToColumn}) {
        if (model && model->hasSeries(TrendModel::Column(column)))
            volume << column;
    }
    m_volume->setSeriesColumns(volume);
    updateState();
}

QList<ChartPanel *> TrendCharts::charts() const
{
    QList<ChartPanel *> out;
    for (ChartPanel *panel : {m_rate, m_time, m_volume}) {
        if (!panel->isHidden())
            out << panel;
    }
    return out;
}

int TrendCharts::failedBuckets() const
{
    int failed = 0;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row)
        failed += m_model->state(row).value == FigureState::Error ? 1 : 0;
    return failed;
}

void TrendCharts::retryFailed()
{
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        if (m_model->state(row).value == FigureState::Error)
            m_model->retry(row);
    }
}

void TrendCharts::updateState()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    int shown = 0, loading = 0, failed = 0;
    QString why;
    QDateTime oldest;
    for (int row = 0; row < rows; ++row) {
        const FigureState state = m_model->state(row);
        shown += state.hasFigure() ? 1 : 0;
        loading += state.value == FigureState::Loading || state.refreshing ? 1 : 0;
        if (state.value == FigureState::Error) {
            ++failed;
            why = state.errorText;
        }
        if (state.hasFigure() && (!oldest.isValid() || state.fetchedAt < oldest))
            oldest = state.fetchedAt;
    }
    const bool weeks = m_model && m_model->granularity() == AnalyticsRange::Granularity::Week;
    for (ChartPanel *panel : {m_rate, m_time, m_volume}) {
        if (rows > 0 && shown == 0 && failed == rows)
            panel->showError(tr("Could not load the trends: %1").arg(why));
        else if (rows > 0 && shown == 0)
            panel->setState(ChartPanel::State::Loading);
        else
            panel->setState(ChartPanel::State::Ready);
    }

    QStringList parts;
    if (loading > 0)
        parts << (weeks ? tr("Loading %n week(s)…", nullptr, loading) : tr("Loading %n day(s)…", nullptr, loading));
    if (failed > 0)
        parts << (weeks ? tr("%n week(s) could not be loaded: %1", nullptr, failed).arg(why)
                        : tr("%n day(s) could not be loaded: %1", nullptr, failed).arg(why));
    if (loading == 0 && failed == 0 && oldest.isValid())
        parts << tr("Updated %1").arg(FigureFormatter().age(oldest));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_retry->setVisible(failed > 0);
    ThemeColors::setTextColor(m_status, failed > 0 ? ThemeColors::errorText(palette()) : ThemeColors::muted(palette()));
}

void TrendCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateState();
}

QString TrendCharts::statusText() const
{
    return m_status->text();
}

} // namespace repdesk
