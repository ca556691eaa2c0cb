#include "common/ChartPanelPages.h"

#include "common/ChartSkeleton.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QTableView>
#include <QVBoxLayout>

namespace repdesk {

ChartPanelPages::ChartPanelPages(QWidget *parent)
    : QStackedWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart)),
      m_readout(new QLabel),
      m_chartPage(new QWidget),
      m_table(new QTableView),
      m_skeleton(new ChartSkeleton),
      m_empty(new EmptyStateWidget),
      m_errorPage(new QWidget),
      m_banner(new ErrorBanner)
{
    // Qt Charts' animations stay off: a chart that moves on every refresh is hard to read.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus); // the panel takes focus and handles the keys
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(160);

    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setAlignment(Qt::AlignCenter);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_readout);

    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_empty->setContent(tr("No data for this range"));
    m_banner->setDismissible(false); // dismissing would leave an empty panel
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addWidget(m_banner);
    errorLayout->addStretch(1);

    addWidget(m_chartPage);
    addWidget(m_table);
    addWidget(m_skeleton);
    addWidget(m_empty);
    addWidget(m_errorPage);
}

void ChartPanelPages::setPage(Page page)
{
    m_page = page;
    switch (page) {
    case Page::Chart:
        setCurrentWidget(m_chartPage);
        break;
    case Page::Table:
        setCurrentWidget(m_table);
        break;
    case Page::Loading:
        setCurrentWidget(m_skeleton);
        break;
    case Page::Empty:
        setCurrentWidget(m_empty);
        break;
    case Page::Error:
        setCurrentWidget(m_errorPage);
        break;
    }
}

QString ChartPanelPages::pageDescription() const
{
    switch (m_page) {
    case Page::Loading:
        return tr("Loading");
    case Page::Error:
        return m_banner->text();
    case Page::Empty:
        return m_empty->hint().isEmpty() ? m_empty->title() : m_empty->title() + QLatin1String(". ") + m_empty->hint();
    case Page::Table:
        return tr("Shown as a table");
    case Page::Chart:
        break;
    }
    return {};
}

} // namespace repdesk
