#include "SandboxRecordJson.h"

#include "SandboxTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace repdesk {

namespace {
QString key(const char *name) { return QString::fromLatin1(name); }
}

QJsonValue SandboxRecordJson::text(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    return value.toString();
}

QJsonValue SandboxRecordJson::parsed(const QVariant &jsonText, const QJsonValue &fallback)
{
    if (jsonText.isNull() || !jsonText.isValid())
        return fallback;
    const QByteArray bytes = jsonText.toString().toUtf8();
    // Wrapped in an array so that scalars parse too.
    const QJsonDocument document = QJsonDocument::fromJson("[" + bytes + "]");
    if (!document.isArray() || document.array().isEmpty())
        return fallback;
    return document.array().first();
}

QString SandboxRecordJson::serialize(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString SandboxRecordJson::cents(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = qAbs(cents);
    return sign + QString::number(absolute / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject SandboxRecordJson::organization(const QVariantMap &row)
{
    return {{key("organization_id"), row.value(key("id")).toString()},
            {key("name"), row.value(key("name")).toString()}};
}

QJsonObject SandboxRecordJson::agent(const QVariantMap &row)
{
    return {{key("agent_id"), row.value(key("id")).toString()},
            {key("name"), text(row.value(key("name")))},
            {key("email"), text(row.value(key("email")))}};
}

QJsonObject SandboxRecordJson::company(const QVariantMap &row)
{
    return {{key("company_id"), row.value(key("id")).toString()},
            {key("name"), text(row.value(key("name")))},
            {key("domain"), text(row.value(key("domain")))},
            {key("custom_fields"), parsed(row.value(key("custom_fields")), QJsonObject())},
            {key("address"), text(row.value(key("address")))},
            {key("agent_id"), text(row.value(key("agent_id")))},
            {key("created_at"), SandboxTime::json(row.value(key("created_at")))}};
}

QJsonObject SandboxRecordJson::contact(const QVariantMap &row)
{
    return {{key("contact_id"), row.value(key("id")).toString()},
            {key("name"), text(row.value(key("name")))},
            {key("email"), text(row.value(key("email")))},
            {key("phone_number"), text(row.value(key("phone_number")))},
            {key("created_at"), SandboxTime::json(row.value(key("created_at")))},
            {key("company_id"), text(row.value(key("company_id")))},
            {key("custom_fields"), parsed(row.value(key("custom_fields")), QJsonObject())},
            {key("company_role"), text(row.value(key("company_role")))}};
}

QJsonObject SandboxRecordJson::conversation(const QVariantMap &row)
{
    return {{key("conversation_id"), row.value(key("id")).toString()},
            {key("start_at"), SandboxTime::json(row.value(key("start_at")))},
            {key("last_activity_at"), SandboxTime::json(row.value(key("last_activity_at")))},
            {key("folder"), text(row.value(key("folder")))},
            {key("is_read"), row.value(key("is_read")).toBool()},
            {key("contact_id"), text(row.value(key("contact_id")))}};
}

QJsonObject SandboxRecordJson::message(const QVariantMap &row)
{
    const QVariant duration = row.value(key("duration"));
    return {
        {key("message_id"), row.value(key("id")).toString()},
        {key("conversation_id"), row.value(key("conversation_id")).toString()},
        {key("agent_id"), text(row.value(key("agent_id")))},
        {key("modality"), text(row.value(key("modality")))},
        {key("message_direction"), text(row.value(key("direction")))},
        {key("is_form_request"), row.value(key("is_form_request")).toBool()},
        {key("subject"), text(row.value(key("subject")))},
        {key("content"), row.value(key("content")).toString()},
        {key("call_transcript"), text(row.value(key("call_transcript")))},
        {key("form_request_body"), parsed(row.value(key("form_request_body")))},
        {key("sent_at"), SandboxTime::json(row.value(key("sent_at")))},
        {key("drafted_at"), SandboxTime::json(row.value(key("drafted_at")))},
        {key("email_metadata"),
         QJsonObject{{key("email_message_id"), text(row.value(key("email_message_id")))},
                     {key("cc_emails"), parsed(row.value(key("cc_emails")), QJsonArray())},
                     {key("bcc_emails"), parsed(row.value(key("bcc_emails")), QJsonArray())}}},
        {key("call_metadata"),
         QJsonObject{{key("duration"), duration.isNull() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(duration.toLongLong())}}},
        {key("tracked_links"), parsed(row.value(key("tracked_links")), QJsonArray())}};
}

QJsonObject SandboxRecordJson::messageDraft(const QVariantMap &row)
{
    return {{key("draft_id"), row.value(key("id")).toString()},
            {key("subject"), text(row.value(key("subject")))},
            {key("body_html"), text(row.value(key("body_html")))},
            {key("modality"), text(row.value(key("modality")))},
            {key("agent_id"), text(row.value(key("agent_id")))},
            {key("recipient_name"), text(row.value(key("recipient_name")))},
            {key("recipient_email"), text(row.value(key("recipient_email")))},
            {key("recipient_phone_number"), text(row.value(key("recipient_phone_number")))},
            {key("cc_emails"), parsed(row.value(key("cc_emails")), QJsonArray())},
            {key("bcc_emails"), parsed(row.value(key("bcc_emails")), QJsonArray())},
            {key("scheduled_send_at"), SandboxTime::json(row.value(key("scheduled_send_at")))},
            {key("folder"), text(row.value(key("folder")))},
            {key("created_at"), SandboxTime::json(row.value(key("created_at")))}};
}

QJsonObject SandboxRecordJson::responseDraft(const QVariantMap &row)
{
    return {{key("response_id"), row.value(key("id")).toString()},
            {key("conversation_id"), row.value(key("conversation_id")).toString()},
            {key("body_html"), text(row.value(key("body_html")))},
            {key("recipient_name"), text(row.value(key("recipient_name")))},
            {key("recipient_email"), text(row.value(key("recipient_email")))},
            {key("recipient_phone_number"), text(row.value(key("recipient_phone_number")))},
            {key("cc_emails"), parsed(row.value(key("cc_emails")), QJsonArray())},
            {key("bcc_emails"), parsed(row.value(key("bcc_emails")), QJsonArray())},
            {key("scheduled_send_at"), SandboxTime::json(row.value(key("scheduled_send_at")))},
            {key("created_at"), SandboxTime::json(row.value(key("created_at")))}};
}

QJsonObject SandboxRecordJson::sale(const QVariantMap &row)
{
    return {{key("sale_id"), row.value(key("id")).toString()},
            {key("associated_conversation_ids"), parsed(row.value(key("conversation_ids")), QJsonArray())},
            {key("company_id"), text(row.value(key("company_id")))},
            {key("owner_id"), text(row.value(key("owner_id")))},
            {key("associated_contacts"), parsed(row.value(key("contacts")), QJsonArray())},
            {key("quote_details"), parsed(row.value(key("quote_details")))},
            {key("custom_fields"), parsed(row.value(key("custom_fields")), QJsonObject())},
            {key("current_status"),
             QJsonObject{{key("label"), text(row.value(key("status_label")))},
                         {key("status"), text(row.value(key("status_code")))},
                         {key("changed_at"), SandboxTime::json(row.value(key("status_changed_at")))}}},
            {key("status_history"), parsed(row.value(key("status_history")), QJsonArray())},
            {key("created_at"), SandboxTime::json(row.value(key("created_at")))},
            {key("last_activity_at"), SandboxTime::json(row.value(key("last_activity_at")))}};
}

QJsonObject SandboxRecordJson::auditLog(const QVariantMap &row)
{
    return {{key("audit_log_id"), row.value(key("id")).toString()},
            {key("occurred_at"), SandboxTime::json(row.value(key("occurred_at")))},
            {key("agent_id"), text(row.value(key("agent_id")))},
            {key("action_type"), text(row.value(key("action_type")))},
            {key("record"),
             QJsonObject{{key("type"), text(row.value(key("record_type")))},
                         {key("id"), text(row.value(key("record_id")))}}},
            {key("changes"), parsed(row.value(key("changes")), QJsonArray())}};
}

} // namespace repdesk
