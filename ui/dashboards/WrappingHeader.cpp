#include "dashboards/WrappingHeader.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace repdesk {

namespace {
constexpr int kPadding = 8;
constexpr int kSortIndicator = 14;
} // namespace

WrappingHeader::WrappingHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QString WrappingHeader::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = title(logicalIndex);
    const QFontMetrics metrics(font());
    // As wide as the longer of the two halves (or the longest word), never more than one line.
    int widestWord = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
    const int oneLine = metrics.horizontalAdvance(text);
    const int width = std::min(oneLine, std::max(widestWord, (oneLine + 1) / 2 + metrics.averageCharWidth() * 2));
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignCenter, text);
    return {wrapped.width() + 2 * kPadding + kSortIndicator, std::max(wrapped.height(), metrics.height() * 2) + kPadding};
}

void WrappingHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // The style draws the section and its sort arrow; the title is drawn here, wrapped.
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QString text = option.text;
    option.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    const QRect textRect = rect.adjusted(kPadding / 2, 2, -(kPadding / 2 + kSortIndicator), -2);
    painter->save();
    painter->setPen(option.palette.color(QPalette::ButtonText));
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace repdesk
