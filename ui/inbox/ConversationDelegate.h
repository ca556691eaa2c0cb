#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace repdesk {

// Two-line conversation rows: contact name (bold when unread) and relative
// time, then folder and modality. Footer rows become a "Loading more…" row
// or an error row with a Retry hint. Colours come from the palette only.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString modalityLabel(const QString &modality);
    // The bundled icon of a modality ("email", "call", ...); null for unknown ones.
    static QIcon iconFor(const QString &modality, const QWidget *widget);
};

} // namespace repdesk
