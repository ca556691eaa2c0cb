#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;
class QPushButton;

namespace repdesk {

class ChartSkeleton;

// One KPI tile, drawing one row of a KpiTileModel: the title, the figure
// (with its detail, e.g. "14 of 20 conversations responded to"), the change
// against the previous period (▲/▼ coloured by sentiment through the palette,
// and said in words to screen readers), the figure's age, and its own state:
// a pulsing placeholder while the first figure loads, a failure with Retry
// that asks only this tile's route again. A figure already shown stays when a
// refresh fails; the failure is said under it, in at most three lines cut
// with "…", the whole sentence in its tooltip and in what screen readers say.
//
// The tile takes focus (Tab), and its accessible name reads the whole tile.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget *parent = nullptr);

    // The tile draws `index` (a row of a KpiTileModel) and follows it as it changes.
    void setIndex(const QModelIndex &index);
    void updateFromModel();

    QString valueText() const;
    QString changeText() const;
    QString ageText() const;
    QString errorText() const;
    bool isSkeletonShown() const;
    bool isErrorShown() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyColors();
    // The figure in the largest size that fits the tile's width ("18,750.00 USD" in a narrow tile).
    void fitValue();
    // The failure in the lines the tile has for it (ElidedLines).
    void fitError();
    QString spokenChange() const;

    QPersistentModelIndex m_index;
    QLabel *m_title;
    QLabel *m_value;
    QString m_valueText;
    qreal m_valuePointSize = 0;
    ChartSkeleton *m_skeleton;
    QLabel *m_detail;
    QLabel *m_change;
    QLabel *m_age;
    QLabel *m_error;
    QString m_errorText; // whole, as m_error may show it cut
    QPushButton *m_retry;
    int m_sentiment = 0;
};

} // namespace repdesk
