#include "dashboards/StageSalesPage.h"

#include "common/KeyboardSort.h"

#include "common/ThemeColors.h"
#include "dashboards/SaleDetailPane.h"
#include "dashboards/StageSalesTable.h"

#include "common/EmptyStateWidget.h"
#include "common/TableExportActions.h"
#include "DashboardSession.h"
#include "FigureFormatter.h"
#include "PipelineRule.h"
#include "StageSalesModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace repdesk {

StageSalesPage::StageSalesPage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_caption(new QLabel(this)),
      m_sales(new StageSalesTable(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_export(nullptr),
      m_empty(new EmptyStateWidget),
      m_detail(new SaleDetailPane)
{
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);

    m_sorted->setSourceModel(m_sales);
    m_sorted->setSortRole(Qt::UserRole);
    m_sorted->setSortLocaleAware(true);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    KeyboardSort::install(m_table);
    m_table->sortByColumn(StageSalesTable::AgeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleDescription(tr("Enter shows the sale's products and status history."));
    m_export = TableExportActions::attach(m_table, tr("Stage sales"));
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openSale(index.row()); });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &StageSalesPage::updateState);
    m_empty->setOverlayTarget(m_table->viewport());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(splitter, 1);
    updateState();
}

void StageSalesPage::setSession(DashboardSession *session)
{
    if (m_session && m_session->stageSales())
        disconnect(m_session->stageSales(), nullptr, this, nullptr);
    m_session = session;
    m_sales->setSource(session ? session->stageSales() : nullptr);
    m_detail->setLoader(session ? session->saleDetail() : nullptr);
    if (session)
        connect(session->stageSales(), &StageSalesModel::agreementChanged, this, &StageSalesPage::updateState);
    updateState();
}

void StageSalesPage::setStage(const QString &stage, const QString &owner)
{
    m_stage = stage;
    m_owner = owner;
    //: The drill-down heading: %1 = stage name, %2 = "the organization" or an agent's name
    m_title->setText(tr("Sales in “%1”, %2").arg(stage, owner));
    setAccessibleName(m_title->text());
    m_table->setAccessibleName(tr("Sales in %1").arg(stage));
    m_export->setTitle(tr("Sales in %1").arg(stage));
    m_detail->clear();
    updateState();
}

bool StageSalesPage::openSale(int row)
{
    const QModelIndex index = m_sorted->index(row, 0);
    const QString id = index.data(StageSalesTable::SaleIdRole).toString();
    if (id.isEmpty() || !m_session)
        return false;
    m_table->setCurrentIndex(index);
    return m_session->openSale(id);
}

bool StageSalesPage::showSale(const QString &saleId)
{
    if (!m_session || saleId.isEmpty())
        return false;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, 0).data(StageSalesTable::SaleIdRole).toString() == saleId)
            return openSale(row);
    }
    return m_session->openSale(saleId);
}

void StageSalesPage::updateState()
{
    const int rows = m_sorted->rowCount();
    const QString range = m_session ? m_session->range().label() : QString();
    StageSalesModel *model = m_session ? m_session->stageSales() : nullptr;
    const auto agreement = model ? model->agreement() : StageSalesModel::Agreement::NoFigure;
    const PipelineRule::Rule rule = model ? model->rule() : PipelineRule::kFallback;
    QStringList caption{PipelineRule::listCaption(rule, rows, range)};
    if (agreement == StageSalesModel::Agreement::Updating) {
        caption << tr("Updating the sales on this computer to match the chart…");
    } else if (agreement == StageSalesModel::Agreement::Differs) {
        // Never a silent mismatch: the chart's figure is the server's, the list is what this computer can rebuild.
        const QDateTime updated = model->salesUpdatedAt();
        const QString age = updated.isValid() ? tr("updated %1").arg(FigureFormatter().age(updated))
                                              : tr("not all loaded yet");
        //: %n = the stage's figure on the chart; %1 = "updated 5 min ago" or "not all loaded yet"
        caption << tr("The chart counts %n sale(s) in this stage, by a rule the sales on this computer (%1) do not "
                      "reproduce: this list may differ from it.",
                      nullptr, model->figureVolume())
                       .arg(age);
    }
    caption << tr("Enter on a sale shows its products and history.");
    m_caption->setText(caption.join(QLatin1Char(' ')));
    ThemeColors::setTextColor(m_caption, agreement == StageSalesModel::Agreement::Differs
                                                  ? ThemeColors::errorText(palette())
                                                  : ThemeColors::muted(palette()));
    m_empty->setContent(tr("No sales in this stage"), PipelineRule::listCaption(rule, 0, range));
    m_empty->setVisible(rows == 0);
    m_table->resizeColumnsToContents();
}

QString StageSalesPage::titleText() const
{
    return m_title->text();
}

QString StageSalesPage::captionText() const
{
    return m_caption->text();
}

void StageSalesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The colours of the captions are mixed from the palette: mix them again.
    if (event->type() == QEvent::PaletteChange)
        updateState();
}

} // namespace repdesk
