#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "LegacyAnalytics.h"
#include "SolutionModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace repdesk {

class ChartPanel;
class ErrorBanner;
class FunnelModel;

// The legacy (v1) analytics page, shown only when the account lists
// solutions: per solution (chosen with Alt+U), its response rate, response
// time and business-hours response time, speed to sale, sales and quote
// value, autonomy rate and lead response score in a table, and the funnel
// source → response → outcome → sale as a chart.
class LegacyPage : public QWidget
{
    Q_OBJECT
public:
    explicit LegacyPage(QWidget *parent = nullptr);

    void setLegacy(LegacyAnalytics *legacy);
    void selectSolution(int index);

    QComboBox *solutionBox() const { return m_solutions; }
    QTableWidget *figures() const { return m_figures; }
    ChartPanel *funnelChart() const { return m_funnel; }
    ErrorBanner *banner() const { return m_banner; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSolutions();
    void showSolution();

    QPointer<LegacyAnalytics> m_legacy;
    QPointer<SolutionModel> m_model;
    QComboBox *m_solutions;
    ErrorBanner *m_banner;
    QTableWidget *m_figures;
    FunnelModel *m_funnelModel;
    ChartPanel *m_funnel;
    QLabel *m_caption;
};

} // namespace repdesk
