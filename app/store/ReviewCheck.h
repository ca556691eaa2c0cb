#pragma once

#include "ResponseDraft.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace repdesk {

// What the review queue's discovery last learned about one conversation
// (ReviewTable): its pending response draft, if any, as listed when the
// conversation's last_activity_at was `checkedActivityAt`. The conversation
// is listed again only once its activity differs from that.
struct ReviewCheck
{
    QString conversationId;
    // The conversation's last_activity_at when its drafts were listed; invalid when the server gave none.
    QDateTime checkedActivityAt;
    // When the listing was answered (local clock), for "checked 3 min ago".
    QDateTime checkedAt;
    std::optional<ResponseDraft> draft;
};

} // namespace repdesk
