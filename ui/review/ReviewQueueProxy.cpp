#include "review/ReviewQueueProxy.h"

#include "ReviewQueueModel.h"
#include "inbox/ConversationDelegate.h"

namespace repdesk {

QVariant ReviewQueueProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::AccessibleTextRole)
        return QIdentityProxyModel::data(index, role);
    QStringList parts;
    const QString name = index.data(ReviewQueueModel::ContactNameRole).toString();
    parts << (name.isEmpty() ? tr("Loading the contact's name") : name);
    parts << index.data(ReviewQueueModel::StateTextRole).toString();
    const QString age = index.data(ReviewQueueModel::AgeRole).toString();
    if (!age.isEmpty())
        parts << tr("last activity %1").arg(age);
    const QString modality = ConversationDelegate::modalityLabel(index.data(ReviewQueueModel::ModalityRole).toString());
    if (!modality.isEmpty())
        parts << modality;
    const QString inbound = index.data(ReviewQueueModel::LastInboundRole).toString();
    if (!inbound.isEmpty())
        parts << tr("they wrote: %1").arg(inbound);
    return parts.join(QStringLiteral(", "));
}

} // namespace repdesk
