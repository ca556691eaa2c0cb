#include "sales/SaleCardDelegate.h"

#include "SalesBoardModel.h"

#include <QApplication>
#include <QPainter>

namespace repdesk {

namespace {
constexpr int kPadding = 8;
constexpr int kMargin = 4;
} // namespace

QSize SaleCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {200, 3 * line + 2 * kPadding + 2 * kMargin + 4};
}

void SaleCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                         (option.state & QStyle::State_HasFocus) ? 2 : 1));
    painter->setBrush(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 4, 4);
    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor quiet = selected ? text : palette.color(QPalette::PlaceholderText);
    const QRect inner = card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int line = option.fontMetrics.height();
    QFont bold = option.font;
    bold.setBold(true);

    auto draw = [&](int row, const QFont &font, const QColor &color, const QString &left, const QString &right) {
        painter->setFont(font);
        painter->setPen(color);
        const QFontMetrics metrics(font);
        const QRect r(inner.left(), inner.top() + row * (line + 2), inner.width(), line);
        const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right) + kPadding;
        painter->drawText(r.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(left, Qt::ElideRight, r.width() - rightWidth));
        if (!right.isEmpty())
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, right);
    };
    draw(0, bold, text, index.data(SalesBoardModel::CompanyTextRole).toString(), {});
    //: On a sale's card: the primary contact, then the owner
    draw(1, option.font, text, tr("%1 · %2").arg(index.data(SalesBoardModel::ContactTextRole).toString(),
                                                 index.data(SalesBoardModel::OwnerTextRole).toString()), {});
    draw(2, option.font, quiet, index.data(SalesBoardModel::AgeTextRole).toString(),
         index.data(SalesBoardModel::TotalTextRole).toString());
    painter->restore();
}

} // namespace repdesk
