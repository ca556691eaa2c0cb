#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace repdesk {

// What the reply editor shows for one conversation.
struct ReplyState
{
    QString conversationId;
    QString html;
    QStringList ccEmails;
    QStringList bccEmails;
    bool addNotification = false;
    QString recipientName;
    QString recipientEmail;
    QString recipientPhone;
    QDateTime scheduledSendAt;     // the server queued this draft for sending
    bool restoredFromJournal = false; // text typed here that the server does not have yet
    bool hasServerDraft = false;
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::ReplyState)
