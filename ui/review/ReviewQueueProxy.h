#pragma once

#include <QIdentityProxyModel>

namespace repdesk {

// The review queue as the list view reads it: the same rows, plus what a
// screen reader says for each (Qt::AccessibleTextRole), which the delegate's
// painting cannot tell it: the contact, the state, the age, the modality and
// the contact's last message, in that order of importance.
class ReviewQueueProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace repdesk
