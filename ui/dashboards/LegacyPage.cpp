#include "dashboards/LegacyPage.h"

#include "dashboards/CountAxis.h"
#include "common/ThemeColors.h"
#include "dashboards/FigureStatus.h"
#include "dashboards/FunnelModel.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include <QEvent>
#include "common/ChartPanel.h"
#include "common/ErrorBanner.h"
#include "common/TableExportActions.h"
#include "LegacyAnalytics.h"
#include "SolutionModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace repdesk {

LegacyPage::LegacyPage(QWidget *parent)
    : QWidget(parent),
      m_solutions(new QComboBox(this)),
      m_banner(new ErrorBanner(this)),
      m_figures(new QTableWidget(0, 3, this)),
      m_funnelModel(new FunnelModel(this)),
      m_funnel(new ChartPanel(tr("Funnel: source → response → outcome → sale"), this)),
      m_caption(new QLabel(this))
{
    setAccessibleName(tr("Legacy analytics"));
    auto *label = new QLabel(tr("Sol&ution:"), this);
    label->setBuddy(m_solutions);
    m_solutions->setAccessibleName(tr("Solution"));
    m_solutions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_solutions, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            selectSolution(index);
    });

    m_banner->setDismissible(false);
    m_banner->hide();
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_legacy)
            return;
        if (m_legacy->availability() == LegacyAnalytics::Availability::Error)
            m_legacy->check();
        else if (m_model)
            m_model->retry();
    });

    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("What it is made of")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figures->setTabKeyNavigation(false);
    m_figures->verticalHeader()->setVisible(false);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setStretchLastSection(true);
    m_figures->setAccessibleName(tr("Solution figures"));
    TableExportActions::attach(m_figures, tr("Solution figures"));

    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bar;
    spec.labelColumn = FunnelModel::StepColumn;
    spec.seriesColumns = {FunnelModel::CountColumn};
    m_funnel->setSpec(spec);
    m_funnel->setModel(m_funnelModel);
    m_funnel->setMinimumHeight(240);
    CountAxis::attach(m_funnel);
    connect(m_funnel, &ChartPanel::retryRequested, this, [this] {
        if (m_model)
            m_model->retry();
    });
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(label);
    header->addWidget(m_solutions);
    header->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_figures, 1);
    body->addWidget(m_funnel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addWidget(m_caption);
}

void LegacyPage::setLegacy(LegacyAnalytics *legacy)
{
    if (m_legacy)
        disconnect(m_legacy, nullptr, this, nullptr);
    m_legacy = legacy;
    if (legacy) {
        connect(legacy, &LegacyAnalytics::solutionsChanged, this, &LegacyPage::fillSolutions);
        connect(legacy, &LegacyAnalytics::availabilityChanged, this, &LegacyPage::showSolution);
        // Figures are asked only once the page is shown.
        legacy->load();
    }
    fillSolutions();
}

void LegacyPage::fillSolutions()
{
    const QSignalBlocker block(m_solutions);
    m_solutions->clear();
    if (m_legacy) {
        for (int i = 0; i < m_legacy->count(); ++i)
            m_solutions->addItem(m_legacy->model(i)->name());
    }
    const int selected = m_legacy ? std::clamp(m_legacy->selectedIndex(), 0, std::max(0, m_legacy->count() - 1)) : -1;
    m_solutions->setCurrentIndex(selected);
    selectSolution(selected);
}

void LegacyPage::selectSolution(int index)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = m_legacy ? m_legacy->model(index) : nullptr;
    if (m_legacy && m_model)
        m_legacy->setSelectedIndex(index);
    if (m_solutions->currentIndex() != index && index >= 0) {
        const QSignalBlocker block(m_solutions);
        m_solutions->setCurrentIndex(index);
    }
    m_funnelModel->setSource(m_model);
    if (m_model) {
        connect(m_model, &SolutionModel::stateChanged, this, &LegacyPage::showSolution);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &LegacyPage::showSolution);
        connect(m_model, &QAbstractItemModel::modelReset, this, &LegacyPage::showSolution);
    }
    showSolution();
}

void LegacyPage::showSolution()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_figures->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row);
        const QStringList cells{index.data(SolutionModel::TitleRole).toString(),
                                index.data(SolutionModel::ValueTextRole).toString(),
                                index.data(SolutionModel::DetailTextRole).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(row, column, item);
        }
    }
    if (m_legacy && m_legacy->availability() == LegacyAnalytics::Availability::Error) {
        m_banner->showMessage(m_legacy->statusText());
    } else if (m_model && m_model->state().value == FigureState::Error) {
        m_banner->showMessage(m_model->state().hasFigure()
                                  ? tr("Could not refresh this solution: %1").arg(m_model->state().errorText)
                                  : tr("Could not load this solution: %1").arg(m_model->state().errorText));
    } else {
        m_banner->hideBanner();
    }
    if (m_model)
        FigureStatus::apply(m_funnel, m_model->state());
    m_caption->setText(m_model ? FigureStatus::caption(m_model->state()) : QString());
    ThemeColors::setTextColor(m_caption, ThemeColors::muted(palette()));
}

void LegacyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The colours of the captions are mixed from the palette: mix them again.
    if (event->type() == QEvent::PaletteChange)
        showSolution();
}

} // namespace repdesk
