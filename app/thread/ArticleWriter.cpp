#include "ArticleWriter.h"

#include "HtmlSanitizer.h"
#include "MessagePartsHtml.h"
#include "ThreadTextFormat.h"

#include <QCoreApplication>

namespace repdesk {

namespace {

struct ArticleText
{
    QString kindClass;
    QString heading;
    QString kindName;
};

ArticleText articleText(const Message &m)
{
    if (m.isFormRequest)
        return {QStringLiteral("form"), QCoreApplication::translate("ThreadHtmlBuilder", "Form submission"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Form submission")};
    // A provider's stream may carry the team's internal notes and workflow events (Fernand).
    if (m.modality == QLatin1String("note"))
        return {QStringLiteral("note"), QCoreApplication::translate("ThreadHtmlBuilder", "Internal note"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Internal note")};
    if (m.modality == QLatin1String("event"))
        return {QStringLiteral("event"), QCoreApplication::translate("ThreadHtmlBuilder", "Event"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Event")};
    switch (m.modalityKind()) {
    case Modality::Email: {
        const QString subject = m.subject.trimmed();
        return {QStringLiteral("email"),
                subject.isEmpty() ? QCoreApplication::translate("ThreadHtmlBuilder", "(no subject)") : subject,
                QCoreApplication::translate("ThreadHtmlBuilder", "Email")};
    }
    case Modality::Text:
        return {QStringLiteral("text"), QCoreApplication::translate("ThreadHtmlBuilder", "Text message"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Text message")};
    case Modality::LiveChat:
        return {QStringLiteral("chat"), QCoreApplication::translate("ThreadHtmlBuilder", "Live chat"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Live chat message")};
    case Modality::Call:
        return {QStringLiteral("call"), QCoreApplication::translate("ThreadHtmlBuilder", "Call"),
                QCoreApplication::translate("ThreadHtmlBuilder", "Call")};
    case Modality::Unknown:
        break;
    }
    return {QStringLiteral("other"), QCoreApplication::translate("ThreadHtmlBuilder", "Message"),
            QCoreApplication::translate("ThreadHtmlBuilder", "Message")};
}

} // namespace

ArticleWriter::ArticleWriter(const ThreadContent &content, const QLocale &locale, ThreadRender &render)
    : m_content(content), m_locale(locale), m_render(render), m_out(render.html)
{
}

void ArticleWriter::write(const Message &m, int index)
{
    const ArticleText text = articleText(m);
    const MessageDirection direction = m.direction();
    const bool sent = direction == MessageDirection::Sent;
    const QString contactName = ThreadTextFormat::contactName(m_content.contact);
    // Received messages never show an agent; an empty id on a sent one means automated.
    const QString agent = (sent && !m.agentId.isEmpty()) ? ThreadTextFormat::agentName(m_content.agents, m.agentId)
                                                           : QString();
    const bool drafted = !m.sentAt.isValid() && m.draftedAt.isValid();
    const QDateTime when = drafted ? m.draftedAt : m.sentAt;
    const QString whenText = ThreadTextFormat::timestamp(when, m_locale);

    m_out += QLatin1String("<article class=\"msg msg-");
    m_out += text.kindClass;
    m_out += sent ? QLatin1String(" sent") : direction == MessageDirection::Received ? QLatin1String(" received")
                                                                                     : QLatin1String(" unknown-direction");
    m_out += QLatin1String("\" role=\"article\" id=\"msg-");
    m_out += QString::number(index);
    m_out += QLatin1String("\" aria-label=\"");
    m_out += MessagePartsHtml::attribute(ariaLabel(text.kindName, direction, sent ? agent : contactName, whenText));
    m_out += QLatin1String("\"><header class=\"msg-head\"><h2 class=\"msg-title\" dir=\"auto\">");
    m_out += HtmlSanitizer::escape(text.heading);
    m_out += QLatin1String("</h2><p class=\"msg-meta\">");
    writeMeta(direction, agent, drafted, when, whenText);
    m_out += QLatin1String("</p></header>");
    writeBody(m, sent, agent, contactName);
    MessagePartsHtml::trackedLinks(m_out, m.trackedLinks);
    m_out += QLatin1String("</article>");
}

QString ArticleWriter::ariaLabel(const QString &kind, MessageDirection direction, const QString &who,
                                 const QString &when)
{
    if (direction == MessageDirection::Received)
        return QCoreApplication::translate("ThreadHtmlBuilder", "%1 received from %2, %3").arg(kind, who, when);
    if (direction == MessageDirection::Sent && !who.isEmpty())
        return QCoreApplication::translate("ThreadHtmlBuilder", "%1 sent by %2, %3").arg(kind, who, when);
    if (direction == MessageDirection::Sent)
        return QCoreApplication::translate("ThreadHtmlBuilder", "%1 sent, %2").arg(kind, when);
    return QCoreApplication::translate("ThreadHtmlBuilder", "%1, %2").arg(kind, when);
}

void ArticleWriter::writeMeta(MessageDirection direction, const QString &agent, bool drafted,
                              const QDateTime &when, const QString &whenText)
{
    if (direction != MessageDirection::Unknown) {
        m_out += QLatin1String("<span class=\"meta-dir\">");
        m_out += HtmlSanitizer::escape(direction == MessageDirection::Sent
                                           ? QCoreApplication::translate("ThreadHtmlBuilder", "Sent")
                                           : QCoreApplication::translate("ThreadHtmlBuilder", "Received"));
        m_out += QLatin1String("</span>");
    }
    if (!agent.isEmpty()) {
        m_out += QLatin1String("<span class=\"meta-agent\"><bdi>");
        m_out += HtmlSanitizer::escape(agent);
        m_out += QLatin1String("</bdi></span>");
    }
    if (drafted) {
        m_out += QLatin1String("<span class=\"meta-drafted\">");
        m_out += HtmlSanitizer::escape(QCoreApplication::translate("ThreadHtmlBuilder", "Drafted"));
        m_out += QLatin1String("</span>");
    }
    if (when.isValid()) {
        m_out += QLatin1String("<time datetime=\"");
        m_out += ThreadTextFormat::isoTimestamp(when);
        m_out += QLatin1String("\">");
    } else {
        m_out += QLatin1String("<time>");
    }
    m_out += HtmlSanitizer::escape(whenText);
    m_out += QLatin1String("</time>");
}

void ArticleWriter::writeBody(const Message &m, bool sent, const QString &agent, const QString &contactName)
{
    if (m.isFormRequest) {
        if (!m.content.trimmed().isEmpty())
            MessagePartsHtml::plainBlock(m_out, m.content);
        MessagePartsHtml::formTable(m_out, m.formRequestBody);
        return;
    }
    if (m.modality == QLatin1String("note") || m.modality == QLatin1String("event")) {
        // No mail headers; the HTML goes through the same sanitiser as mail.
        MessagePartsHtml::emailBody(m_out, m.content, m_content.allowRemoteImages, m_render);
        return;
    }
    switch (m.modalityKind()) {
    case Modality::Email: {
        const QString contact = ThreadTextFormat::contactLabel(m_content.contact);
        // "Unknown agent" for an empty or unknown id: a sent email always has a sender line.
        const QString agentLabel = ThreadTextFormat::agentName(m_content.agents, m.agentId);
        if (sent)
            MessagePartsHtml::emailHeaders(m_out, agentLabel, contact, m.emailMetadata);
        else
            MessagePartsHtml::emailHeaders(m_out, contact, m.agentId.isEmpty() ? QString() : agentLabel, m.emailMetadata);
        MessagePartsHtml::emailBody(m_out, m.content, m_content.allowRemoteImages, m_render);
        return;
    }
    case Modality::Text:
    case Modality::LiveChat:
        MessagePartsHtml::chatBubble(m_out, m.content, sent ? agent : contactName, sent);
        return;
    case Modality::Call:
        MessagePartsHtml::callCard(m_out, m);
        return;
    case Modality::Unknown:
        break;
    }
    if (m.content.trimmed().isEmpty())
        MessagePartsHtml::noContent(m_out);
    else
        MessagePartsHtml::plainBlock(m_out, m.content);
}

} // namespace repdesk
