#include "DemoConversationGenerator.h"

#include "DemoCalendar.h"
#include "DemoContent.h"
#include "DemoRandom.h"
#include "DemoThreadTiming.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxTime.h"

#include <QJsonArray>

namespace repdesk {

namespace {

const QList<QString> kModalities{QStringLiteral("email"), QStringLiteral("text"), QStringLiteral("call"),
                                 QStringLiteral("live_chat"), QStringLiteral("form")};
const QList<double> kModalityWeights{0.42, 0.2, 0.12, 0.14, 0.12};
const QList<QString> kFolders{QStringLiteral("inbox"), QStringLiteral("primary"), QStringLiteral("archive"),
                              QStringLiteral("spam"), QStringLiteral("follow-up")};
const QList<double> kFolderWeights{0.6, 0.12, 0.12, 0.05, 0.11};

QString domainOf(const QString &email)
{
    const int at = email.indexOf(QLatin1Char('@'));
    return at < 0 ? QStringLiteral("example.com") : email.mid(at + 1);
}

// What the contact said on a call: the agent's lines would make every call look like a quote.
QString customerLines(const QString &transcript)
{
    QStringList lines;
    const QStringList all = transcript.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (line.startsWith(QLatin1String("Customer: ")))
            lines.append(line.mid(10));
    }
    return lines.join(QLatin1Char(' '));
}

} // namespace

