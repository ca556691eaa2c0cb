#include "dashboards/ScopeView.h"

#include "common/ThemeColors.h"
#include "dashboards/FigureStatus.h"
#include "dashboards/KpiTileGrid.h"
#include "dashboards/PipelineCharts.h"
#include "dashboards/TrendCharts.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include <QEvent>
#include "common/ChartPanel.h"
#include "ModalityModel.h"
#include "ScopeDashboard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

ScopeView::ScopeView(QWidget *parent)
    : QWidget(parent),
      m_tiles(new KpiTileGrid(this)),
      m_trends(new TrendCharts(this)),
      m_modality(new ChartPanel(tr("Messages by channel"), this)),
      m_modalityCaption(new QLabel(this)),
      m_modalityBox(new QWidget(this)),
      m_pipeline(new PipelineCharts(this))
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Donut;
    spec.labelColumn = ModalityModel::ModalityColumn;
    spec.seriesColumns = {ModalityModel::CountColumn};
    m_modality->setSpec(spec);
    m_modality->setMinimumHeight(220);
    m_modality->setEmptyText(tr("No messages in this range"));
    connect(m_modality, &ChartPanel::retryRequested, this, [this] {
        if (m_scope && m_scope->modality())
            m_scope->modality()->retry();
    });
    m_modalityCaption->setTextFormat(Qt::PlainText);
    m_modalityCaption->setWordWrap(true);
    auto *modalityLayout = new QVBoxLayout(m_modalityBox);
    modalityLayout->setContentsMargins(0, 0, 0, 0);
    modalityLayout->addWidget(m_modality, 1);
    modalityLayout->addWidget(m_modalityCaption);
    connect(m_pipeline, &PipelineCharts::stageActivated, this, &ScopeView::stageActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_tiles);
    layout->addWidget(sectionTitle(tr("Trends"), this));
    layout->addWidget(m_trends);
    layout->addWidget(sectionTitle(tr("Pipeline"), this));
    layout->addWidget(m_pipeline);
    // The box holds its own title: an agent has no channels, and nothing of the section shows.
    modalityLayout->insertWidget(0, sectionTitle(tr("Channels"), m_modalityBox));
    layout->addWidget(m_modalityBox);
    layout->addStretch(1);
}

void ScopeView::setScope(ScopeDashboard *scope)
{
    if (m_scope && m_scope->modality())
        disconnect(m_scope->modality(), nullptr, this, nullptr);
    m_scope = scope;
    m_tiles->setModel(scope ? scope->tiles() : nullptr);
    m_trends->setModel(scope ? scope->trends() : nullptr);
    m_pipeline->setModel(scope ? scope->pipeline() : nullptr);
    ModalityModel *modality = scope ? scope->modality() : nullptr;
    m_modality->setModel(modality);
    m_modalityBox->setVisible(modality != nullptr);
    if (modality)
        connect(modality, &ModalityModel::stateChanged, this, &ScopeView::updateModality);
    updateModality();
}

void ScopeView::setCurrencyNote(const QString &note)
{
    m_pipeline->setCurrencyNote(note);
}

void ScopeView::updateModality()
{
    ModalityModel *modality = m_scope ? m_scope->modality() : nullptr;
    if (!modality)
        return;
    FigureStatus::apply(m_modality, modality->state());
    m_modalityCaption->setText(FigureStatus::caption(modality->state()));
    ThemeColors::setTextColor(m_modalityCaption, ThemeColors::muted(palette()));
}

QList<ChartPanel *> ScopeView::charts() const
{
    QList<ChartPanel *> out = m_trends->charts();
    if (!m_modalityBox->isHidden())
        out << m_modality;
    out << m_pipeline->charts();
    return out;
}

void ScopeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The colours of the captions are mixed from the palette: mix them again.
    if (event->type() == QEvent::PaletteChange)
        updateModality();
}

} // namespace repdesk
