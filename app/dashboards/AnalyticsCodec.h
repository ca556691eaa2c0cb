#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace repdesk {

struct AgentAnalytics;
struct AgentConversationStats;
struct ConversationAnalytics;
struct ModalityStats;
struct ResponseRateStats;
struct ResponseTimeStats;
struct SalesPipeline;
struct SolutionAnalytics;
struct VolumeStats;

// Analytics records back into their wire JSON (camelCase, as the routes send
// them), so an answer kept on disk is read by the record's own fromJson
// exactly like a fresh one. Unknown values (nullopt) are written as null.
class AnalyticsCodec
{
public:
    static QJsonObject toJson(const ResponseRateStats &stats);
    static QJsonObject toJson(const ResponseTimeStats &stats);
    static QJsonObject toJson(const VolumeStats &stats);
    static QJsonObject toJson(const ModalityStats &stats);
    static QJsonObject toJson(const ConversationAnalytics &analytics);
    static QJsonObject toJson(const SalesPipeline &pipeline);
    static QJsonObject toJson(const AgentConversationStats &stats);
    static QJsonObject toJson(const AgentAnalytics &analytics);
    static QJsonObject toJson(const SolutionAnalytics &analytics);

private:
    static QJsonValue optional(const std::optional<double> &value);
};

} // namespace repdesk
