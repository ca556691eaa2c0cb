#include "common/ChartSkeleton.h"

#include "common/ThemeColors.h"

#include <QPainter>
#include <QVariantAnimation>

namespace repdesk {

ChartSkeleton::ChartSkeleton(QWidget *parent) : QWidget(parent), m_pulse(new QVariantAnimation(this))
{
    setAccessibleName(tr("Loading chart"));
    m_pulse->setStartValue(0.0);
    m_pulse->setKeyValueAt(0.5, 1.0);
    m_pulse->setEndValue(0.0);
    m_pulse->setDuration(1600);
    m_pulse->setLoopCount(-1);
    connect(m_pulse, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
}

bool ChartSkeleton::isAnimating() const
{
    return m_pulse->state() == QAbstractAnimation::Running;
}

void ChartSkeleton::paintEvent(QPaintEvent *)
{
    const QPalette &p = palette();
    const qreal pulse = m_pulse->currentValue().toReal();
    const QColor block = ThemeColors::mix(p.color(QPalette::Window), p.color(QPalette::WindowText),
                                         ThemeColors::isDark(p) ? 0.10 + 0.05 * pulse : 0.07 + 0.04 * pulse);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(block);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    // A short bar where the legend goes, and the block where the plot goes.
    painter.drawRoundedRect(QRectF(area.left(), area.top(), area.width() * 0.3, 10), 5, 5);
    painter.drawRoundedRect(area.adjusted(0, 22, 0, 0), 6, 6);
}

void ChartSkeleton::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pulse->start();
}

void ChartSkeleton::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pulse->stop();
}

} // namespace repdesk
