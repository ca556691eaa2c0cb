#pragma once

#include <QStyledItemDelegate>

namespace repdesk {

// Three-line rows of the review queue: the contact's name and the age of the
// conversation's last activity; the first line of the contact's last message;
// the modality and the draft's state ("To review", "Edited", "Sending in 3
// seconds…", "Sent", an error). Drafts no longer waiting for review are drawn
// muted. Colours come from the palette only (dark mode included).
class ReviewQueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace repdesk
