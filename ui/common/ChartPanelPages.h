#pragma once

#include <QStackedWidget>

class QLabel;
class QTableView;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace repdesk {

class ChartSkeleton;
class EmptyStateWidget;
class ErrorBanner;

// What a ChartPanel shows below its title, one page at a time: the chart (with the keyboard
// readout under it), the same model as a table, the loading skeleton, the empty state, or the
// error banner. The panel decides which; this class builds and configures the pages.
class ChartPanelPages : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Page { Chart, Table, Loading, Empty, Error };

    explicit ChartPanelPages(QWidget *parent = nullptr);

    void setPage(Page page);
    Page page() const { return m_page; }
    // What a screen reader hears for the pages other than the chart.
    QString pageDescription() const;

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLabel *readout() const { return m_readout; }
    QTableView *table() const { return m_table; }
    ChartSkeleton *skeleton() const { return m_skeleton; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    ErrorBanner *banner() const { return m_banner; }

private:
    Page m_page = Page::Chart;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_readout;
    QWidget *m_chartPage;
    QTableView *m_table;
    ChartSkeleton *m_skeleton;
    EmptyStateWidget *m_empty;
    QWidget *m_errorPage;
    ErrorBanner *m_banner;
};

} // namespace repdesk
