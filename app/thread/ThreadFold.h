#pragma once

#include "Message.h"

#include <QList>

namespace repdesk {

// Which messages of a thread are shown at first, and where the view opens.
// One rule for the inbox and the review queue: the contact's latest message is
// always shown in full, with everything after it; older messages wait behind
// "Show N earlier messages". Folding keeps the document of a long thread as
// small as a short one's, so its first screen paints as fast.
class ThreadFold
{
public:
    // Without an inbound message, the last this many are shown.
    static constexpr int kWithoutInbound = 3;

    // Of `messages` (oldest first), the index of the contact's latest message (by
    // time; equal or unknown times: the later in the list), or -1 without one.
    static int lastInbound(const QList<Message> &messages);
    // The index of the first message shown folded: the contact's latest message,
    // or earlier so that at least the last `recent` messages show (all of a
    // thread no longer than `recent`); without one, the last kWithoutInbound.
    static int firstShown(const QList<Message> &messages, int recent);
};

} // namespace repdesk
