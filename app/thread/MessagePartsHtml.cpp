#include "MessagePartsHtml.h"

#include "HtmlSanitizer.h"
#include "ThreadTextFormat.h"

#include <QCoreApplication>
#include <QUrl>

namespace repdesk {

namespace {

// Only web links become anchors: anything else (javascript:, file:, data:) stays text.
bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void headerRow(QString &out, const QString &label, const QString &value)
{
    out += QLatin1String("<div class=\"hdr-row\"><dt>");
    out += HtmlSanitizer::escape(label);
    out += QLatin1String("</dt><dd dir=\"auto\">");
    out += HtmlSanitizer::escape(value);
    out += QLatin1String("</dd></div>");
}

} // namespace

QString MessagePartsHtml::attribute(const QString &value)
{
    return HtmlSanitizer::escape(value);
}

bool MessagePartsHtml::isUtmField(const QString &name)
{
    return name.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive);
}

void MessagePartsHtml::emailHeaders(QString &out, const QString &from, const QString &to, const EmailMetadata &meta)
{
    out += QLatin1String("<dl class=\"email-headers\">");
    headerRow(out, QCoreApplication::translate("ThreadHtmlBuilder", "From"), from);
    if (!to.isEmpty())
        headerRow(out, QCoreApplication::translate("ThreadHtmlBuilder", "To"), to);
    if (!meta.ccEmails.isEmpty())
        headerRow(out, QCoreApplication::translate("ThreadHtmlBuilder", "Cc"), meta.ccEmails.join(QLatin1String(", ")));
    if (!meta.bccEmails.isEmpty())
        headerRow(out, QCoreApplication::translate("ThreadHtmlBuilder", "Bcc"), meta.bccEmails.join(QLatin1String(", ")));
    out += QLatin1String("</dl>");
}

void MessagePartsHtml::emailBody(QString &out, const QString &content, bool allowRemoteImages, ThreadRender &render)
{
    if (content.trimmed().isEmpty()) {
        noContent(out);
        return;
    }
    out += QLatin1String("<div class=\"email-body\" dir=\"auto\">");
    // Some senders put plain text in `content`: without markup, keep its line breaks.
    if (!content.contains(QLatin1Char('<'))) {
        out += HtmlSanitizer::plainTextToHtml(content);
    } else {
        SanitizeOptions options;
        options.allowRemoteImages = allowRemoteImages;
        const SanitizeResult result = HtmlSanitizer::sanitize(content, options);
        out += result.html;
        render.hasRemoteImages = render.hasRemoteImages || result.hasRemoteImages;
        render.blockedRemoteImages += result.blockedRemoteImages;
    }
    out += QLatin1String("</div>");
}

void MessagePartsHtml::chatBubble(QString &out, const QString &content, const QString &sender, bool sent)
{
    out += sent ? QLatin1String("<div class=\"bubble-row sent\">") : QLatin1String("<div class=\"bubble-row received\">");
    out += QLatin1String("<div class=\"bubble\">");
    if (!sender.isEmpty()) {
        out += QLatin1String("<div class=\"bubble-sender\" dir=\"auto\">");
        out += HtmlSanitizer::escape(sender);
        out += QLatin1String("</div>");
    }
    if (content.trimmed().isEmpty()) {
        noContent(out);
    } else {
        out += QLatin1String("<div class=\"bubble-text\" dir=\"auto\">");
        out += HtmlSanitizer::plainTextToHtml(content);
        out += QLatin1String("</div>");
    }
    out += QLatin1String("</div></div>");
}

void MessagePartsHtml::callCard(QString &out, const Message &message)
{
    out += QLatin1String("<div class=\"card call-card\"><p class=\"call-duration\"><span class=\"label\">");
    out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Duration"));
    out += QLatin1String("</span> ");
    out += HtmlSanitizer::escape(ThreadTextFormat::duration(message.callMetadata.duration));
    out += QLatin1String("</p>");
    const bool hasContent = !message.content.trimmed().isEmpty();
    const bool hasTranscript = !message.callTranscript.trimmed().isEmpty();
    if (hasContent)
        plainBlock(out, message.content);
    if (hasTranscript) {
        out += QLatin1String("<h3 class=\"sub-heading\">");
        out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Transcript"));
        out += QLatin1String("</h3><div class=\"transcript\">");
        QString text = message.callTranscript;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            transcriptLine(out, line);
        out += QLatin1String("</div>");
    }
    if (!hasContent && !hasTranscript)
        noContent(out);
    out += QLatin1String("</div>");
}

