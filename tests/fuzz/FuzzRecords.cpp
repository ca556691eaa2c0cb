// The record targets: a response body decoded as Call<T> and Call<Page<T>> do
// (QJsonDocument, then T::fromJson or Page<T>::fromJson), for every record the
// client receives as a whole body. Nested records (AuditChange, SaleProduct,
// QuoteDetails, EmailMetadata, ...) are reached through their parents.

#include "FuzzTargets.h"
#include "PageChecks.h"

#include "Agent.h"
#include "AgentAnalytics.h"
#include "AgentConversationStats.h"
#include "AuditLog.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "ConversationAnalytics.h"
#include "Message.h"
#include "MessageDraft.h"
#include "MessageDraftCreateResult.h"
#include "ModalityStats.h"
#include "Organization.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveResult.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "Sale.h"
#include "SalesPipeline.h"
#include "Solution.h"
#include "SolutionAnalytics.h"
#include "VolumeStats.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace repdesk::fuzz {

namespace {

template<typename T>
QString checkRecord(QByteArrayView input)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return {}; // Call<T> reports it as a decode error before any record code runs
    const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());

    const Decoded<T> one = T::fromJson(json);
    if (!one.ok() && one.error().isEmpty())
        return QStringLiteral("record failed without an error");
    // Decoding is a pure function of the body: a second pass must agree.
    if (T::fromJson(json).ok() != one.ok())
        return QStringLiteral("decoding the same body twice disagreed");

    return checkPage<T>(json, Page<T>::fromJson(json));
}

} // namespace

QList<Target> recordTargets()
{
    return {
        {"record_agent", &checkRecord<Agent>},
        {"record_agent_analytics", &checkRecord<AgentAnalytics>},
        {"record_agent_conversation_stats", &checkRecord<AgentConversationStats>},
        {"record_audit_log", &checkRecord<AuditLog>},
        {"record_company", &checkRecord<Company>},
        {"record_contact", &checkRecord<Contact>},
        {"record_conversation", &checkRecord<Conversation>},
        {"record_conversation_analytics", &checkRecord<ConversationAnalytics>},
        {"record_message", &checkRecord<Message>},
        {"record_message_draft", &checkRecord<MessageDraft>},
        {"record_message_draft_create_result", &checkRecord<MessageDraftCreateResult>},
        {"record_modality_stats", &checkRecord<ModalityStats>},
        {"record_organization", &checkRecord<Organization>},
        {"record_response_draft", &checkRecord<ResponseDraft>},
        {"record_response_draft_save_result", &checkRecord<ResponseDraftSaveResult>},
        {"record_response_rate_stats", &checkRecord<ResponseRateStats>},
        {"record_response_time_stats", &checkRecord<ResponseTimeStats>},
        {"record_sale", &checkRecord<Sale>},
        {"record_sales_pipeline", &checkRecord<SalesPipeline>},
        {"record_solution", &checkRecord<Solution>},
        {"record_solution_analytics", &checkRecord<SolutionAnalytics>},
        {"record_volume_stats", &checkRecord<VolumeStats>},
    };
}

} // namespace repdesk::fuzz
