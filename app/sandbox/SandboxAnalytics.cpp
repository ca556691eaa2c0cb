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
                                                                  const SandboxDateRange &range) const
{
    QVariantList binds{organizationId};
    const QString sql = QStringLiteral("SELECT conversation_id, direction, modality, is_form_request, sent_at"
                                       " FROM messages WHERE org_id = ? AND sent_at IS NOT NULL")
        + range.sqlClause(QStringLiteral("sent_at"), &binds)
        + QStringLiteral(" ORDER BY conversation_id, sent_at, rowid");
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
        result.append(message);
    }
    return result;
}

QJsonObject SandboxAnalytics::conversationStats(const QString &organizationId, const SandboxDateRange &range) const
{
    const QList<Message> all = messages(organizationId, range);
    qint64 received = 0, sent = 0, texts = 0, calls = 0, emails = 0, chats = 0, forms = 0;
    qint64 conversationsReceived = 0, conversationsResponded = 0, responseSeconds = 0;
    QSet<QString> conversations;
    QString current;
    qint64 firstReceived = -1;
    bool responded = false;
    for (const Message &message : all) {
        if (message.conversationId != current) {
            current = message.conversationId;
            conversations.insert(current);
            firstReceived = -1;
            responded = false;
        }
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
        // A conversation counts as received once an inbound message arrives, and as responded
        // to when an agent message follows it; the gap is its response time.
        if (!message.sent && firstReceived < 0) {
            firstReceived = message.at;
            ++conversationsReceived;
        } else if (message.sent && firstReceived >= 0 && !responded) {
            responded = true;
            ++conversationsResponded;
            responseSeconds += (message.at - firstReceived) / SandboxTime::kSecond;
        }
    }
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
    const QString where = QStringLiteral(" FROM messages WHERE org_id = ? AND agent_id = ? AND direction = 'sent'")
        + range.sqlClause(QStringLiteral("sent_at"), &binds);
    const qint64 sent = m_db.scalar(QStringLiteral("SELECT COUNT(*)") + where, binds).toLongLong();
    const qint64 conversations = m_db.scalar(QStringLiteral("SELECT COUNT(DISTINCT conversation_id)") + where, binds).toLongLong();
    return QJsonObject{{QStringLiteral("conversationsRespondedTo"), conversations},
                       {QStringLiteral("messagesSent"), sent}};
}

QJsonObject SandboxAnalytics::salesStats(const QString &organizationId, const SandboxDateRange &range,
                                            const QString &ownerId) const
{
    QVariantList binds{organizationId};
    QString sql = QStringLiteral("SELECT status_label, COUNT(*) AS volume, COALESCE(SUM(total_cents), 0) AS cents FROM sales"
                                 " WHERE org_id = ? AND is_draft = 0");
    if (!ownerId.isEmpty()) {
        sql += QStringLiteral(" AND owner_id = ?");
        binds.append(ownerId);
    }
    sql += range.sqlClause(QStringLiteral("created_at"), &binds) + QStringLiteral(" GROUP BY status_label");
    QHash<QString, QPair<qint64, qint64>> byLabel;
    const auto rows = m_db.rows(sql, binds);
    for (const QVariantMap &row : rows) {
        byLabel.insert(row.value(QStringLiteral("status_label")).toString(),
                       {row.value(QStringLiteral("volume")).toLongLong(),
                        row.value(QStringLiteral("cents")).toLongLong()});
    }
    QJsonArray pipeline;
    qint64 total = 0;
    qint64 accepted = 0;
    for (const auto &stage : SandboxSalesStages::all()) {
        const auto entry = byLabel.value(stage.label);
        total += entry.first;
        if (stage.status == QLatin1String("accepted"))
            accepted += entry.first;
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
