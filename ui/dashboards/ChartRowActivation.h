#pragma once

#include <QObject>
#include <QPointer>

namespace repdesk {

class ChartPanel;

// Makes the rows of a ChartPanel's chart "activatable", the way a list's
// rows are: Enter on the keyboard-highlighted bar or slice, a click on one,
// and Enter or a double-click on a row of its "Show as table" view all emit
// activated(row) with the model row. Enter with nothing highlighted
// highlights the first point instead, so the key never does something unseen.
class ChartRowActivation : public QObject
{
    Q_OBJECT
public:
    explicit ChartRowActivation(ChartPanel *panel);

Q_SIGNALS:
    void activated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSeries();

    QPointer<ChartPanel> m_panel;
};

} // namespace repdesk
