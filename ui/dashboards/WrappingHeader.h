#pragma once

#include <QHeaderView>

namespace repdesk {

// A horizontal table header whose titles may take two lines ("Responded" over
// "to"), so a table of short numbers is as narrow as its numbers rather than
// its titles. The model's titles are untouched: exports and screen readers
// read them whole.
class WrappingHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit WrappingHeader(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    QString title(int logicalIndex) const;
};

} // namespace repdesk
