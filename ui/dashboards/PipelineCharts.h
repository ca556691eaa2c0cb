#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "PipelineModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace repdesk {

class ChartPanel;

// A scope's sales pipeline for the range: the stages in the API's order as
// bars, once by number of sales and once by value (each on its own axis),
// with the sales rate, the currency (or the note that values are in the
// sales' own currencies) and the figure's age under them. A stage is
// "opened" (stageActivated) by Enter on its highlighted bar, a click, or
// Enter on its row in "Show as table".
class PipelineCharts : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineCharts(QWidget *parent = nullptr);

    void setModel(PipelineModel *model);
    PipelineModel *model() const { return m_model; }
    // A note when the session knows no single currency ("Values in the sales' own currencies").
    void setCurrencyNote(const QString &note);

    ChartPanel *volumeChart() const { return m_volume; }
    ChartPanel *valueChart() const { return m_value; }
    QList<ChartPanel *> charts() const { return {m_volume, m_value}; }
    QString captionText() const;

Q_SIGNALS:
    void stageActivated(const QString &stage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();

    QPointer<PipelineModel> m_model;
    ChartPanel *m_volume;
    ChartPanel *m_value;
    QLabel *m_caption;
    QString m_currencyNote;
};

} // namespace repdesk
