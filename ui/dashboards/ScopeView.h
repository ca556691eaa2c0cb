#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "ScopeDashboard.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace repdesk {

class ChartPanel;
class KpiTileGrid;
class PipelineCharts;
class TrendCharts;

// The figures of one dashboard scope (the organization, or one agent), in
// reading order: the KPI tiles, the trends, the pipeline, then the messages
// by channel (organization only). It draws the ScopeDashboard's
// models and follows it: a scope replaced (another agent) is drawn afresh.
class ScopeView : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeView(QWidget *parent = nullptr);

    void setScope(ScopeDashboard *scope);
    ScopeDashboard *scope() const { return m_scope; }
    void setCurrencyNote(const QString &note);

    KpiTileGrid *tiles() const { return m_tiles; }
    TrendCharts *trends() const { return m_trends; }
    ChartPanel *modalityChart() const { return m_modality; }
    PipelineCharts *pipeline() const { return m_pipeline; }
    // Every chart shown, in reading order (for File > Export).
    QList<ChartPanel *> charts() const;

Q_SIGNALS:
    void stageActivated(const QString &stage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateModality();

    QPointer<ScopeDashboard> m_scope;
    KpiTileGrid *m_tiles;
    TrendCharts *m_trends;
    ChartPanel *m_modality;
    QLabel *m_modalityCaption;
    QWidget *m_modalityBox;
    PipelineCharts *m_pipeline;
};

} // namespace repdesk
