#include "AnalyticsCodec.h"

#include "AgentAnalytics.h"
#include "AgentConversationStats.h"
#include "ConversationAnalytics.h"
#include "ModalityStats.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "SalesPipeline.h"
#include "SolutionAnalytics.h"
#include "VolumeStats.h"

#include <QJsonArray>

namespace repdesk {

QJsonValue AnalyticsCodec::optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject AnalyticsCodec::toJson(const ResponseRateStats &s)
{
    return {{QStringLiteral("numConversationsRespondedTo"), s.numConversationsRespondedTo},
            {QStringLiteral("numConversationsReceived"), s.numConversationsReceived},
            {QStringLiteral("responseRate"), optional(s.responseRate)}};
}

QJsonObject AnalyticsCodec::toJson(const ResponseTimeStats &s)
{
    return {{QStringLiteral("responseTime"), optional(s.responseTime)}};
}

QJsonObject AnalyticsCodec::toJson(const VolumeStats &s)
{
    return {{QStringLiteral("numMessagesReceived"), s.numMessagesReceived},
            {QStringLiteral("numMessagesSent"), s.numMessagesSent},
            {QStringLiteral("totalConversations"), s.totalConversations}};
}

QJsonObject AnalyticsCodec::toJson(const ModalityStats &s)
{
    return {{QStringLiteral("textMessages"), s.textMessages},
            {QStringLiteral("calls"), s.calls},
            {QStringLiteral("emails"), s.emails},
            {QStringLiteral("liveChats"), s.liveChats},
            {QStringLiteral("formRequests"), s.formRequests}};
}

QJsonObject AnalyticsCodec::toJson(const ConversationAnalytics &a)
{
    return {{QStringLiteral("responseRateStats"), toJson(a.responseRateStats)},
            {QStringLiteral("responseTimeStats"), toJson(a.responseTimeStats)},
            {QStringLiteral("volumeStats"), toJson(a.volumeStats)},
            {QStringLiteral("modalityStats"), toJson(a.modalityStats)}};
}

QJsonObject AnalyticsCodec::toJson(const SalesPipeline &p)
{
    QJsonArray stages;
    for (const PipelineStage &stage : p.pipeline) {
        stages.append(QJsonObject{
            {QStringLiteral("name"), stage.name},
            {QStringLiteral("status"), stage.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stage.status)},
            {QStringLiteral("volume"), stage.volume},
            // The exact decimal text, as the server sent it.
            {QStringLiteral("value"), stage.value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stage.value)}});
    }
    return {{QStringLiteral("pipeline"), stages}, {QStringLiteral("salesRate"), optional(p.salesRate)}};
}

QJsonObject AnalyticsCodec::toJson(const AgentConversationStats &s)
{
    return {{QStringLiteral("conversationsRespondedTo"), s.conversationsRespondedTo},
            {QStringLiteral("messagesSent"), s.messagesSent}};
}

QJsonObject AnalyticsCodec::toJson(const AgentAnalytics &a)
{
    return {{QStringLiteral("conversations"), toJson(a.conversations)}, {QStringLiteral("sales"), toJson(a.sales)}};
}

QJsonObject AnalyticsCodec::toJson(const SolutionAnalytics &a)
{
    const auto o = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject object;
        for (const auto &field : fields)
            object.insert(field.first, field.second);
        return object;
    };
    const auto s = [](const char *key) { return QString::fromLatin1(key); };
    return o({
        {s("responseRateStats"), o({{s("numChatsSent"), a.numChatsSent},
                                    {s("numPendingChats"), a.numPendingChats},
                                    {s("responseRate"), optional(a.responseRate)}})},
        {s("responseTimeStats"), o({{s("responseTime"), optional(a.responseTime)},
                                    {s("responseTimeBusinessHours"), optional(a.responseTimeBusinessHours)},
                                    {s("numResponses"), a.numResponses},
                                    {s("numResponsesBusinessHours"), a.numResponsesBusinessHours}})},
        {s("salesStats"), o({{s("averageSpeedToSale"), optional(a.averageSpeedToSale)},
                             {s("numSalesCounted"), a.numSalesCounted}})},
        {s("valueStats"), o({{s("salesValue"), a.salesValue}, {s("quoteValue"), a.quoteValue}})},
        {s("salesFunnelStats"),
         o({{s("source"), o({{s("sessionsDirectEmail"), a.sessionsDirectEmail},
                             {s("sessionsIndirectEmail"), a.sessionsIndirectEmail},
                             {s("sessionsFormRequest"), a.sessionsFormRequest}})},
            {s("response"), o({{s("sessionsLeadResponded"), a.sessionsLeadResponded},
                               {s("sessionsGhosted"), a.sessionsGhosted},
                               {s("sessionsResponseSent"), a.sessionsResponseSent},
                               {s("sessionsPendingOutreach"), a.sessionsPendingOutreach}})},
            {s("outcome"), o({{s("sessionsQuoted"), a.sessionsQuoted}})},
            {s("sale"), o({{s("sessionsSale"), a.sessionsSale}})}})},
        {s("autonomyRateStats"), o({{s("chatsSentWithChanges"), a.chatsSentWithChanges},
                                    {s("chatsSentWithoutChanges"), a.chatsSentWithoutChanges},
                                    {s("autonomyRate"), optional(a.autonomyRate)}})},
        {s("numLeads"), a.numLeads},
        {s("leadsHandled"), a.leadsHandled},
        {s("salesRate"), optional(a.salesRate)},
        {s("quoteRate"), optional(a.quoteRate)},
        {s("ghostRate"), optional(a.ghostRate)},
        {s("leadResponseScore"), optional(a.leadResponseScore)},
    });
}

} // namespace repdesk
