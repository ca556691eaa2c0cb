#pragma once

#include <QWidget>

class QVariantAnimation;

namespace repdesk {

// The loading placeholder of a ChartPanel: a quiet grey block where the chart will be, gently
// pulsing while visible (the animation stops when hidden, so hidden or offscreen panels cost
// nothing). Its colours are mixed from the palette, so it stays subtle in dark mode.
// Not a chart: it draws no data.
class ChartSkeleton : public QWidget
{
    Q_OBJECT
public:
    explicit ChartSkeleton(QWidget *parent = nullptr);

    bool isAnimating() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QVariantAnimation *m_pulse;
};

} // namespace repdesk
