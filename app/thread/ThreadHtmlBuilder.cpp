#include "ThreadHtmlBuilder.h"

#include "ArticleWriter.h"
#include "HtmlSanitizer.h"
#include "ThreadTextFormat.h"

#include <QCoreApplication>

namespace repdesk {

namespace {

void writeThreadHeader(QString &out, const ThreadContent &content)
{
    out += QLatin1String("<header class=\"thread-head\"><h1 dir=\"auto\">");
    out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Conversation with %1")
                                     .arg(ThreadTextFormat::contactName(content.contact)));
    out += QLatin1String("</h1><p class=\"thread-sub muted\">");
    out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "%n message(s)", nullptr,
                                                             int(content.messages.size()) + content.earlierMessages));
    if (!content.conversation.folder.trimmed().isEmpty()) {
        out += QLatin1String(" &#183; <bdi>");
        out += HtmlSanitizer::escape(content.conversation.folder.trimmed());
        out += QLatin1String("</bdi>");
    }
    out += QLatin1String("</p></header>");
}

} // namespace

ThreadRender ThreadHtmlBuilder::build(const ThreadContent &content)
{
    ThreadRender render;
    render.messageCount = int(content.messages.size());
    // Email bodies dominate; a rough guess avoids most reallocations of the big buffer.
    qsizetype estimate = 1024;
    for (const Message &m : content.messages)
        estimate += 900 + m.content.size() + m.callTranscript.size();
    render.html.reserve(estimate);

    writeThreadHeader(render.html, content);
    render.html += QLatin1String("<div class=\"messages\">");
    if (content.messages.isEmpty()) {
        render.html += QLatin1String("<p class=\"empty muted\">");
        render.html += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "No messages in this conversation yet."));
        render.html += QLatin1String("</p>");
    }
    const QLocale locale;
    ArticleWriter writer(content, locale, render);
    int index = 0;
    for (const Message &m : content.messages)
        writer.write(m, ++index);
    render.html += QLatin1String("</div>");
    return render;
}

} // namespace repdesk
