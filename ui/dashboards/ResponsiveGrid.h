#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace repdesk {

// Lays its widgets out in as many columns as fit its width (each at least
// `minimumCellWidth` wide, at most `maximumColumns`), in the order added, so
// charts stay readable from a narrow window to a wide one instead of being
// squeezed or cut off. A last line with room to spare gives it to its last widget.
class ResponsiveGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsiveGrid(int minimumCellWidth, int maximumColumns, QWidget *parent = nullptr);

    void addWidget(QWidget *widget);
    // Off for tiles, which keep one width each.
    void setLastSpans(bool spans) { m_lastSpans = spans; }
    int columns() const { return m_columns; }
    // As narrow as one column: the grid lays itself out again when it is given less room.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout(bool force);
    int columnsFor(int width) const;

    int m_minimumCellWidth;
    int m_maximumColumns;
    int m_columns = 0;
    bool m_lastSpans = true;
    QList<QWidget *> m_widgets;
    QGridLayout *m_layout;
};

} // namespace repdesk
