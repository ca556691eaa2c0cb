#pragma once

#include <QStyledItemDelegate>

namespace repdesk {

// Draws a SalesBoardModel row as a card: the company in bold, then the primary contact and the
// owner, then the total and the time in the stage; colours from the palette (dark mode follows).
class SaleCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace repdesk
