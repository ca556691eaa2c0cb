#include "DemoReviewQueue.h"

#include "DemoAsk.h"
#include "DemoRandom.h"
#include "DemoReplyWriter.h"
#include "SandboxActivity.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxTime.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace repdesk {

namespace {

template<typename T>
void shuffle(QList<T> &items, DemoRandom &random)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        std::swap(items[i], items[random.index(i + 1)]);
}

} // namespace

QString DemoReviewQueue::topicKey(const QString &organizationId)
{
    return QStringLiteral("topic:") + organizationId;
}

void DemoReviewQueue::write(const DemoOrganization &org, quint32 seed)
{
    DemoRandom random(seed);
    m_db.setMetaValue(topicKey(org.id), QString::number(org.topic));
    const QList<Entry> entries = choose(org, random);
    int emails = 0;
    for (const Entry &entry : entries) {
        const bool email = SandboxActivity::replyModality(org.conversations.at(entry.conversation).modality) == QLatin1String("email");
        // Every third e-mail reply copies in a colleague, as agents do when a teammate handles the visit.
        writeEntry(org, entry, email && emails++ % 3 == 1, random);
    }
    queueSome(entries, random);
}

QList<DemoReviewQueue::Entry> DemoReviewQueue::choose(const DemoOrganization &org, DemoRandom &random)
{
    QHash<QString, QVariantMap> existing;
    const auto rows = m_db.rows(QStringLiteral("SELECT id, conversation_id, created_at FROM response_drafts"
                                               " WHERE org_id = ? AND state IN ('pending', 'sending')"), {org.id});
    for (const QVariantMap &row : rows)
        existing.insert(row.value(QStringLiteral("conversation_id")).toString(), row);

    QList<Entry> entries;
    QList<int> recent; // a contact wrote last, within kRecentDays, with something to answer
    QList<int> stale;  // the same, longer ago
    int staleQueued = 0;
    int staleTotal = 0;
    const qint64 since = m_anchor - kRecentDays * SandboxTime::kDay;
    for (int i = 0; i < org.conversations.size(); ++i) {
        const DemoOrganization::Conversation &c = org.conversations.at(i);
        const auto draft = existing.constFind(c.id);
        if (draft != existing.cend())
            entries.append({i, draft->value(QStringLiteral("id")).toString(), draft->value(QStringLiteral("created_at")).toLongLong(), true});
        if (!c.lastReceived)
            continue;
        const bool isRecent = c.lastActivityAt >= since;
        if (!isRecent) {
            ++staleTotal;
            staleQueued += draft != existing.cend() ? 1 : 0;
        }
        if (draft == existing.cend() && DemoAsk::classify(c.lastInbound) != DemoAsk::Kind::None) // nobody answers a newsletter
            (isRecent ? recent : stale).append(i);
    }
    // The demo's rep is behind: every recent message that asks something has its reply waiting.
    // Older ones were mostly dealt with by phone or forgotten: a quota (not a coin per conversation,
    // so the share stays the same for any seed) keeps a stale draft on one in kStaleShare.
    shuffle(stale, random);
    const qsizetype staleWanted = qBound(qsizetype(0), qsizetype(qRound(double(staleTotal) / kStaleShare) - staleQueued), stale.size());
    QList<int> chosen = recent + stale.mid(0, staleWanted);
    for (const int index : std::as_const(chosen)) {
        const DemoOrganization::Conversation &c = org.conversations.at(index);
        // HyperRep drafts within minutes of the message.
        const qint64 created = qMin(c.lastActivityAt + random.range64(SandboxTime::kMinute, 20 * SandboxTime::kMinute),
                                    m_anchor - SandboxTime::kMinute);
        entries.append({index, random.hrId(), qMax(created, c.lastActivityAt), false});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.conversation < b.conversation; });
    return entries;
}

void DemoReviewQueue::writeEntry(const DemoOrganization &org, const Entry &entry, bool copyColleague, DemoRandom &random)
{
    const DemoOrganization::Conversation &c = org.conversations.at(entry.conversation);
    DemoReplyWriter::Request request;
    request.contactName = org.contacts.at(c.contact).name;
    request.agentName = org.agents.at(c.agent).name;
    request.organizationName = org.name;
    request.topic = org.topic;
    request.modality = SandboxActivity::replyModality(c.modality);
    request.inbound = c.lastInbound;
    const QString body = DemoReplyWriter(random.generator()).write(request);
    QJsonArray cc;
    if (copyColleague && org.agents.size() > 1) {
        const int colleague = (c.agent + 1 + random.index(org.agents.size() - 1)) % int(org.agents.size());
        cc.append(org.agents.at(colleague).email);
    }
    if (entry.existing) {
        m_db.exec(QStringLiteral("UPDATE response_drafts SET body_html = ?, cc_emails = ? WHERE id = ?"),
                  {body, SandboxRecordJson::serialize(cc), entry.draftId});
        return;
    }
    m_db.exec(QStringLiteral("INSERT INTO response_drafts (id, org_id, conversation_id, agent_id, body_html, cc_emails,"
                             " bcc_emails, add_notification, scheduled_send_at, created_at, state, message_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, '[]', 1, NULL, ?, 'pending', NULL)"),
              {entry.draftId, org.id, c.id, org.agents.at(c.agent).id, body, SandboxRecordJson::serialize(cc), entry.createdAt});
    // HyperRep wrote it, not an agent: the audit row names nobody.
    m_db.exec(QStringLiteral("INSERT INTO audit_logs (id, org_id, occurred_at, agent_id, action_type, record_type,"
                             " record_id, changes) VALUES (?, ?, ?, NULL, 'insert', 'response_draft', ?, '[]')"),
              {random.hrId(), org.id, entry.createdAt, entry.draftId});
}

void DemoReviewQueue::queueSome(const QList<Entry> &entries, DemoRandom &random)
{
    // A few already approved, so a client shows "Sending" before the server promotes them.
    // Only recent ones: an approval weeks after the message would not be waiting to go out now.
    const qint64 since = m_anchor - kRecentDays * SandboxTime::kDay;
    QList<Entry> order;
    for (const Entry &entry : entries)
        if (entry.createdAt >= since)
            order.append(entry);
    const qsizetype sending = order.size() >= 3 ? qMax<qsizetype>(1, order.size() / 6) : 0;
    shuffle(order, random);
    for (qsizetype i = 0; i < sending; ++i) {
        const qint64 approved = qMax(order.at(i).createdAt,
                                     m_anchor - random.range64(10 * SandboxTime::kSecond, 3 * SandboxTime::kMinute));
        m_db.exec(QStringLiteral("UPDATE response_drafts SET state = 'sending', scheduled_send_at = ?, add_notification = 0"
                                 " WHERE id = ?"), {approved, order.at(i).draftId});
    }
}

} // namespace repdesk
