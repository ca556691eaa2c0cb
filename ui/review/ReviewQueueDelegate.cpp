#include "review/ReviewQueueDelegate.h"

#include "ReviewItem.h"
#include "ReviewQueueModel.h"
#include "common/ThemeColors.h"
#include "inbox/ConversationDelegate.h"

#include <QApplication>
#include <QPainter>

namespace repdesk {

QSize ReviewQueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(220, fm.height() * 3 + 18);
}

void ReviewQueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    using State = ReviewItem::State;
    const auto state = index.data(ReviewQueueModel::StateRole).value<State>();
    const bool waiting = state == State::Pending || state == State::Edited || state == State::Error;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = ThemeColors::faded(text);
    if (!waiting)
        text = muted; // dealt with: sent, discarded or on its way

    painter->save();
    const QRect r = opt.rect.adjusted(10, 6, -10, -6);
    QFont nameFont = opt.font;
    nameFont.setBold(waiting);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics fm(opt.font);
    const int lineH = qMax(nfm.height(), fm.height());
    const QRect top(r.left(), r.top(), r.width(), lineH);
    const QRect middle(r.left(), top.bottom() + 3, r.width(), lineH);
    const QRect bottom(r.left(), middle.bottom() + 3, r.width(), lineH);

    // Line 1: name, and the age at the right.
    const QString age = index.data(ReviewQueueModel::AgeRole).toString();
    const int ageWidth = age.isEmpty() ? 0 : fm.horizontalAdvance(age) + 8;
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, age);
    QString name = index.data(ReviewQueueModel::ContactNameRole).toString();
    const bool namePending = name.isEmpty();
    if (namePending)
        name = tr("Loading name…");
    painter->setFont(nameFont);
    painter->setPen(namePending ? muted : text);
    painter->drawText(top.adjusted(0, 0, -ageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      nfm.elidedText(name, Qt::ElideRight, top.width() - ageWidth));

    // Line 2: what the contact wrote last.
    QString inbound = index.data(ReviewQueueModel::LastInboundRole).toString();
    const auto preview = index.data(ReviewQueueModel::PreviewRole).value<ReviewItem::Preview>();
    const bool quoted = !inbound.isEmpty();
    if (!quoted)
        inbound = preview == ReviewItem::Preview::Known ? tr("No message from the contact yet") : tr("Loading…");
    painter->setFont(opt.font);
    painter->setPen(quoted ? text : muted);
    painter->drawText(middle, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(inbound, Qt::ElideRight, middle.width()));

    // Line 3: modality, then the state.
    QRect details = bottom;
    const QString modality = index.data(ReviewQueueModel::ModalityRole).toString();
    const QIcon icon = ConversationDelegate::iconFor(modality, widget);
    if (!icon.isNull()) {
        const int side = qMin(bottom.height(), 16);
        icon.paint(painter, QRect(bottom.left(), bottom.center().y() - side / 2, side, side));
        details.setLeft(bottom.left() + side + 4);
    }
    const QString label = ConversationDelegate::modalityLabel(modality);
    const QString stateText = index.data(ReviewQueueModel::StateTextRole).toString();
    QString prefix = label.isEmpty() ? QString() : label + QStringLiteral(" · ");
    painter->setPen(muted);
    const int prefixWidth = fm.horizontalAdvance(prefix);
    painter->drawText(details, Qt::AlignLeft | Qt::AlignVCenter, prefix);
    // The state is what the reviewer scans for: an edit stands out, an error reads as one.
    QFont stateFont = opt.font;
    QColor stateColor = muted;
    if (state == State::Edited) {
        stateFont.setItalic(true);
        stateColor = selected ? text : opt.palette.color(group, QPalette::Link);
    } else if (state == State::Error) {
        stateFont.setBold(true);
        stateColor = selected ? text : ThemeColors::errorText(opt.palette);
    } else if (state == State::Pending) {
        stateColor = text;
    }
    painter->setFont(stateFont);
    painter->setPen(stateColor);
    const QRect stateRect = details.adjusted(prefixWidth, 0, 0, 0);
    painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(stateFont).elidedText(stateText, Qt::ElideRight, stateRect.width()));
    painter->restore();
}

} // namespace repdesk
