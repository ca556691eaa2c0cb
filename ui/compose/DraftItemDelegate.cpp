#include "compose/DraftItemDelegate.h"

#include "FolderGroupingProxy.h"
#include "HtmlSanitizer.h"
#include "MessageDraftListModel.h"
#include "RelativeTime.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QPainter>

namespace repdesk {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 6;

} // namespace

QSize DraftItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.lineSpacing();
    if (index.data(FolderGroupingProxy::IsHeaderRole).toBool())
        return {option.rect.width(), line + 2 * kPadY + 4};
    if (!PagedListModel::isItemRow(index))
        return {option.rect.width(), line + 2 * kPadY + 6};
    return {option.rect.width(), 2 * line + 2 * kPadY + 4};
}

void DraftItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(FolderGroupingProxy::IsHeaderRole).toBool())
        paintHeader(painter, option, index);
    else if (!PagedListModel::isItemRow(index))
        paintFooter(painter, option, index);
    else
        paintDraft(painter, option, index);
}

void DraftItemDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    painter->fillRect(r, ThemeColors::mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.7));
    painter->setPen(ThemeColors::mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.2));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    const QString count = QString::number(index.data(FolderGroupingProxy::GroupCountRole).toInt());
    const QRect text = r.adjusted(kPadX, 0, -kPadX, 0);
    const QFontMetrics fm(font);
    const int countWidth = fm.horizontalAdvance(count);
    painter->drawText(text.adjusted(0, 0, -countWidth - kPadX, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                    text.width() - countWidth - kPadX));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

void DraftItemDelegate::paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    painter->save();
    const bool error = PagedListModel::isErrorFooter(index);
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(QPalette::PlaceholderText);
    if (selected)
        color = option.palette.color(QPalette::HighlightedText);
    else if (error)
        color = ThemeColors::errorText(option.palette);
    painter->setPen(color);
    const QRect text = option.rect.adjusted(kPadX, 0, -kPadX, 0);
    painter->drawText(text, Qt::AlignCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    text.width()));
    painter->restore();
}

void DraftItemDelegate::paintDraft(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = option.rect.adjusted(kPadX + 8, kPadY, -kPadX, -kPadY);
    const int line = option.fontMetrics.lineSpacing();

    const bool textMessage = index.data(MessageDraftListModel::ModalityRole).toString() == QLatin1String("text");
    QString subject = index.data(MessageDraftListModel::SubjectRole).toString().simplified();
    // Text messages have no subject by nature: their opening words identify them better than a placeholder.
    if (subject.isEmpty() && textMessage)
        subject = HtmlSanitizer::toPlainText(index.data(MessageDraftListModel::BodyHtmlRole).toString(), 120);
    if (subject.isEmpty())
        subject = tr("(no subject)");
    const QDateTime scheduled = index.data(MessageDraftListModel::ScheduledSendAtRole).toDateTime();
    const QString age = scheduled.isValid() ? tr("Sending")
                                            : RelativeTime::format(
                                                  index.data(MessageDraftListModel::CreatedAtRole).toDateTime());
    const int ageWidth = option.fontMetrics.horizontalAdvance(age);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect first(r.left(), r.top(), r.width() - ageWidth - kPadX, line);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(subject, Qt::ElideRight, first.width()));
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignRight | Qt::AlignVCenter, age);

    QString to = index.data(MessageDraftListModel::RecipientNameRole).toString();
    const QString email = index.data(MessageDraftListModel::RecipientEmailRole).toString();
    const QString phone = index.data(MessageDraftListModel::RecipientPhoneRole).toString();
    const QString address = textMessage ? phone : email;
    if (to.isEmpty())
        to = address;
    else if (!address.isEmpty())
        to = tr("%1 (%2)").arg(to, address);
    if (to.isEmpty())
        to = tr("No recipient");
    const QString channel = textMessage ? tr("Text") : tr("Email");
    const QString second = tr("To %1 · %2").arg(to, channel);
    painter->drawText(QRect(r.left(), r.top() + line + 2, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(second, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace repdesk
