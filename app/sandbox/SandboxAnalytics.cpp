#include "SandboxAnalytics.h"

#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxSalesStages.h"
#include "SandboxTime.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace repdesk {

double SandboxAnalytics::rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0.0;
    return std::round(double(part) / double(whole) * 10000.0) / 10000.0;
}

QList<SandboxAnalytics::Message> SandboxAnalytics::messages(const QString &organizationId,
                                                            const SandboxDateRange &range,
                                                            const QString &agentId) const
{
    QVariantList binds{organizationId};
    QString sql = QStringLiteral("SELECT conversation_id, direction, modality, is_form_request, sent_at, agent_id"
                                 " FROM messages WHERE org_id = ? AND sent_at IS NOT NULL");
    if (!agentId.isEmpty()) {
        binds << organizationId << agentId;
        sql += QStringLiteral(" AND conversation_id IN (SELECT conversation_id FROM messages"
                              " WHERE org_id = ? AND agent_id = ? AND direction = 'sent'")
            + range.sqlClause(QStringLiteral("sent_at"), &binds) + QLatin1Char(')');
    }
    sql += range.sqlClause(QStringLiteral("sent_at"), &binds) + QStringLiteral(" ORDER BY conversation_id, sent_at, rowid");
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    query.setForwardOnly(true);
    QList<Message> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        Message message;
        message.conversationId = query.value(0).toString();
        message.sent = query.value(1).toString() == QLatin1String("sent");
        message.modality = query.value(2).toString();
        message.formRequest = query.value(3).toBool();
        message.at = query.value(4).toLongLong();
        message.agentId = query.value(5).toString();
        result.append(message);
    }
    return result;
}

QList<SandboxAnalytics::FirstReply> SandboxAnalytics::firstReplies(const QList<Message> &messages)
{
    // A conversation counts as received once an inbound message arrives, and as responded to when
    // an agent message follows it; the gap is its response time. Agent messages before the first
    // inbound one (outreach) answer nothing.
    QList<FirstReply> result;
    QString current;
    bool received = false;
    bool replied = false;
    for (const Message &message : messages) {
        if (message.conversationId != current) {
            current = message.conversationId;
            received = false;
            replied = false;
        }
        if (!message.sent && !received) {
            received = true;
            result.append({message.at, -1, {}});
        } else if (message.sent && received && !replied) {
            replied = true;
            result.last().repliedAt = message.at;
            result.last().agentId = message.agentId;
        }
    }
    return result;
}

QJsonObject SandboxAnalytics::conversationStats(const QString &organizationId, const SandboxDateRange &range) const
{
    const QList<Message> all = messages(organizationId, range);
    qint64 received = 0, sent = 0, texts = 0, calls = 0, emails = 0, chats = 0, forms = 0;
    QSet<QString> conversations;
    for (const Message &message : all) {
        conversations.insert(message.conversationId);
        message.sent ? ++sent : ++received;
        if (message.formRequest)
            ++forms;
        else if (message.modality == QLatin1String("email"))
            ++emails;
        else if (message.modality == QLatin1String("text"))
            ++texts;
        else if (message.modality == QLatin1String("call"))
            ++calls;
        else if (message.modality == QLatin1String("live_chat"))
            ++chats;
    }
    qint64 conversationsResponded = 0, responseSeconds = 0;
    const QList<FirstReply> replies = firstReplies(all);
    for (const FirstReply &reply : replies) {
        if (reply.repliedAt < 0)
            continue;
        ++conversationsResponded;
        responseSeconds += (reply.repliedAt - reply.receivedAt) / SandboxTime::kSecond;
    }
    const qint64 conversationsReceived = replies.size();
    const qint64 averageResponse = conversationsResponded ? qRound64(double(responseSeconds) / conversationsResponded) : 0;
    return QJsonObject{
        {QStringLiteral("responseRateStats"),
         QJsonObject{{QStringLiteral("numConversationsRespondedTo"), conversationsResponded},
                     {QStringLiteral("numConversationsReceived"), conversationsReceived},
                     {QStringLiteral("responseRate"), rate(conversationsResponded, conversationsReceived)}}},
        {QStringLiteral("responseTimeStats"), QJsonObject{{QStringLiteral("responseTime"), averageResponse}}},
        {QStringLiteral("volumeStats"),
         QJsonObject{{QStringLiteral("numMessagesReceived"), received},
                     {QStringLiteral("numMessagesSent"), sent},
                     {QStringLiteral("totalConversations"), qint64(conversations.size())}}},
        {QStringLiteral("modalityStats"),
         QJsonObject{{QStringLiteral("textMessages"), texts},
                     {QStringLiteral("calls"), calls},
                     {QStringLiteral("emails"), emails},
                     {QStringLiteral("liveChats"), chats},
                     {QStringLiteral("formRequests"), forms}}}};
}

