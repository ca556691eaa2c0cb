#pragma once

#include <QStyledItemDelegate>

namespace repdesk {

// Paints the drafts list: folder headers (FolderGroupingProxy), two-line
// draft rows (subject and age; recipient and channel) and the paging footer
// (spinner text, or the error with a Retry hint).
class DraftItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintFooter(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintDraft(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace repdesk