DemoConversationGenerator::DemoConversationGenerator(SandboxDatabase &db, DemoRandom &random, qint64 anchorMicros)
    : m_db(db)
    , m_random(random)
    , m_anchor(anchorMicros)
{
    m_insertMessage = m_db.prepare(QStringLiteral(
        "INSERT INTO messages (id, org_id, conversation_id, agent_id, modality, direction, is_form_request, subject,"
        " content, call_transcript, form_request_body, sent_at, drafted_at, email_message_id, cc_emails, bcc_emails,"
        " duration, tracked_links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertConversation = m_db.prepare(QStringLiteral(
        "INSERT INTO conversations (id, org_id, contact_id, agent_id, modality, subject, start_at, last_activity_at,"
        " folder, is_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

QList<qint64> DemoConversationGenerator::longThreadTimes(QList<qint64> times) const
{
    // Stretched or squeezed, keeping its rhythm, so that it starts kLongThreadDays ago and its
    // last message lands exactly two minutes before the anchor: it is the most recently active
    // conversation, ahead of every other one (those end 5+ minutes before).
    const qint64 begin = m_anchor - kLongThreadDays * SandboxTime::kDay;
    const qint64 end = m_anchor - 2 * SandboxTime::kMinute;
    const qint64 origin = times.first();
    const double scale = double(end - begin) / double(qMax<qint64>(1, times.last() - origin));
    for (qint64 &time : times)
        time = begin + qint64(double(time - origin) * scale);
    times.last() = end;
    return times;
}

void DemoConversationGenerator::keepBeforeAnchor(QList<qint64> &times)
{
    // A thread that would run past "now" happened earlier instead: the newest conversations end
    // minutes to an hour ago, as in a live inbox.
    const qint64 limit = m_anchor - 5 * SandboxTime::kMinute - m_random.range64(0, SandboxTime::kHour);
    if (times.last() > limit) {
        const qint64 shift = times.last() - limit;
        for (qint64 &time : times)
            time -= shift;
    }
}

int DemoConversationGenerator::pickAgent(const DemoOrganization &org, const DemoCalendar &calendar, qint64 start)
{
    // By each agent's share, among those already hired then.
    QList<double> weights;
    for (const DemoOrganization::Agent &agent : org.agents)
        weights.append(calendar.weeksAgo(start) < agent.joinedWeeksAgo ? agent.volume : 0.0);
    return m_random.weighted(weights);
}

void DemoConversationGenerator::plan(DemoOrganization &org, int count, bool longThread)
{
    DemoContent content(m_random, org);
    DemoCalendar calendar(m_random, m_anchor);
    DemoThreadTiming timing(m_random, calendar);
    const int offset = longThread ? 1 : 0;
    // Newest first, so the first (featured) contacts own the conversations at the top of the inbox.
    const QList<qint64> starts = calendar.conversationStarts(qMax(0, count - offset));
    QList<int> used;
    int nextFresh = 0;
    for (int i = 0; i < count; ++i) {
        DemoOrganization::Conversation c;
        c.id = org.longIds ? m_random.fernetId() : m_random.hrId();
        // Mostly new contacts, but some come back with a second or third conversation.
        if (nextFresh < org.contacts.size() && (used.isEmpty() || i < 7 || !m_random.chance(0.25))) {
            c.contact = nextFresh++;
            used.append(c.contact);
        } else {
            c.contact = m_random.pick(used);
        }
        const bool isLong = longThread && i == 0;
        // The last start is the oldest week's office-hours one: it gets an answer, whatever else happens.
        const bool anchorsHistory = !isLong && i == count - 1;
        const qint64 start = isLong ? m_anchor - kLongThreadDays * SandboxTime::kDay : starts.at(i - offset);
        c.agent = pickAgent(org, calendar, start);
        c.modality = isLong ? QStringLiteral("email") : kModalities.at(m_random.weighted(kModalityWeights));
        if (isLong) {
            c.messageCount = kLongThreadMessages;
        } else {
            const double roll = m_random.real();
            c.messageCount = roll < 0.1 ? 1 : roll < 0.88 ? m_random.range(2, 12) : roll < 0.98 ? m_random.range(13, 40)
                                                                                              : m_random.range(41, 90);
            if (anchorsHistory)
                c.messageCount = qMax(2, c.messageCount);
        }
        c.subject = content.subject();
        c.folder = isLong ? QStringLiteral("inbox") : kFolders.at(m_random.weighted(kFolderWeights));
        c.isRead = !m_random.chance(0.3);
        const DemoOrganization::Agent &agent = org.agents.at(c.agent);
        c.sent = timing.directions(agent, c.modality, c.messageCount, start, anchorsHistory);
        c.messageCount = int(c.sent.size());
        c.times = timing.times(agent, c.modality, c.sent, start);
        if (isLong)
            c.times = longThreadTimes(c.times);
        else
            keepBeforeAnchor(c.times);
        c.startAt = c.times.first() / SandboxTime::kSecond * SandboxTime::kSecond; // start_at has no fraction
        c.lastActivityAt = c.times.last();
        DemoOrganization::Contact &contact = org.contacts[c.contact];
        const qint64 created = c.startAt - m_random.range64(SandboxTime::kMinute, 2 * SandboxTime::kDay);
        if (contact.createdAt == 0 || created < contact.createdAt)
            contact.createdAt = created;
        ++contact.conversations;
        org.conversations.append(c);
    }
}

void DemoConversationGenerator::write(DemoOrganization &org)
{
    DemoContent content(m_random, org);
    for (DemoOrganization::Conversation &conversation : org.conversations)
        writeThread(org, conversation, content);
}

void DemoConversationGenerator::insertMessage(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_insertMessage.bindValue(i, values.at(i));
    m_insertMessage.exec();
}

void DemoConversationGenerator::writeThread(DemoOrganization &org, DemoOrganization::Conversation &c,
                                            DemoContent &content)
{
    const DemoOrganization::Contact &contact = org.contacts.at(c.contact);
    const DemoOrganization::Agent &agent = org.agents.at(c.agent);
    const bool form = c.modality == QLatin1String("form");
    const bool email = form || c.modality == QLatin1String("email");
    const QString messageModality = form ? QStringLiteral("email") : c.modality;
    for (int j = 0; j < c.messageCount; ++j) {
        const bool sent = c.sent.at(j);
        const qint64 at = c.times.at(j);
        const bool formMessage = form && j == 0;
        QVariant subject, transcript, formBody, draftedAt, emailId, duration;
        QString contentText;
        QJsonArray cc, bcc, tracked;
        if (formMessage) {
            subject = QStringLiteral("New form submission: Website contact form");
            QString message;
            formBody = SandboxRecordJson::serialize(content.formRequest(contact.name, contact.email, contact.phone, &message));
            contentText = message;
        } else if (email) {
            subject = j == 0 ? c.subject : QStringLiteral("Re: ") + c.subject;
            if (sent) {
                QStringList links;
                contentText = content.outboundEmail(contact.name, agent.name, &links);
                if (m_random.chance(0.5)) {
                    for (const QString &url : std::as_const(links)) {
                        tracked.append(QJsonObject{{QStringLiteral("link_id"), m_random.hrId()},
                                                   {QStringLiteral("url"), url},
                                                   {QStringLiteral("click_count"), m_random.range(0, 12)}});
                    }
                }
                if (m_random.chance(0.05))
                    bcc.append(QStringLiteral("records@") + org.domain);
            } else {
                contentText = content.inboundEmail(contact.name);
            }
            if (m_random.chance(0.12))
                cc.append(QStringLiteral("office@") + domainOf(contact.email));
        } else if (c.modality == QLatin1String("call")) {
            const int seconds = m_random.range(30, 1500);
            duration = seconds;
            contentText = content.callSummary(!sent, seconds);
            transcript = content.callTranscript(agent.name, contact.name, m_random.range(4, 10));
        } else if (c.modality == QLatin1String("live_chat")) {
            contentText = content.liveChat(!sent);
        } else {
            contentText = content.text(!sent);
        }
        if (email) {
            emailId = QStringLiteral("<%1.%2@%3>").arg(QString::number(m_random.generator().generate64(), 16))
                          .arg(j).arg(sent ? QStringLiteral("mail.") + org.domain : domainOf(contact.email));
        }
        // Replies sent exactly as the assistant drafted them: a habit of the agent that grew over
        // the half year (the autonomy rate of the legacy analytics).
        if (!sent)
            c.lastInbound = transcript.isValid() ? customerLines(transcript.toString()) : contentText;
        if (sent && m_random.chance(agent.draftRate * (0.45 + 0.55 * DemoCalendar::elapsed(m_anchor, at))))
            draftedAt = at - m_random.range64(SandboxTime::kMinute, 30 * SandboxTime::kMinute);
        insertMessage({m_random.hrId(), org.id, c.id, sent ? QVariant(agent.id) : QVariant(), messageModality,
                       sent ? QStringLiteral("sent") : QStringLiteral("received"), formMessage ? 1 : 0, subject,
                       contentText, transcript, formBody, at, draftedAt, emailId,
                       SandboxRecordJson::serialize(cc), SandboxRecordJson::serialize(bcc), duration,
                       SandboxRecordJson::serialize(tracked)});
    }
    c.lastReceived = !c.sent.isEmpty() && !c.sent.last();
    const QVariantList values{c.id, org.id, contact.id, agent.id, c.modality, c.subject, c.startAt,
                              c.lastActivityAt, c.folder, c.isRead ? 1 : 0};
    for (int i = 0; i < values.size(); ++i)
        m_insertConversation.bindValue(i, values.at(i));
    m_insertConversation.exec();
}

} // namespace repdesk
