#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// Where the walk over an organization's sales stands, as stored in its cache
// file, so an interrupted walk goes on after a restart.
struct SalesWalkState
{
    // The walk that pages are written for; 0 before the first one began.
    qint64 walk = 0;
    // The next page of that walk; empty when it has not fetched a page yet or
    // has finished (a new walk then starts from the top).
    QString cursor;
    // A page of this walk had sales that did not decode: their ids are
    // unknown, so finishing it must not remove sales it did not see.
    bool lossy = false;
    // When a walk last reached the end; invalid when none ever did.
    QDateTime completedAt;
};

} // namespace repdesk
