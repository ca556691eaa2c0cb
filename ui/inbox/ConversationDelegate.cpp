#include "ConversationDelegate.h"

#include "ConversationListModel.h"
#include "FolderListModel.h"
#include "InboxToolBar.h"
#include "RelativeTime.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>

namespace repdesk {

QString ConversationDelegate::modalityLabel(const QString &modality)
{
    if (modality == QLatin1String("email"))
        return tr("Email");
    if (modality == QLatin1String("text"))
        return tr("Text");
    if (modality == QLatin1String("call"))
        return tr("Call");
    if (modality == QLatin1String("live_chat"))
        return tr("Live chat");
    if (modality == QLatin1String("form"))
        return tr("Web form");
    return modality;
}

QIcon ConversationDelegate::iconFor(const QString &modality, const QWidget *widget)
{
    static const QHash<QString, QString> names{{QStringLiteral("email"), QStringLiteral("modality-email")},
                                               {QStringLiteral("text"), QStringLiteral("modality-text")},
                                               {QStringLiteral("call"), QStringLiteral("modality-call")},
                                               {QStringLiteral("live_chat"), QStringLiteral("modality-chat")},
                                               {QStringLiteral("form"), QStringLiteral("modality-form")}};
    // Rendering an SVG per row per paint is wasteful: keep one QIcon per name and palette.
    static QHash<QString, QIcon> cache;
    const QString name = names.value(modality);
    if (name.isEmpty())
        return {};
    const bool dark = ThemeColors::isDark(widget);
    const QString key = name + (dark ? QStringLiteral("-dark") : QString());
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, InboxToolBar::bundledIcon(name, widget));
    return *it;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.height() * 2 + 14);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = ThemeColors::faded(text);
    const QRect r = opt.rect.adjusted(10, 6, -10, -6);
    painter->save();

    const auto kind = PagedListModel::rowKindOf(index).value_or(PagedListModel::RowKind::Item);
    if (kind != PagedListModel::RowKind::Item) {
        painter->setPen(kind == PagedListModel::RowKind::ErrorFooter ? opt.palette.color(group, QPalette::Text) : muted);
        const QString label = kind == PagedListModel::RowKind::LoadingFooter
            ? tr("Loading more conversations…")
            : tr("Could not load more — press Enter or click to retry");
        painter->drawText(r, Qt::AlignCenter | Qt::TextWordWrap, label);
        painter->restore();
        return;
    }

    const bool unread = index.data(ConversationListModel::IsUnreadRole).toBool();
    QFont nameFont = opt.font;
    nameFont.setBold(unread);
    const QFontMetrics nfm(nameFont);
    const int lineH = nfm.height();
    const QRect top(r.left(), r.top(), r.width(), lineH);
    const QRect bottom(r.left(), r.top() + lineH + 2, r.width(), lineH);

    const QString when = RelativeTime::format(index.data(ConversationListModel::LastActivityRole).toDateTime());
    painter->setFont(nameFont);
    const int whenWidth = nfm.horizontalAdvance(when) + 8;
    painter->setPen(unread ? text : muted);
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, when);

    const auto contactState = index.data(ConversationListModel::ContactStateRole).value<ConversationListModel::ContactState>();
    painter->setPen(contactState == ConversationListModel::ContactState::Known ? text : muted);
    const QString name = nfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, top.width() - whenWidth);
    painter->drawText(top.adjusted(0, 0, -whenWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, name);

    if (unread) {
        const int d = 7;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : opt.palette.color(group, QPalette::Highlight));
        painter->drawEllipse(QRect(opt.rect.left() + 2, top.center().y() - d / 2, d, d));
    }

    painter->setFont(opt.font);
    painter->setPen(muted);
    QRect detailsRect = bottom;
    const QString modalityKey = index.data(ConversationListModel::ModalityRole).toString();
    const QIcon modalityIcon = iconFor(modalityKey, widget);
    if (!modalityIcon.isNull()) {
        const int side = qMin(bottom.height(), 16);
        modalityIcon.paint(painter, QRect(bottom.left(), bottom.center().y() - side / 2, side, side));
        detailsRect.setLeft(bottom.left() + side + 4);
    }
    QStringList details;
    const QString folder = index.data(ConversationListModel::FolderRole).toString();
    if (!folder.isEmpty())
        details << FolderListModel::displayName(folder);
    const QString modality = index.data(ConversationListModel::ModalityRole).toString();
    if (!modality.isEmpty())
        details << modalityLabel(modality);
    const QString email = index.data(ConversationListModel::ContactEmailRole).toString();
    if (!email.isEmpty())
        details << email;
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight,
                                                        detailsRect.width()));
    painter->restore();
}

} // namespace repdesk