void MessagePartsHtml::transcriptLine(QString &out, const QString &line)
{
    out += QLatin1String("<p class=\"line\" dir=\"auto\">");
    const QString trimmed = line.trimmed();
    const auto speaker = [&](QLatin1String prefix, QLatin1String cssClass) {
        if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
            return false;
        out += QLatin1String("<span class=\"speaker ");
        out += cssClass;
        out += QLatin1String("\">");
        out += HtmlSanitizer::escape(trimmed.left(prefix.size()));
        out += QLatin1String("</span>");
        out += HtmlSanitizer::escape(trimmed.mid(prefix.size()));
        return true;
    };
    if (!speaker(QLatin1String("Agent:"), QLatin1String("speaker-agent"))
        && !speaker(QLatin1String("Customer:"), QLatin1String("speaker-customer")))
        out += line.isEmpty() ? QStringLiteral("<br>") : HtmlSanitizer::escape(line);
    out += QLatin1String("</p>");
}

void MessagePartsHtml::formTable(QString &out, const QList<FormField> &fields)
{
    QList<FormField> plain;
    QList<FormField> utm;
    for (const FormField &f : fields)
        (isUtmField(f.name) ? utm : plain).append(f);

    out += QLatin1String("<div class=\"card form-card\">");
    if (fields.isEmpty()) {
        noContent(out);
    }
    if (!plain.isEmpty()) {
        out += QLatin1String("<table class=\"fields\"><caption>");
        out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Form fields"));
        out += QLatin1String("</caption><tbody>");
        fieldRows(out, plain);
        out += QLatin1String("</tbody></table>");
    }
    if (!utm.isEmpty()) {
        out += QLatin1String("<h3 class=\"sub-heading\">");
        out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Campaign (UTM)"));
        out += QLatin1String("</h3><table class=\"fields utm\"><tbody>");
        fieldRows(out, utm);
        out += QLatin1String("</tbody></table>");
    }
    out += QLatin1String("</div>");
}

void MessagePartsHtml::fieldRows(QString &out, const QList<FormField> &fields)
{
    for (const FormField &f : fields) {
        out += QLatin1String("<tr><th scope=\"row\" dir=\"auto\">");
        out += HtmlSanitizer::escape(f.name);
        out += QLatin1String("</th><td dir=\"auto\">");
        out += f.value.isEmpty() ? QStringLiteral("<span class=\"muted\">&#8212;</span>") : HtmlSanitizer::plainTextToHtml(f.value);
        out += QLatin1String("</td></tr>");
    }
}

void MessagePartsHtml::trackedLinks(QString &out, const QList<TrackedLink> &links)
{
    if (links.isEmpty())
        return;
    const QString heading = QCoreApplication::translate("ThreadHtmlBuilder", "Tracked links");
    out += QLatin1String("<section class=\"tracked-links\" aria-label=\"");
    out += attribute(heading);
    out += QLatin1String("\"><h3 class=\"sub-heading\">");
    out += HtmlSanitizer::escape(heading);
    out += QLatin1String("</h3><ul>");
    for (const TrackedLink &link : links) {
        const QUrl url(link.url.trimmed());
        // "example.com/quote": the scheme is noise for a rep scanning the list.
        const QString shown = isWebUrl(url) ? url.host() + url.path() : link.url;
        QString clicks;
        if (link.clickCount <= 0)
            clicks = QCoreApplication::translate("ThreadHtmlBuilder", "not clicked yet");
        else if (link.clickCount == 1)
            clicks = QCoreApplication::translate("ThreadHtmlBuilder", "clicked once");
        else
            clicks = QCoreApplication::translate("ThreadHtmlBuilder", "clicked %n times", nullptr, link.clickCount);
        out += QLatin1String("<li dir=\"auto\">");
        if (isWebUrl(url)) {
            out += QLatin1String("<a href=\"");
            out += attribute(url.toString(QUrl::FullyEncoded));
            out += QLatin1String("\">");
            out += HtmlSanitizer::escape(shown);
            out += QLatin1String("</a>");
        } else {
            out += HtmlSanitizer::escape(shown);
        }
        out += QLatin1String(" &#8212; <span class=\"clicks\">");
        out += HtmlSanitizer::escape(clicks);
        out += QLatin1String("</span></li>");
    }
    out += QLatin1String("</ul></section>");
}

void MessagePartsHtml::plainBlock(QString &out, const QString &text)
{
    out += QLatin1String("<div class=\"plain-text\" dir=\"auto\">");
    out += HtmlSanitizer::plainTextToHtml(text);
    out += QLatin1String("</div>");
}

void MessagePartsHtml::noContent(QString &out)
{
    out += QLatin1String("<p class=\"no-content muted\">");
    out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "(no content)"));
    out += QLatin1String("</p>");
}

} // namespace repdesk
