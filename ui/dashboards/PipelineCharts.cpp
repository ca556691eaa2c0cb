#include "dashboards/PipelineCharts.h"

#include "dashboards/ChartRowActivation.h"
#include "dashboards/CountAxis.h"
#include "common/ThemeColors.h"
#include "dashboards/ResponsiveGrid.h"
#include "dashboards/FigureStatus.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"
#include "PipelineModel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace repdesk {

namespace {
ChartPanel *barChart(int column, QWidget *parent)
{
    auto *panel = new ChartPanel(parent);
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bar;
    spec.labelColumn = PipelineModel::StageColumn;
    spec.seriesColumns = {column};
    panel->setSpec(spec);
    panel->setMinimumHeight(220);
    panel->setEmptyText(PipelineCharts::tr("No sales in this range"));
    return panel;
}
} // namespace

PipelineCharts::PipelineCharts(QWidget *parent)
    : QWidget(parent),
      m_volume(barChart(PipelineModel::VolumeColumn, this)),
      m_value(barChart(PipelineModel::ValueColumn, this)),
      m_caption(new QLabel(this))
{
    m_volume->setTitle(tr("Pipeline: sales per stage"));
    m_value->setTitle(tr("Pipeline: value per stage"));
    CountAxis::attach(m_volume);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    for (ChartPanel *panel : {m_volume, m_value}) {
        connect(panel, &ChartPanel::retryRequested, this, [this] {
            if (m_model)
                m_model->retry();
        });
        auto *activation = new ChartRowActivation(panel);
        connect(activation, &ChartRowActivation::activated, this, [this](int row) {
            const QString stage = m_model ? m_model->stageName(row) : QString();
            if (!stage.isEmpty())
                Q_EMIT stageActivated(stage);
        });
    }
    // Side by side only when both have room for the stage names under their bars.
    auto *charts = new ResponsiveGrid(420, 2, this);
    charts->addWidget(m_volume);
    charts->addWidget(m_value);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(charts);
    layout->addWidget(m_caption);
    updateState();
}

void PipelineCharts::setModel(PipelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_volume->setModel(model);
    m_value->setModel(model);
    if (model)
        connect(model, &PipelineModel::stateChanged, this, &PipelineCharts::updateState);
    updateState();
}

void PipelineCharts::setCurrencyNote(const QString &note)
{
    m_currencyNote = note;
    updateState();
}

void PipelineCharts::updateState()
{
    const QString currency = m_model ? m_model->currency() : QString();
    //: The pipeline value chart's title with its currency code, e.g. "Pipeline: value per stage (EUR)"
    m_value->setTitle(currency.isEmpty() ? tr("Pipeline: value per stage") : tr("Pipeline: value per stage (%1)").arg(currency));
    QStringList parts;
    if (m_model) {
        FigureStatus::apply(m_volume, m_model->state());
        FigureStatus::apply(m_value, m_model->state());
        if (m_model->state().hasFigure()) {
            //: %1 = "23%"
            parts << tr("Sales rate: %1").arg(m_model->salesRateText());
            const QString note = currency.isEmpty() ? (m_currencyNote.isEmpty() ? m_model->currencyNote() : m_currencyNote)
                                                    : QString();
            if (!note.isEmpty())
                parts << note;
        }
        const QString status = FigureStatus::caption(m_model->state());
        if (!status.isEmpty())
            parts << status;
    }
    parts << tr("Enter or click on a stage lists its sales.");
    m_caption->setText(parts.join(QStringLiteral(" · ")));
    const bool failed = m_model && m_model->state().value == FigureState::Error && m_model->state().hasFigure();
    ThemeColors::setTextColor(m_caption, failed ? ThemeColors::errorText(palette()) : ThemeColors::muted(palette()));
}

QString PipelineCharts::captionText() const
{
    return m_caption->text();
}

void PipelineCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateState();
}

} // namespace repdesk