QJsonObject SandboxAnalytics::agentConversationStats(const QString &organizationId, const QString &agentId,
                                                     const SandboxDateRange &range) const
{
    QVariantList binds{organizationId, agentId};
    const qint64 sent = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE org_id = ? AND agent_id = ?"
                                                   " AND direction = 'sent'")
                                        + range.sqlClause(QStringLiteral("sent_at"), &binds),
                                    binds).toLongLong();
    qint64 responded = 0;
    const QList<FirstReply> replies = firstReplies(messages(organizationId, range, agentId));
    for (const FirstReply &reply : replies) {
        if (reply.repliedAt >= 0 && reply.agentId == agentId)
            ++responded;
    }
    return QJsonObject{{QStringLiteral("conversationsRespondedTo"), responded},
                       {QStringLiteral("messagesSent"), sent}};
}

QJsonObject SandboxAnalytics::salesStats(const QString &organizationId, const SandboxDateRange &range,
                                            const QString &ownerId) const
{
    QVariantList binds{organizationId};
    QString sql = QStringLiteral("SELECT status_label, status_code, status_history, total_cents FROM sales"
                                 " WHERE org_id = ? AND is_draft = 0");
    if (!ownerId.isEmpty()) {
        sql += QStringLiteral(" AND owner_id = ?");
        binds.append(ownerId);
    }
    sql += range.sqlClause(QStringLiteral("created_at"), &binds);
    QHash<QString, QPair<qint64, qint64>> byLabel; // stage label -> volume, cents
    qint64 total = 0;
    qint64 accepted = 0;
    const auto rows = m_db.rows(sql, binds);
    for (const QVariantMap &row : rows) {
        const QString current = row.value(QStringLiteral("status_label")).toString();
        const qint64 cents = row.value(QStringLiteral("total_cents")).toLongLong();
        QSet<QString> stages{current};
        if (m_rule == SandboxOptions::PipelineRule::StagesReached) {
            const QJsonArray history = SandboxRecordJson::parsed(row.value(QStringLiteral("status_history")), QJsonArray()).toArray();
            for (const QJsonValue &entry : history)
                stages.insert(entry.toObject().value(QStringLiteral("label")).toString());
        }
        for (const QString &stage : std::as_const(stages)) {
            auto &entry = byLabel[stage];
            entry.first += 1;
            entry.second += cents;
        }
        ++total;
        if (row.value(QStringLiteral("status_code")).toString() == QLatin1String("accepted"))
            ++accepted;
    }
    QJsonArray pipeline;
    for (const auto &stage : SandboxSalesStages::all()) {
        const auto entry = byLabel.value(stage.label);
        pipeline.append(QJsonObject{
            {QStringLiteral("name"), stage.label},
            {QStringLiteral("status"), stage.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stage.status)},
            {QStringLiteral("volume"), entry.first},
            {QStringLiteral("value"), SandboxRecordJson::cents(entry.second)}});
    }
    return QJsonObject{{QStringLiteral("pipeline"), pipeline},
                       {QStringLiteral("salesRate"), rate(accepted, total)}};
}

} // namespace repdesk
