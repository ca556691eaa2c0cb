#include "SandboxLegacyAnalytics.h"

#include "SandboxAnalytics.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxTime.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace repdesk {

namespace {

struct Session
{
    bool firstSeen = false;
    bool startedBySent = false;
    bool startedAsForm = false;
    QString firstModality;
    bool hasSent = false;
    bool leadResponded = false;
    bool lastSent = false;
    qint64 lastAt = 0;
    qint64 waitingSince = -1; // an unanswered inbound message
};

double average(qint64 total, qint64 count)
{
    return count ? std::round(double(total) / double(count) * 100.0) / 100.0 : 0.0;
}

} // namespace

bool SandboxLegacyAnalytics::isBusinessHours(qint64 micros)
{
    const QDateTime at = SandboxTime::toDateTime(micros);
    const int day = at.date().dayOfWeek();
    const int hour = at.time().hour();
    return day <= 5 && hour >= 9 && hour < 17;
}

QJsonObject SandboxLegacyAnalytics::compute(const QString &organizationId, const SandboxDateRange &range) const
{
    QVariantList binds{organizationId};
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT conversation_id, direction, modality, is_form_request, sent_at,"
                                                  " drafted_at FROM messages WHERE org_id = ? AND sent_at IS NOT NULL")
                                   + range.sqlClause(QStringLiteral("sent_at"), &binds)
                                   + QStringLiteral(" ORDER BY conversation_id, sent_at, rowid"));
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    query.setForwardOnly(true);
    query.exec();

    QHash<QString, Session> sessions;
    qint64 chatsSent = 0, withChanges = 0, withoutChanges = 0;
    qint64 responses = 0, responseTotal = 0, businessResponses = 0, businessTotal = 0;
    while (query.next()) {
        Session &session = sessions[query.value(0).toString()];
        const bool sent = query.value(1).toString() == QLatin1String("sent");
        const qint64 at = query.value(4).toLongLong();
        if (!session.firstSeen) {
            session.firstSeen = true;
            session.startedBySent = sent;
            session.startedAsForm = query.value(3).toBool();
            session.firstModality = query.value(2).toString();
        }
        if (sent) {
            ++chatsSent;
            // A reply that went out exactly as drafted counts as autonomous.
            query.value(5).isNull() ? ++withChanges : ++withoutChanges;
            if (session.waitingSince >= 0) {
                const qint64 seconds = (at - session.waitingSince) / SandboxTime::kSecond;
                ++responses;
                responseTotal += seconds;
                if (isBusinessHours(session.waitingSince)) {
                    ++businessResponses;
                    businessTotal += seconds;
                }
                session.waitingSince = -1;
            }
            session.hasSent = true;
        } else {
            if (session.hasSent)
                session.leadResponded = true;
            if (session.waitingSince < 0)
                session.waitingSince = at;
        }
        session.lastSent = sent;
        session.lastAt = at;
    }

    const qint64 ghostBefore = (range.end ? qMin(*range.end, m_now) : m_now) - 3 * SandboxTime::kDay;
    qint64 direct = 0, indirect = 0, forms = 0, leadResponded = 0, ghosted = 0, responseSent = 0;
    qint64 pendingOutreach = 0, pendingChats = 0, received = 0, responded = 0;
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        const Session &s = it.value();
        if (s.startedAsForm)
            ++forms;
        else if (s.firstModality == QLatin1String("email"))
            s.startedBySent ? ++indirect : ++direct;
        if (s.leadResponded)
            ++leadResponded;
        if (s.hasSent)
            ++responseSent;
        else
            ++pendingOutreach;
        if (!s.lastSent)
            ++pendingChats;
        if (s.lastSent && !s.leadResponded && s.lastAt < ghostBefore)
            ++ghosted;
        if (!s.startedBySent) {
            ++received;
            if (s.hasSent)
                ++responded;
        }
    }

    QVariantList saleBinds{organizationId};
    const auto sales = m_db.rows(QStringLiteral("SELECT conversation_ids, status_label, status_code, total_cents,"
                                                " created_at, status_changed_at FROM sales WHERE org_id = ? AND is_draft = 0")
                                 + range.sqlClause(QStringLiteral("created_at"), &saleBinds),
                                 saleBinds);
    qint64 accepted = 0, speedTotal = 0, salesCents = 0, quoteCents = 0;
    QSet<QString> quotedSessions, saleSessions;
    for (const QVariantMap &sale : sales) {
        const bool isAccepted = sale.value(QStringLiteral("status_code")).toString() == QLatin1String("accepted");
        const bool isQuoted = sale.value(QStringLiteral("status_label")).toString() != QLatin1String("Qualified");
        const qint64 cents = sale.value(QStringLiteral("total_cents")).toLongLong();
        const QJsonArray ids = SandboxRecordJson::parsed(sale.value(QStringLiteral("conversation_ids")), QJsonArray()).toArray();
        for (const QJsonValue &id : ids) {
            if (isQuoted)
                quotedSessions.insert(id.toString());
            if (isAccepted)
                saleSessions.insert(id.toString());
        }
        if (isQuoted)
            quoteCents += cents;
        if (isAccepted) {
            ++accepted;
            salesCents += cents;
            speedTotal += (sale.value(QStringLiteral("status_changed_at")).toLongLong()
                           - sale.value(QStringLiteral("created_at")).toLongLong()) / SandboxTime::kSecond;
        }
    }

    const qint64 leads = sessions.size();
    const double responseRate = SandboxAnalytics::rate(responded, received);
    return QJsonObject{
        {QStringLiteral("responseRateStats"),
         QJsonObject{{QStringLiteral("numChatsSent"), chatsSent},
                     {QStringLiteral("numPendingChats"), pendingChats},
                     {QStringLiteral("responseRate"), responseRate}}},
        {QStringLiteral("responseTimeStats"),
         QJsonObject{{QStringLiteral("responseTime"), average(responseTotal, responses)},
                     {QStringLiteral("responseTimeBusinessHours"), average(businessTotal, businessResponses)},
                     {QStringLiteral("numResponses"), responses},
                     {QStringLiteral("numResponsesBusinessHours"), businessResponses}}},
        {QStringLiteral("salesStats"),
         QJsonObject{{QStringLiteral("averageSpeedToSale"), average(speedTotal, accepted)},
                     {QStringLiteral("numSalesCounted"), accepted}}},
        {QStringLiteral("valueStats"),
         QJsonObject{{QStringLiteral("salesValue"), double(salesCents) / 100.0},
                     {QStringLiteral("quoteValue"), double(quoteCents) / 100.0}}},
        {QStringLiteral("salesFunnelStats"),
         QJsonObject{{QStringLiteral("source"),
                      QJsonObject{{QStringLiteral("sessionsDirectEmail"), direct},
                                  {QStringLiteral("sessionsIndirectEmail"), indirect},
                                  {QStringLiteral("sessionsFormRequest"), forms}}},
                     {QStringLiteral("response"),
                      QJsonObject{{QStringLiteral("sessionsLeadResponded"), leadResponded},
                                  {QStringLiteral("sessionsGhosted"), ghosted},
                                  {QStringLiteral("sessionsResponseSent"), responseSent},
                                  {QStringLiteral("sessionsPendingOutreach"), pendingOutreach}}},
                     {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("sessionsQuoted"), qint64(quotedSessions.size())}}},
                     {QStringLiteral("sale"), QJsonObject{{QStringLiteral("sessionsSale"), qint64(saleSessions.size())}}}}},
        {QStringLiteral("autonomyRateStats"),
         QJsonObject{{QStringLiteral("chatsSentWithChanges"), withChanges},
                     {QStringLiteral("chatsSentWithoutChanges"), withoutChanges},
                     {QStringLiteral("autonomyRate"), SandboxAnalytics::rate(withoutChanges, withChanges + withoutChanges)}}},
        {QStringLiteral("numLeads"), leads},
        {QStringLiteral("leadsHandled"), responseSent},
        {QStringLiteral("salesRate"), SandboxAnalytics::rate(accepted, qint64(sales.size()))},
        {QStringLiteral("quoteRate"), SandboxAnalytics::rate(quotedSessions.size(), leads)},
        {QStringLiteral("ghostRate"), SandboxAnalytics::rate(ghosted, leads)},
        {QStringLiteral("leadResponseScore"), qRound(responseRate * 100.0)}};
}

} // namespace repdesk
