#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace repdesk {

// The local copy of one draft being written: a reply (key = conversation id)
// or a new outbound message (key = "compose:<uuid>").
struct JournalEntry
{
    QString organizationId;
    QString key;
    QString html;
    QStringList ccEmails;
    QStringList bccEmails;
    bool addNotification = false;
    // Compose-only fields (new outbound messages); empty for replies.
    QString modality;
    QString subject;
    QString toName;
    QString toEmail;
    QString toPhone;
    QString folder;
    QDateTime updatedAt;          // local time of the last edit, UTC
    bool savedToServer = false;   // false: the server does not have this text yet
    // What the server had when the editor loaded it, to detect a change made elsewhere.
    QString serverDraftId;
    QString serverBodyHtml;
    QDateTime serverCreatedAt;
    // Replies: when the last Send POST of this text went out, UTC; invalid when no
    // Send is in doubt. Set before the POST, cleared once the outcome is known (the
    // entry goes when the reply is delivered). With it set, Repdesk asks the server
    // before it shows or sends anything: the reply may be queued or delivered.
    // Only DraftJournal::markSendAttempted()/clearSendAttempt() change it on an
    // existing entry; staging an edit keeps it.
    QDateTime sendAttemptedAt;
};

} // namespace repdesk
