#pragma once

// Record builders shared by tst_thread_html, tst_webviews and bench_thread_open.

#include "ThreadContent.h"

#include <QDateTime>
#include <QString>

namespace repdesk::testsupport {

inline Message threadMessage(const QString &modality, const QString &direction, const QString &content,
                             const QDateTime &sentAt, const QString &agentId = QString())
{
    Message m;
    m.messageId = QStringLiteral("gAAAAABmsg-%1").arg(sentAt.toSecsSinceEpoch());
    m.conversationId = QStringLiteral("gAAAAABconv-1");
    m.modality = modality;
    m.messageDirection = direction;
    m.content = content;
    m.sentAt = sentAt;
    m.agentId = agentId;
    return m;
}

inline ThreadContent threadBase()
{
    ThreadContent c;
    c.conversation.conversationId = QStringLiteral("gAAAAABconv-1");
    c.conversation.folder = QStringLiteral("inbox");
    Contact contact;
    contact.contactId = QStringLiteral("gAAAAABcontact-1");
    contact.name = QStringLiteral("Diana Prince");
    contact.email = QStringLiteral("diana@example.com");
    contact.phoneNumber = QStringLiteral("+15550100");
    c.contact = contact;
    Agent agent;
    agent.agentId = QStringLiteral("gAAAAABagent-7");
    agent.name = QStringLiteral("Sam Rep");
    agent.email = QStringLiteral("sam@hyperrep.example");
    c.agents.insert(agent.agentId, agent);
    return c;
}

// A realistic marketing-style email body: paragraphs, a table, a quote, links
// and a remote image, about 3 KB like the ones reps actually receive.
inline QString richEmailHtml(int i)
{
    QString html = QStringLiteral("<div style=\"font-family:Arial\"><p>Hi Sam,</p><p>Thanks for message %1. "
                                  "Could you send the <b>updated quote</b> for the <i>enterprise</i> plan?</p>")
                       .arg(i);
    html += QStringLiteral("<table border=\"1\"><tr><th>Item</th><th>Qty</th><th>Price</th></tr>");
    for (int r = 0; r < 6; ++r)
        html += QStringLiteral("<tr><td>Seat licence %1</td><td>%2</td><td>$%3.00</td></tr>").arg(r).arg(r * 3 + 1).arg(r * 40 + 99);
    html += QStringLiteral("</table><p>See <a href=\"https://example.com/pricing?ref=%1\">our pricing</a> and "
                           "<img src=\"https://cdn.example.com/banner-%1.png\" alt=\"banner\" width=\"600\"></p>")
                .arg(i);
    html += QStringLiteral("<blockquote><p>On Monday, Sam wrote:</p><p>Here is the first draft of the proposal. "
                           "Let me know what you think about the timeline and the onboarding plan.</p></blockquote>");
    for (int p = 0; p < 4; ++p)
        html += QStringLiteral("<p>Paragraph %1 with some longer text so the body has a realistic size: lorem ipsum "
                               "dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>")
                    .arg(p);
    html += QStringLiteral("<p>Best,<br>Diana</p></div>");
    return html;
}

// `count` messages cycling through emails (half), texts, live chat and calls, oldest first.
inline ThreadContent generatedThread(int count, bool allowRemoteImages = false)
{
    ThreadContent c = threadBase();
    c.allowRemoteImages = allowRemoteImages;
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QString agentId = c.agents.constBegin().key();
    for (int i = 0; i < count; ++i) {
        const QDateTime when = start.addSecs(i * 1800);
        const QString dir = i % 2 ? QStringLiteral("sent") : QStringLiteral("received");
        const QString agent = i % 2 ? agentId : QString();
        Message m;
        switch (i % 6) {
        case 0:
        case 1:
        case 2:
            m = threadMessage(QStringLiteral("email"), dir, richEmailHtml(i), when, agent);
            m.subject = QStringLiteral("Re: Quote for enterprise plan (%1)").arg(i);
            m.emailMetadata.ccEmails = {QStringLiteral("boss@example.com")};
            m.trackedLinks.append(TrackedLink{QStringLiteral("gAAAAABlink"), QStringLiteral("https://example.com/quote"), i % 4});
            break;
        case 3:
            m = threadMessage(QStringLiteral("text"), dir, QStringLiteral("Text %1: can we talk tomorrow at 10?").arg(i), when, agent);
            break;
        case 4:
            m = threadMessage(QStringLiteral("live_chat"), dir, QStringLiteral("Chat %1: I have a question\nabout billing.").arg(i), when, agent);
            break;
        default:
            m = threadMessage(QStringLiteral("call"), dir, QString(), when, agent);
            m.callMetadata.duration = 60 + i;
            m.callTranscript = QStringLiteral("Agent: Hello, this is Sam.\nCustomer: Hi, about the quote...\nAgent: Sure.");
            break;
        }
        m.messageId = QStringLiteral("gAAAAABmsg-%1").arg(i);
        c.messages.append(m);
    }
    return c;
}

} // namespace repdesk::testsupport
