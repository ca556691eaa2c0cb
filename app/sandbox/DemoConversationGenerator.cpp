#include "DemoConversationGenerator.h"

#include "DemoContent.h"
#include "DemoRandom.h"
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

QList<qint64> DemoConversationGenerator::threadTimes(const QString &modality, int messages, bool longThread)
{
    qint64 low = 15 * SandboxTime::kMinute, high = 36 * SandboxTime::kHour;
    if (modality == QLatin1String("text")) {
        low = SandboxTime::kMinute;
        high = 3 * SandboxTime::kHour;
    } else if (modality == QLatin1String("live_chat")) {
        low = 20 * SandboxTime::kSecond;
        high = 10 * SandboxTime::kMinute;
    } else if (modality == QLatin1String("call")) {
        low = 2 * SandboxTime::kHour;
        high = 4 * SandboxTime::kDay;
    }
    const qint64 start = longThread ? m_anchor - 21 * SandboxTime::kDay
                                    : m_anchor - m_random.range64(SandboxTime::kHour, 60 * SandboxTime::kDay);
    QList<qint64> gaps;
    qint64 total = 0;
    for (int i = 1; i < messages; ++i) {
        const qint64 gap = m_random.chance(0.08) ? m_random.range64(SandboxTime::kDay, 7 * SandboxTime::kDay)
                                                 : m_random.range64(low, high);
        gaps.append(gap);
        total += gap;
    }
    QList<qint64> times{start + m_random.range64(0, SandboxTime::kSecond - 1)};
    if (longThread) {
        // Scaled so that the last message lands exactly two minutes before the anchor: it is the
        // most recently active conversation, ahead of every other one (those end 5+ minutes before).
        const qint64 span = (m_anchor - 2 * SandboxTime::kMinute) - times.first();
        qint64 elapsed = 0;
        for (int i = 0; i < gaps.size(); ++i) {
            elapsed += gaps.at(i);
            times.append(times.first() + qint64(double(elapsed) / double(total) * double(span)));
        }
        times.last() = m_anchor - 2 * SandboxTime::kMinute;
        return times;
    }
    for (qint64 gap : std::as_const(gaps))
        times.append(times.last() + gap);
    const qint64 limit = m_anchor - 5 * SandboxTime::kMinute - m_random.range64(0, SandboxTime::kHour);
    if (times.last() > limit) {
        const qint64 shift = times.last() - limit;
        for (qint64 &time : times)
            time -= shift;
    }
    return times;
}

void DemoConversationGenerator::plan(DemoOrganization &org, int count, bool longThread)
{
    DemoContent content(m_random, org);
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
        c.agent = m_random.index(org.agents.size());
        const bool isLong = longThread && i == 0;
        c.modality = isLong ? QStringLiteral("email") : kModalities.at(m_random.weighted(kModalityWeights));
        if (isLong) {
            c.messageCount = kLongThreadMessages;
        } else {
            const double roll = m_random.real();
            c.messageCount = roll < 0.1 ? 1 : roll < 0.88 ? m_random.range(2, 12) : roll < 0.98 ? m_random.range(13, 40)
                                                                                              : m_random.range(41, 90);
        }
        c.subject = content.subject();
        c.folder = isLong ? QStringLiteral("inbox") : kFolders.at(m_random.weighted(kFolderWeights));
        c.isRead = !m_random.chance(0.3);
        c.times = threadTimes(c.modality, c.messageCount, isLong);
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
    bool sent = c.modality == QLatin1String("email") ? m_random.chance(0.15)
              : c.modality == QLatin1String("call")  ? m_random.chance(0.3)
                                                      : false;
    for (int j = 0; j < c.messageCount; ++j) {
        if (j > 0 && m_random.chance(0.8))
            sent = !sent;
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
        if (sent && m_random.chance(0.4))
            draftedAt = at - m_random.range64(SandboxTime::kMinute, 30 * SandboxTime::kMinute);
        insertMessage({m_random.hrId(), org.id, c.id, sent ? QVariant(agent.id) : QVariant(), messageModality,
                       sent ? QStringLiteral("sent") : QStringLiteral("received"), formMessage ? 1 : 0, subject,
                       contentText, transcript, formBody, at, draftedAt, emailId,
                       SandboxRecordJson::serialize(cc), SandboxRecordJson::serialize(bcc), duration,
                       SandboxRecordJson::serialize(tracked)});
        c.lastReceived = !sent;
    }
    const QVariantList values{c.id, org.id, contact.id, agent.id, c.modality, c.subject, c.startAt,
                              c.lastActivityAt, c.folder, c.isRead ? 1 : 0};
    for (int i = 0; i < values.size(); ++i)
        m_insertConversation.bindValue(i, values.at(i));
    m_insertConversation.exec();
}

} // namespace repdesk
