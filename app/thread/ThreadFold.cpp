#include "ThreadFold.h"

#include <QDateTime>

namespace repdesk {

int ThreadFold::lastInbound(const QList<Message> &messages)
{
    int newest = -1;
    QDateTime newestAt;
    for (int i = 0; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        if (m.direction() != MessageDirection::Received)
            continue;
        const QDateTime at = m.sentAt.isValid() ? m.sentAt : m.draftedAt;
        // Equal or unknown times: the later in the list wins, as the thread view orders them.
        if (newest < 0 || !newestAt.isValid() || (at.isValid() && at >= newestAt)) {
            newest = i;
            newestAt = at;
        }
    }
    return newest;
}

int ThreadFold::firstShown(const QList<Message> &messages, int recent)
{
    const int size = int(messages.size());
    const int inbound = lastInbound(messages);
    const int anchor = inbound >= 0 ? inbound : size - kWithoutInbound;
    return qBound(0, qMin(anchor, size - recent), qMax(0, size - 1));
}

} // namespace repdesk
