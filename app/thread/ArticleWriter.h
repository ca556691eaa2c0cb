#pragma once

#include "Message.h"
#include "MessageDirection.h"
#include "ThreadContent.h"
#include "ThreadRender.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace repdesk {

// Appends one <article> per message to ThreadHtmlBuilder's thread buffer. It
// keeps references to what every article of a thread shares (contact, agents,
// locale, the render counters and the buffer) so they need not be passed to
// each of its helpers. Its strings keep the "ThreadHtmlBuilder" translation
// context they were written under, so the existing translations still match.
class ArticleWriter
{
public:
    // Keeps references to all three: they must outlive the writer. Appends to `render.html`.
    ArticleWriter(const ThreadContent &content, const QLocale &locale, ThreadRender &render);

    void write(const Message &m, int index);

private:
    static QString ariaLabel(const QString &kind, MessageDirection direction, const QString &who, const QString &when);

    void writeMeta(MessageDirection direction, const QString &agent, bool drafted, const QDateTime &when,
                   const QString &whenText);
    void writeBody(const Message &m, bool sent, const QString &agent, const QString &contactName);

    const ThreadContent &m_content;
    const QLocale &m_locale;
    ThreadRender &m_render;
    QString &m_out;
};

} // namespace repdesk
