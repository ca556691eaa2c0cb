#pragma once

#include "FormField.h"
#include "Message.h"
#include "ThreadRender.h"

#include <QList>
#include <QString>

namespace repdesk {

// The body parts of one message article (email headers and body, chat bubble,
// call card, form table, tracked links). Each appends to `out` so a whole
// thread is built in one growing buffer. Text goes through HtmlSanitizer::escape
// or plainTextToHtml, email HTML through HtmlSanitizer::sanitize.
class MessagePartsHtml
{
public:
    static void emailHeaders(QString &out, const QString &from, const QString &to, const EmailMetadata &meta);
    // Sanitises `content`, adding its remote-image counts to `render`.
    static void emailBody(QString &out, const QString &content, bool allowRemoteImages, ThreadRender &render);
    static void chatBubble(QString &out, const QString &content, const QString &sender, bool sent);
    static void callCard(QString &out, const Message &message);
    static void formTable(QString &out, const QList<FormField> &fields);
    static void trackedLinks(QString &out, const QList<TrackedLink> &links);
    static void plainBlock(QString &out, const QString &text);
    static void noContent(QString &out);

    // For double- or single-quoted attribute values.
    static QString attribute(const QString &value);
    static bool isUtmField(const QString &name);

private:
    static void fieldRows(QString &out, const QList<FormField> &fields);
    static void transcriptLine(QString &out, const QString &line);
};

} // namespace repdesk
